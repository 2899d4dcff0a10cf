// End-to-end tests of `minipilot letter`: decision letters with their rectification instructions (issue 15).
// MINIPILOT_UPDATE_GOLDEN=1 rewrites tests/data/letters/ from what the binary prints now: review the diff.
#include <filesystem>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

const std::string kGolden = std::string(MINIPILOT_SOURCE_DIR) + "/tests/data/letters/";

const std::string kCity = std::string(R"([program]
name = "Hämeenlinnan minipilotit"
municipality = "Hämeenlinnan kaupunki"
language = "fi"
grant_amount = "500.00"
outcome_due_days = 45
[budget]
2026 = "5000.00"
[[areas]]
id = "keskusta"
name = "Keskusta"
agents = ["anna"]
[users.anna]
name = "Anna Asukasagentti"
title = "aluejohtaja"
roles = ["agent"]
[users.tarja]
roles = ["viewer"]
)") + kDecisions;

// An association's approval with a planned period (MP-2026-0001, decision 2026/1) and a rejection
// with a reason code (MP-2026-0002, 2026/2), decided on 2.12.2026; a submitted MP-2026-0003.
Workspace decided(const std::string& config = kCity) {
  Workspace ws(config);
  ws.env["MINIPILOT_NOW"] = "2026-12-02T09:00:00Z";
  REQUIRE(ws.mp({"apply", "--title", "Kuoro laulaa torilla", "--applicant", "Kallion Kuoro ry", "--type",
                 "association", "--business-id", "2858394-9", "--area", "keskusta", "--iban",
                 "FI21 1234 5600 0007 85", "--start", "2027-01-10", "--end", "2027-03-31"})
              .code == 0);
  REQUIRE(ws.mp(application("Pihakirppis", "Eino Esimerkki")).code == 0);
  REQUIRE(ws.mp(application("Sauna", "Aino Äijälä")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  REQUIRE(ws.mp({"reject", "MP-2026-0002", "--reason", "Kirjasto järjestää jo kirpputorin joka kuukausi.", "--code",
                 "duplicate"})
              .code == 0);
  ws.env["MINIPILOT_USER"] = "tarja";
  return ws;
}

void check_golden(const std::string& file, const std::string& text) {
  CAPTURE(file);
  if (std::getenv("MINIPILOT_UPDATE_GOLDEN")) write_text(kGolden + file, text);
  CHECK(text == read_text(kGolden + file));
}

std::string pdftotext(Workspace& ws, const std::string& pdf) {
  const Result r = run_process({"/usr/bin/pdftotext", "-layout", (ws.dir() / pdf).string(), "-"}, ws.dir().path(), {});
  REQUIRE(r.code == 0);
  return r.out;
}

std::string tool(Workspace& ws, const char* name, const std::string& pdf) {
  const Result r = run_process({std::string("/usr/bin/") + name, (ws.dir() / pdf).string()}, ws.dir().path(), {});
  REQUIRE(r.code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("letter: the approval and the rejection in Finnish and English match their golden letters") {
  Workspace ws = decided();
  for (const char* lang : {"fi", "en"}) {
    const Result approval = ws.mp({"--lang", lang, "letter", "MP-2026-0001"});
    CHECK(approval.code == 0);
    CHECK(approval.err.empty());
    check_golden(std::string("approval-") + lang + ".md", approval.out);
    const Result rejection = ws.mp({"--lang", lang, "letter", "MP-2026-0002", "--format", "markdown"});
    CHECK(rejection.code == 0);
    check_golden(std::string("rejection-") + lang + ".md", rejection.out);
  }
  const Result html = ws.mp({"letter", "MP-2026-0001", "--format", "html"});
  CHECK(html.code == 0);
  check_golden("approval-fi.html", html.out);
  // Well-formed HTML, as xmllint's HTML parser reads it.
  write_text(ws.dir() / "kirje.html", html.out);
  const Result lint = run_process({"/usr/bin/xmllint", "--noout", "--html", "kirje.html"}, ws.dir().path(), {});
  CHECK(lint.code == 0);
  CHECK(lint.err.empty());
}

TEST_CASE("letter: every part spec §7 asks for, with the deadlines computed from the day it is sent") {
  Workspace ws = decided();
  const Result r = ws.mp({"letter", "MP-2026-0001"});
  CAPTURE(r.out);
  for (const char* part :
       {"# Hämeenlinnan kaupunki", "Testikaupungin kaupunki, hyvinvointipalvelut", "**PÄÄTÖS 2026/1   2.12.2026**",
        "**Asianosainen:** Kallion Kuoro ry (Y-tunnus 2858394-9)", "**Asia:** Kuoro laulaa torilla (MP-2026-0001",
        "**Päättäjä:** Anna Asukasagentti, aluejohtaja", "**Päätöspäivä:** 2.12.2026",
        "Hakijalle myönnetään minipilottiavustusta 500,00\u00a0€.", "Kokeilun suunniteltu toteutusaika: 10.1.2027–31.3.2027.",
        "Tulosraportti on toimitettava viimeistään 15.5.2027 eli 45 päivän kuluessa",
        "Avustus maksetaan tilille FI21 1234 5600 0007 85 (maksunsaaja Kallion Kuoro ry).",
        "Hakemus täyttää minipilottien ehdot", "Lisätietoja", "Anna Asukasagentti, 040 123 4567",
        "Oikaisuvaatimusohje", "(asianosainen), sekä kunnan jäsen",
        "Oikaisuvaatimusviranomainen ja yhteystiedot: Hyvinvointilautakunta, PL 1, 13100 Testikaupunki; "
        "kirjaamo@example.fi.",
        "14 päivän kuluessa", "seitsemäntenä päivänä kirjeen lähettämisestä",
        "kolmantena päivänä sähköpostiviestin lähettämisestä",
        // Sent 2.12.2026: by letter 9.12. and 23.12.; by e-mail 5.12. and 19.12., a Saturday, so 21.12.
        "Tämä päätös lähetetään asianosaiselle 2.12.2026. Jos päätös lähetetään kirjeenä, asianosaisen katsotaan "
        "saaneen siitä tiedon 9.12.2026 ja oikaisuvaatimusaika päättyy 23.12.2026. Jos päätös lähetetään "
        "sähköpostilla, asianosaisen katsotaan saaneen siitä tiedon 5.12.2026 ja oikaisuvaatimusaika päättyy "
        "21.12.2026.",
        "kirjallisen oikaisuvaatimuksen", "millä perusteilla"})
    CHECK_MESSAGE(contains(r.out, part), std::string(part));
  // Made on 10.12.: by letter 17.12. and 31.12.; by e-mail 13.12. and 27.12., a Sunday, so 28.12.
  ws.env["MINIPILOT_NOW"] = "2026-12-10T08:00:00Z";
  const Result later = ws.mp({"--lang", "en", "letter", "MP-2026-0001"});
  CHECK(contains(later.out, "This decision is sent on 2026-12-10. Sent by letter, it is deemed received on "
                            "2026-12-17, and the last day for a request is 2026-12-31. Sent by e-mail, it is deemed "
                            "received on 2026-12-13, and the last day for a request is 2026-12-28."));
  // Made on 3.12.: by letter 10.12., and 24.12. is Christmas Eve: 28.12.
  ws.env["MINIPILOT_NOW"] = "2026-12-03T08:00:00Z";
  CHECK(contains(ws.mp({"letter", "MP-2026-0002"}).out, "saaneen siitä tiedon 10.12.2026 ja oikaisuvaatimusaika "
                                                         "päättyy 28.12.2026"));
  const Result rejection = ws.mp({"letter", "MP-2026-0002"});
  CHECK(contains(rejection.out, "Hakemus hylätään. Avustusta ei myönnetä."));
  CHECK(contains(rejection.out, "Sama palvelu on jo olemassa\n\nKirjasto järjestää jo kirpputorin joka kuukausi."));
  CHECK_FALSE(contains(rejection.out, "Avustuksen ehdot"));
  CHECK(contains(rejection.out, "**Asianosainen:** Eino Esimerkki  \n"));
}

TEST_CASE("letter -o x.pdf: an A4 PDF with embedded fonts and real text, one page per letter") {
  Workspace ws = decided();
  const Result r = ws.mp({"letter", "MP-2026-0001", "-o", "kirje.pdf"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  const std::string info = tool(ws, "pdfinfo", "kirje.pdf");
  CHECK(contains(info, "Pages:           1\n"));
  CHECK(contains(info, "(A4)"));
  CHECK(contains(info, "Päätös minipilottiavustuksesta 2026/1"));
  const std::string fonts = tool(ws, "pdffonts", "kirje.pdf");
  CHECK(contains(fonts, "DejaVuSans"));
  CHECK_FALSE(contains(fonts, " no "));  // every font embedded
  const std::string text = pdftotext(ws, "kirje.pdf");
  for (const char* part :
       {"Hämeenlinnan kaupunki", "Testikaupungin kaupunki, hyvinvointipalvelut", "PÄÄTÖS", "2026/1",
        "Päätös minipilottiavustuksesta", "Asianosainen: Kallion Kuoro ry (Y-tunnus 2858394-9)",
        "Asia: Kuoro laulaa torilla (MP-2026-0001", "Päättäjä: Anna Asukasagentti, aluejohtaja",
        "Päätöksen numero: 2026/1", "Päätöspäivä: 2.12.2026", "Hakijalle myönnetään minipilottiavustusta 500,00",
        "Avustuksen ehdot", "10.1.2027–31.3.2027", "15.5.2027", "FI21 1234 5600 0007 85", "Perustelut",
        "Hakemus täyttää minipilottien ehdot", "Lisätietoja", "Anna Asukasagentti, 040 123 4567",
        "Oikaisuvaatimusohje", "kirjallisen oikaisuvaatimuksen", "sekä kunnan jäsen",
        "Hyvinvointilautakunta, PL 1", "14 päivän kuluessa", "asianosaiselle 2.12.2026", "9.12.2026",
        "23.12.2026", "5.12.2026", "21.12.2026", "millä perusteilla"})
    CHECK_MESSAGE(contains(text, part), std::string(part));
  // Sent on 3.12.2026: by letter received 10.12.; 24.12. is Christmas Eve, so the last day is 28.12.
  ws.env["MINIPILOT_NOW"] = "2026-12-03T08:00:00Z";
  REQUIRE(ws.mp({"letter", "MP-2026-0001", "-o", "joulu.pdf"}).code == 0);
  const std::string christmas = pdftotext(ws, "joulu.pdf");
  CHECK(contains(christmas, "asianosaiselle 3.12.2026"));
  CHECK(contains(christmas, "10.12.2026"));
  CHECK(contains(christmas, "28.12.2026"));
  CHECK_FALSE(contains(christmas, "24.12.2026"));
  ws.env["MINIPILOT_NOW"] = "2026-12-02T09:00:00Z";
  // The same letter made again the same day is the same file (the creation date is the sending day).
  REQUIRE(ws.mp({"letter", "MP-2026-0001", "-o", "again.pdf"}).code == 0);
  CHECK(read_text(ws.dir() / "again.pdf") == read_text(ws.dir() / "kirje.pdf"));
  // Several letters in one file: each from a new page.
  REQUIRE(ws.mp({"--lang", "en", "letter", "MP-2026-0001", "MP-2026-0002", "-o", "both.pdf"}).code == 0);
  CHECK(contains(tool(ws, "pdfinfo", "both.pdf"), "Pages:           2\n"));
  const Result second = run_process({"/usr/bin/pdftotext", "-f", "2", "-l", "2", (ws.dir() / "both.pdf").string(), "-"},
                                    ws.dir().path(), {});
  CHECK(contains(second.out, "2026/2"));
  CHECK(contains(second.out, "The application is rejected."));
  // A PDF on standard output when it is not a terminal (a pipe here).
  const Result piped = ws.mp({"letter", "MP-2026-0002", "--format", "pdf"});
  CHECK(piped.code == 0);
  CHECK(piped.out.rfind("%PDF-", 0) == 0);
}

TEST_CASE("letter --dir: one PDF per pilot, named by its id, never over a file unless --force") {
  Workspace ws = decided();
  std::filesystem::create_directory(ws.dir() / "kirjeet");
  const Result r = ws.mp({"letter", "MP-2026-0002", "MP-2026-0001", "--dir", "kirjeet"});
  CHECK(r.code == 0);
  CHECK(r.out == "hakemuksen MP-2026-0002 päätöskirje kirjoitettu: kirjeet/MP-2026-0002.pdf\n"
                 "hakemuksen MP-2026-0001 päätöskirje kirjoitettu: kirjeet/MP-2026-0001.pdf\n");
  CHECK(contains(pdftotext(ws, "kirjeet/MP-2026-0001.pdf"), "2026/1"));
  CHECK(contains(pdftotext(ws, "kirjeet/MP-2026-0002.pdf"), "Hakemus hylätään."));
  const std::string before = read_text(ws.dir() / "kirjeet/MP-2026-0001.pdf");
  check_refused(ws, {"letter", "MP-2026-0001", "--dir", "kirjeet"}, 5, "kirjeet/MP-2026-0001.pdf");
  ws.env["MINIPILOT_NOW"] = "2026-12-03T08:00:00Z";
  CHECK(ws.mp({"-q", "letter", "MP-2026-0001", "--dir", "kirjeet", "--force"}).out.empty());
  CHECK(read_text(ws.dir() / "kirjeet/MP-2026-0001.pdf") != before);
  CHECK(ws.mp({"letter", "MP-2026-0001", "--dir", "kirjeet", "--format", "markdown"}).code == 0);
  CHECK(std::filesystem::exists(ws.dir() / "kirjeet/MP-2026-0001.md"));
}

// The city in English, for the messages of refusals.
std::string in_english() {
  std::string c = kCity;
  c.replace(c.find("language = \"fi\""), 15, "language = \"en\"");
  return c;
}

TEST_CASE("letter: wrong input is refused, writes nothing and changes nothing") {
  Workspace ws = decided(in_english());
  check_refused(ws, {"letter", "MP-2026-0003"}, 5, "MP-2026-0003 has no decision to write a letter of: it is");
  check_refused(ws, {"letter", "MP-2026-0001", "MP-2026-0003", "-o", "x.pdf"}, 5, "MP-2026-0003");
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "x.pdf"));
  check_refused(ws, {"letter", "MP-2026-0009"}, 4, "no pilot MP-2026-0009");
  check_refused(ws, {"letter", "MP-2026-X"}, 3, "");
  check_refused(ws, {"letter", "MP-2026-0001", "--dir", "puuttuu"}, 3, "--dir puuttuu: no such folder");
  write_text(ws.dir() / "tiedosto", "x");
  check_refused(ws, {"letter", "MP-2026-0001", "--dir", "tiedosto"}, 3, "--dir tiedosto is not a folder");
  if (!ws.shared()) check_refused(ws, {"letter", "MP-2026-0001", "-o", "minipilot.db"}, 3, "ledger");
  std::filesystem::create_directory(ws.dir() / "kansio");
  check_refused(ws, {"letter", "MP-2026-0001", "-o", "kansio"}, 8, "kansio");
  check_refused(ws, {"letter", "MP-2026-0001", "-o", "a.pdf", "--dir", "kansio"}, 2, "either -o FILE");
  check_refused(ws, {"--format", "json", "letter", "MP-2026-0001"}, 2, "give --format after 'letter'");
  check_refused(ws, {"letter", "MP-2026-0001", "--format", "docx"}, 2, "");
  check_refused(ws, {"letter", "MP-2026-0001", "--dir", ""}, 3, "--dir is empty");
  check_refused(ws, {"letter"}, 2, "");
}

TEST_CASE("letter: a configuration without what a letter says is refused, naming the keys") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  check_refused(ws, {"letter", "MP-2026-0001"}, 10,
                "a decision letter needs [decisions] authority, rectification_to, rectification_address, contact, "
                "approval_reasons");
}

TEST_CASE("letter: a community's contact person, and a decider no longer configured") {
  std::string config = kCity;
  Workspace ws(config);
  ws.env["MINIPILOT_NOW"] = "2026-12-02T09:00:00Z";
  std::vector<std::string> community = application("Yhteislaulu", "Kallion laulajat");
  community[6] = "community";
  community.insert(community.end(), {"--payee-name", "Matti Meikäläinen"});
  REQUIRE(ws.mp(community).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  const Result r = ws.mp({"letter", "MP-2026-0001"});
  CHECK(contains(r.out, "**Asianosainen:** Kallion laulajat (rekisteröimätön yhteisö; yhteyshenkilö Matti Meikäläinen)"));
  CHECK(contains(r.out, "(maksunsaaja Matti Meikäläinen)"));
  CHECK(contains(r.out, "Tulosraportti on toimitettava 45 päivän kuluessa avustuksen maksamisesta."));
  // The decider as stored once the configuration no longer has them.
  ws.sql("UPDATE pilots SET decided_by = 'entinen'");
  CHECK(contains(ws.mp({"letter", "MP-2026-0001"}).out, "**Päättäjä:** entinen  \n"));
}

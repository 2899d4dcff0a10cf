// Every report in every format, byte for byte, on one fixed ledger with Finnish text and very long text.
// MINIPILOT_UPDATE_GOLDEN=1 rewrites tests/data/reports/ from what the binary prints now: review the diff.
#include <png.h>

#include <filesystem>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

const std::string kGolden = std::string(MINIPILOT_SOURCE_DIR) + "/tests/data/reports/";

// What the fixture holds about people: none of it may reach the public catalogue.
const std::vector<std::string> kPersonal{"Äini Öhman",
                                         "aini.ohman@example.fi",
                                         "+358 40 123 4567",
                                         "358401234567",
                                         "FI2112345600000785",
                                         "FI21 1234 5600 0007 85",
                                         "Kyläyhdistys Ärjä ry",
                                         "sauna@arja.example",
                                         "DE89370400440532013000",
                                         "DE89 3704 0044 0532 0130 00",
                                         "Öljy & Ääni Oy",
                                         "2858394-9",
                                         "Pekka Peruuttaja",
                                         "Hylkö Hakija",
                                         "anna",
                                         "ville",
                                         "pirjo"};

const std::string kLongTitle =
    "Älykäs lumenauraus: pyörätiet ensin, sitten jalkakäytävät ja lopuksi kadut — kokeilu, jossa asukkaat "
    "ilmoittavat sovelluksella liukkaat kohdat ja aurauskalusto ohjataan niihin ennen aamun ruuhkaa";

const std::string kLongLessons =
    "Asukkaat ilmoittivat 412 liukasta kohtaa kuudessa viikossa; ilmoituksista 71 % tuli ennen kello seitsemää. "
    "Kalusto ehti 9 kohteeseen 10:stä ennen ruuhkaa, mutta vain kun ilmoitus tuli yöllä. Opimme: ilmoitusten "
    "on oltava kahdella kielellä, kartan on toimittava ilman kirjautumista, ja urakoitsijan sopimukseen on "
    "kirjattava vasteaika. Seuraavaksi: laajennus Jukolaan ja yhteistyö koulujen kanssa, koska lapset kulkevat "
    "samoja reittejä joka aamu. Epäonnistuimme viestinnässä iäkkäille: paperilomake olisi tavoittanut heidät.";

// A programme from February to April 2026 in both areas: applied, approved,
// rejected, withdrawn, paid, completed with success and with failure.
std::string fixture_config() {
  std::string config = std::string(kTeamConfig) + kPayer;
  config.insert(config.find("[program]\n") + 10, "municipality = \"Hämeenlinna\"\n");
  return config;
}

Workspace fixture() {
  Workspace ws(fixture_config());
  ws.env["COLUMNS"] = "100";
  const auto step = [&](const std::string& now, const std::string& user, const std::vector<std::string>& args) {
    ws.env["MINIPILOT_NOW"] = now;
    ws.env["MINIPILOT_USER"] = user;
    const Result r = ws.mp(args);
    INFO(args.at(0) << ": " << r.err);
    REQUIRE(r.code == 0);
  };
  step("2026-02-03T08:15:00Z", "anna",
       {"apply",
        "--title",
        "Pop-up-kirjasto torilla",
        "--applicant",
        "Äini Öhman",
        "--type",
        "resident",
        "--area",
        "keskusta",
        "--iban",
        "FI21 1234 5600 0007 85",
        "--email",
        "aini.ohman@example.fi",
        "--phone",
        "+358 40 123 4567",
        "--start",
        "2026-04-01",
        "--end",
        "2026-05-31",
        "--description",
        "Lainataan kirjoja torilla lauantaisin."});
  step("2026-02-10T12:00:00Z", "anna",
       {"apply",
        "--title",
        "Saunailta kylätalolla",
        "--applicant",
        "Kyläyhdistys Ärjä ry",
        "--type",
        "association",
        "--business-id",
        "2858394-9",
        "--area",
        "jukola",
        "--iban",
        "DE89 3704 0044 0532 0130 00",
        "--bic",
        "COBADEFFXXX",
        "--email",
        "sauna@arja.example",
        "--start",
        "1.4.2026",
        "--end",
        "30.4.2026"});
  step("2026-03-05T09:00:00Z", "anna",
       {"apply", "--title", kLongTitle, "--applicant", "Öljy & Ääni Oy", "--type", "company", "--business-id",
        "0737546-2", "--area", "keskusta", "--iban", "FI21 1234 5600 0007 85"});
  step("2026-03-06T09:00:00Z", "anna",
       {"apply", "--title", "Hylätty idea", "--applicant", "Hylkö Hakija", "--type", "resident", "--area", "keskusta",
        "--iban", "FI21 1234 5600 0007 85"});
  step("2026-03-07T09:00:00Z", "anna",
       {"apply", "--title", "Peruttu idea", "--applicant", "Pekka Peruuttaja", "--type", "community", "--area",
        "jukola"});
  step("2026-03-09T13:30:00Z", "anna",
       {"apply", "--title", "Odottava idea", "--applicant", "Äini Öhman", "--type", "resident", "--area", "keskusta"});
  step("2026-03-10T10:00:00Z", "anna", {"approve", "MP-2026-0001", "MP-2026-0003", "--note", "Hyvä kokeilu"});
  step("2026-03-10T11:00:00Z", "ville", {"approve", "MP-2026-0002"});
  step("2026-03-11T10:00:00Z", "anna", {"reject", "MP-2026-0004", "--reason", "Ei kuulu ohjelmaan"});
  step("2026-03-11T11:00:00Z", "ville", {"withdraw", "MP-2026-0005", "--reason", "Hakija perui"});
  step("2026-03-12T09:00:00Z", "pirjo", {"disburse", "--execution-date", "2026-03-13"});
  step("2026-03-20T09:00:00Z", "pirjo", {"disburse", "return", "MP-2026-0003", "--reason", "Tili suljettu"});
  step("2026-03-24T09:00:00Z", "pirjo", {"disburse", "--execution-date", "2026-03-25"});
  step("2026-04-15T15:00:00Z", "anna",
       {"complete", "MP-2026-0003", "--outcome", "success", "--participants", "412", "--summary",
        "Liukkaat kohdat aurattiin ennen ruuhkaa 9 kertaa 10:stä.", "--lessons", kLongLessons, "--tags",
        "Talvi, liikkuminen"});
  step("2026-04-30T18:00:00Z", "ville",
       {"complete", "MP-2026-0002", "--outcome", "failed", "--participants", "0", "--summary",
        "Sauna ei lämmennyt — epäonnistuminen on sallittua.", "--lessons",
        "Tarkista kiuas ennen ilmoittamista. \"Varasuunnitelma\" tarvitaan aina.", "--tags", "yhteisö,sauna"});
  // MP-2026-0001 was to end on 31 May: its outcome report was due on 30 June, and is 6 days late.
  ws.env["MINIPILOT_NOW"] = "2026-07-06T07:00:00Z";
  ws.env["MINIPILOT_USER"] = "tarja";  // a viewer reads every report
  return ws;
}

struct Report {
  std::string name;               // the golden file's stem
  std::vector<std::string> args;  // after `report`
};

const std::vector<Report> kReports{
    {"summary", {"summary"}},
    {"pilots", {"pilots"}},
    {"payments", {"payments"}},
    {"outcomes", {"outcomes"}},
    {"outcomes-public", {"outcomes", "--public"}},
    {"payees", {"payees"}},
    {"overdue", {"overdue"}},
    {"overdue-public", {"overdue", "--public"}},
};

const std::vector<std::pair<std::string, std::string>> kFormats{
    {"table", "txt"}, {"json", "json"}, {"csv", "csv"}, {"markdown", "md"}, {"html", "html"}};

// SHA-256 values in hex (event hashes, the chain head, payee commitments)
// become "<sha256>": payee commitments are salted with random bytes, so every
// hash after the first application differs from run to run. The hashing itself
// is tested in tests/unit/ledger; here the layout is.
std::string mask_hashes(std::string text) {
  const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t n = 0;
    while (i + n < text.size() && hex(text[i + n])) ++n;
    if (n == 64) {
      out += "<sha256>";
      i += n;
    } else {
      out.append(text, i, std::max<size_t>(n, 1));
      i += std::max<size_t>(n, 1);
    }
  }
  return out;
}

// Compares with the golden file (or rewrites it when asked).
void check_golden(const std::string& file, const std::string& raw) {
  CAPTURE(file);
  const std::string text = mask_hashes(raw);
  if (std::getenv("MINIPILOT_UPDATE_GOLDEN")) write_text(kGolden + file, text);
  CHECK(text == read_text(kGolden + file));
}

}  // namespace

TEST_CASE("report golden: every report in every format matches its golden file") {
  Workspace ws = fixture();
  for (const Report& rep : kReports)
    for (const auto& [format, ext] : kFormats) {
      std::vector<std::string> args{"--format", format, "report"};
      args.insert(args.end(), rep.args.begin(), rep.args.end());
      const Result r = ws.mp(args);
      CAPTURE(rep.name);
      CAPTURE(r.err);
      CHECK(r.code == 0);
      CHECK(r.err.empty());
      check_golden(rep.name + "." + ext, r.out);
    }
  for (const auto& [format, ext] : kFormats) {
    const Result r = ws.mp({"--format", format, "log"});
    CHECK(r.code == 0);
    check_golden("log." + ext, r.out);
  }
}

TEST_CASE("report golden: every report in Finnish (--lang fi) matches its golden file in tests/data/reports/fi") {
  Workspace ws = fixture();
  std::filesystem::create_directories(kGolden + "fi");
  for (const Report& rep : kReports)
    for (const auto& [format, ext] : kFormats) {
      if (format == "json") continue;  // the same in every language: the next test
      std::vector<std::string> args{"--lang", "fi", "--format", format, "report"};
      args.insert(args.end(), rep.args.begin(), rep.args.end());
      const Result r = ws.mp(args);
      CAPTURE(rep.name);
      CAPTURE(r.err);
      CHECK(r.code == 0);
      CHECK(r.err.empty());
      check_golden("fi/" + rep.name + "." + ext, r.out);
    }
  for (const auto& [format, ext] : kFormats) {
    if (format == "json") continue;
    const Result r = ws.mp({"--lang", "fi", "--format", format, "log"});
    CHECK(r.code == 0);
    check_golden("fi/log." + ext, r.out);
  }
}

TEST_CASE("report golden: JSON and the payment files are byte for byte the same in Finnish and in English") {
  Workspace ws = fixture();
  std::vector<std::vector<std::string>> runs;
  for (const Report& rep : kReports) {
    std::vector<std::string> args{"--format", "json", "report"};
    args.insert(args.end(), rep.args.begin(), rep.args.end());
    runs.push_back(args);
  }
  runs.push_back({"--format", "json", "log"});
  runs.push_back({"--format", "json", "show", "MP-2026-0001"});
  runs.push_back({"--format", "json", "verify"});
  for (const std::vector<std::string>& args : runs) {
    std::vector<std::string> fi{"--lang", "fi"}, en{"--lang", "en"};
    fi.insert(fi.end(), args.begin(), args.end());
    en.insert(en.end(), args.begin(), args.end());
    const Result in_fi = ws.mp(fi), in_en = ws.mp(en);
    CAPTURE(args.back());
    CHECK(in_fi.code == 0);
    CHECK(!in_fi.out.empty());
    CHECK(in_fi.out == in_en.out);
  }
  // A batch's payment files, written again in each language.
  const std::string batch = ws.sql("SELECT id FROM batches ORDER BY id LIMIT 1");
  REQUIRE(!batch.empty());
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"--lang", "fi", "disburse", "export", batch, "--csv", "fi.csv", "--sepa", "fi.xml"}).code == 0);
  REQUIRE(ws.mp({"--lang", "en", "disburse", "export", batch, "--csv", "en.csv", "--sepa", "en.xml"}).code == 0);
  CHECK(read_text(ws.dir().path() / "fi.csv") == read_text(ws.dir().path() / "en.csv"));
  CHECK(read_text(ws.dir().path() / "fi.xml") == read_text(ws.dir().path() / "en.xml"));
  CHECK(contains(read_text(ws.dir().path() / "fi.csv"), "500,00"));
}

TEST_CASE("report golden: the fixture really holds what the golden files are meant to show") {
  // Guards the golden files against a fixture that silently lost a step.
  Workspace ws = fixture();
  CHECK(ws.sql("SELECT group_concat(status, ',') FROM (SELECT status FROM pilots ORDER BY seq) AS p") ==
        "disbursed,completed,completed,rejected,withdrawn,submitted");
  CHECK(ws.sql("SELECT COUNT(*), SUM(live) FROM payments") == "4|3");
  CHECK(ws.sql("SELECT length(title) FROM pilots WHERE seq = 3") == "195");
}

TEST_CASE("report outcomes --public: none of the personal data the ledger holds, in any format") {
  Workspace ws = fixture();
  // What is published: the public catalogue, the public overdue list, the
  // council's summary and the lessons list.
  const std::vector<std::vector<std::string>> published{{"report", "outcomes", "--public"},
                                                        {"report", "overdue", "--public"},
                                                        {"report", "summary"},
                                                        {"lessons", "list"}};
  for (const auto& args : published)
    for (const auto& [format, ext] : kFormats) {
      std::vector<std::string> run{"--format", format};
      run.insert(run.end(), args.begin(), args.end());
      const Result r = ws.mp(run);
      CAPTURE(args[1]);
      CAPTURE(format);
      REQUIRE(r.code == 0);
      if (args[1] == "outcomes" || args[1] == "list")
        CHECK(contains(r.out, "Sauna ei lämmennyt"));  // the lessons are there...
      if (args[1] == "overdue") CHECK(contains(r.out, "MP-2026-0001"));
      for (const std::string& p : kPersonal) {  // ...and nobody's details
        CAPTURE(p);
        CHECK_FALSE(contains(r.out, p));
      }
    }
  // The same reports without --public name the applicants: the check above can fail.
  CHECK(
      contains(ws.mp({"report", "outcomes", "--format", "json"}).out, "\"applicant_name\": \"Kyläyhdistys Ärjä ry\""));
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(contains(ws.mp({"report", "overdue", "--format", "csv"}).out,
                 "Äini Öhman;aini.ohman@example.fi;'+358 40 123 4567"));
}

TEST_CASE("report html: every report is well-formed, parses as HTML and needs no network") {
  Workspace ws = fixture();
  std::vector<std::vector<std::string>> runs;
  for (const Report& rep : kReports) runs.push_back(rep.args);
  runs.push_back({"log"});
  runs.push_back({"lessons", "list"});
  for (auto args : runs) {
    if (args[0] != "log" && args[0] != "lessons") args.insert(args.begin(), "report");
    args.insert(args.begin(), {"--format", "html", "-o", "r.html"});
    REQUIRE(ws.mp(args).code == 0);
    CAPTURE(args[4]);
    const std::string html = read_text(ws.dir() / "r.html");
    // Well-formed XML (the strict check: every tag closed, every & escaped)...
    const Result xml = run_process({"/usr/bin/xmllint", "--noout", "r.html"}, ws.dir().path(), {});
    CAPTURE(xml.err);
    CHECK(xml.code == 0);
    // ...and HTML to libxml2's HTML parser, which knows HTML 4 only: it may
    // call the HTML5 and SVG elements unknown, and nothing else.
    const Result h = run_process({"/usr/bin/xmllint", "--html", "--noout", "r.html"}, ws.dir().path(), {});
    CHECK(h.code == 0);
    std::string other;
    for (size_t start = 0, end; (end = h.err.find('\n', start)) != std::string::npos; start = end + 1) {
      const std::string line = h.err.substr(start, end - start);
      if (contains(line, "HTML parser error : ") && !contains(line, "HTML parser error : Tag figure invalid") &&
          !contains(line, "Tag figcaption invalid") && !contains(line, "Tag svg invalid") &&
          !contains(line, "Tag rect invalid") && !contains(line, "Tag text invalid") &&
          !contains(line, "Tag line invalid") && !contains(line, "Tag polyline invalid"))
        other += line + "\n";
    }
    CHECK(other == "");
    // ...and HTML5 to html5lib, the WHATWG parsing algorithm, strictly: any parse error fails.
    const Result h5 = run_process({"/usr/bin/python3", "-c",
                                   "import html5lib, sys\n"
                                   "html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], 'rb'))\n",
                                   "r.html"},
                                  ws.dir().path(), {});
    CAPTURE(h5.err);
    CHECK(h5.code == 0);
    // Self-contained: nothing is fetched, nothing runs.
    for (const char* fetch : {"<script", "src=", "href=", "url(", "@import", "<link"}) {
      CAPTURE(fetch);
      CHECK_FALSE(contains(html, fetch));
    }
  }
}

namespace {

struct Picture {
  uint32_t width = 0, height = 0;
  std::vector<unsigned char> rgb;  // 3 bytes a pixel
};

Picture read_png(const std::string& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  Picture p;
  if (!png_image_begin_read_from_file(&image, file.c_str())) return p;
  image.format = PNG_FORMAT_RGB;
  p.rgb.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, p.rgb.data(), 0, nullptr)) return {};
  p.width = image.width;
  p.height = image.height;
  return p;
}

// Pixels within a small distance of `colour` (anti-aliasing blurs edges only).
size_t count_near(const Picture& p, uint32_t colour) {
  const int r = colour >> 16, g = (colour >> 8) & 0xFF, b = colour & 0xFF;
  size_t n = 0;
  for (size_t i = 0; i + 2 < p.rgb.size(); i += 3)
    if (std::abs(p.rgb[i] - r) + std::abs(p.rgb[i + 1] - g) + std::abs(p.rgb[i + 2] - b) < 24) ++n;
  return n;
}

}  // namespace

TEST_CASE("report html: headless Chromium draws the summary with its charts, at phone width") {
  const std::string chromium = "/usr/bin/chromium";
  INFO("needs Debian's chromium: scripts/install-deps.sh installs it (make test runs that)");
  REQUIRE(std::filesystem::exists(chromium));
  Workspace ws = fixture();
  REQUIRE(ws.mp({"--format", "html", "-o", "summary.html", "report", "summary"}).code == 0);
  const std::string dir = ws.dir().path().string();
  // Chromium's helper processes outlive it holding its stdout and stderr:
  // its output goes to a file, so that the test need not wait for them.
  const Result r = run_process(
      {"/bin/sh", "-c", "exec \"$0\" \"$@\" >chromium.log 2>&1", chromium, "--headless", "--no-sandbox",
       "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
       "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + dir + "/chromium-profile",
       "--window-size=420,2400", "--screenshot=" + dir + "/shot.png", "file://" + dir + "/summary.html"},
      ws.dir().path(), {{"HOME", dir}}, "", 90'000'000);
  INFO("chromium.log: " << read_text(ws.dir() / "chromium.log").substr(0, 2000));
  REQUIRE(r.code == 0);
  const Picture shot = read_png(dir + "/shot.png");
  CHECK(shot.width == 420);
  CHECK(shot.height == 2400);
  REQUIRE(!shot.rgb.empty());
  const size_t pixels = size_t{shot.width} * shot.height;
  const size_t white = count_near(shot, 0xFFFFFF);
  // Not blank: text, rules and bars cover a real part of the page...
  CHECK(pixels - white > pixels / 50);
  // ...and the charts were drawn in colours that mean something: applications
  // and committed money blue, paid money and partial outcomes amber...
  CHECK(count_near(shot, 0x1F5F99) > 2000);
  CHECK(count_near(shot, 0xE08A00) > 500);
  // ...success dark green, failure and rejection red, approval green...
  CHECK(count_near(shot, 0x2B7A3B) > 300);
  CHECK(count_near(shot, 0xB03A48) > 300);
  CHECK(count_near(shot, 0x5AA469) > 300);
  // ...and the money chart's lines, the budget among them as a grey dashed line no bar chart has.
  CHECK(count_near(shot, 0x6B6B6B) > 150);
  if (std::getenv("MINIPILOT_KEEP_SCREENSHOT"))
    std::filesystem::copy_file(dir + "/shot.png", std::getenv("MINIPILOT_KEEP_SCREENSHOT"),
                               std::filesystem::copy_options::overwrite_existing);
}

TEST_CASE("examples/monthly-report.sh writes the month's HTML and JSON reports, and refuses a bad month") {
  Workspace ws = fixture();
  std::map<std::string, std::string> env = ws.env;
  env["MINIPILOT"] = MINIPILOT_BIN;
  const std::string script = std::string(MINIPILOT_SOURCE_DIR) + "/examples/monthly-report.sh";
  const Result r = run_process({"/bin/bash", script, "2026-04", "out"}, ws.dir().path(), env);
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "monthly-report: wrote out/2026-04 (2026-04-01 to 2026-04-30)\n");
  const auto file = [&](const std::string& name) { return read_text(ws.dir() / "out" / "2026-04" / name); };
  CHECK(contains(file("summary.html"), "<h1>Testipilotit — summary 2026</h1>"));
  // The council's page: the day it was made, the share of the budget, the money chart.
  CHECK(contains(file("summary.html"), "Hämeenlinna: as of 2026-07-06, period 2026-01-01–2026-07-06"));
  CHECK(contains(file("summary.html"), "(100.0% of the budget)"));
  CHECK(contains(file("summary.html"), "<polyline "));
  // The reports late today, without contacts, and the whole catalogue for other cities.
  CHECK(contains(file("overdue.html"), "MP-2026-0001"));
  CHECK_FALSE(contains(file("overdue.html"), "Öhman"));
  CHECK(contains(file("lessons.json"), "\"format\": \"minipilot-lessons\""));
  CHECK(contains(file("lessons.json"), "\"count\": 2,"));
  // Published files are readable by the web server; the month's applications (names) are not.
  const auto mode = [&](const std::string& name) {
    return std::filesystem::status(ws.dir() / "out" / "2026-04" / name).permissions();
  };
  CHECK((mode("summary.html") & std::filesystem::perms::others_read) != std::filesystem::perms::none);
  CHECK((mode("lessons.json") & std::filesystem::perms::others_read) != std::filesystem::perms::none);
  CHECK((mode("pilots.csv") & std::filesystem::perms::others_read) == std::filesystem::perms::none);
  CHECK(contains(file("summary.json"), "\"budget_cents\": 150000"));
  CHECK(contains(file("pilots.json"), "\"count\": 0,"));           // nobody applied in April...
  CHECK(contains(file("outcomes-public.json"), "\"count\": 2,"));  // ...two pilots ended then
  CHECK(contains(file("outcomes-public.html"), "Sauna ei lämmennyt"));
  CHECK_FALSE(contains(file("outcomes-public.html"), "Ärjä ry"));
  CHECK(file("pilots.csv") ==
        "\xEF\xBB\xBF"
        "ID;Status;Area;Applicant;Title;Applied;Decided;Grant\r\n");
  // March had four applications.
  REQUIRE(run_process({"/bin/bash", script, "2026-03", "out"}, ws.dir().path(), env).code == 0);
  CHECK(contains(read_text(ws.dir() / "out" / "2026-03" / "pilots.json"), "\"count\": 4,"));

  const Result bad = run_process({"/bin/bash", script, "2026-13", "out"}, ws.dir().path(), env);
  CHECK(bad.code == 2);
  CHECK(bad.err == "monthly-report: error: '2026-13' is not a month; write it as 2026-03\n");
  env["MINIPILOT_USER"] = "mallory";  // minipilot's own refusal stops the script with its exit code
  const Result denied = run_process({"/bin/bash", script, "2026-04", "out"}, ws.dir().path(), env);
  CHECK(denied.code == 7);
  CHECK(contains(denied.err, "minipilot: error: "));
}

TEST_CASE("report: every report carries the event chain's head of the snapshot it shows") {
  Workspace ws = fixture();
  const std::string seq = ws.sql("SELECT MAX(seq) FROM events");
  const std::string hash = ws.sql("SELECT hash FROM events ORDER BY seq DESC LIMIT 1");
  for (const Report& rep : kReports) {
    CAPTURE(rep.name);
    std::vector<std::string> args{"--format", "json", "report"};
    args.insert(args.end(), rep.args.begin(), rep.args.end());
    CHECK(
        contains(ws.mp(args).out, "\"chain_head\": {\n    \"seq\": " + seq + ",\n    \"hash\": \"" + hash + "\"\n  }"));
    args[1] = "table";
    CHECK(contains(ws.mp(args).out, "event " + seq + " " + hash));
  }
}

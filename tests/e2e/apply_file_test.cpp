// End-to-end tests of `apply --file` with files as people make them: web-form exports, Excel sheets, rejects files
// corrected by hand (issue 14).
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// The team's areas and a third one, Lammi, for the suggestion of an area typed wrong.
const std::string kConfig = std::string(kTeamConfig) + R"(
[[areas]]
id = "lammi"
name = "Lammi"
agents = ["anna"]
)";

std::string fixture(const std::string& name) {
  return read_text(std::filesystem::path(MINIPILOT_SOURCE_DIR) / "tests/data/intake" / name);
}

// A fixture copied into the workspace under its own name.
void place(Workspace& ws, const std::string& name) { write_text(ws.dir() / name, fixture(name)); }

const std::vector<std::string> kWebForm = {"apply", "--file", "webform.csv", "--ignore-unknown"};

}  // namespace

TEST_CASE("apply --file: a web form's export with Finnish headers and a timestamp needs --ignore-unknown") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  check_refused(ws, {"apply", "--file", "webform.csv"}, 3, "unknown column in the header: 'Aikaleima'");
  const Result r = ws.mp({"apply", "--file", "webform.csv"});
  CHECK(
      contains(r.err, "hint: name a field's column with --map FIELD=COLUMN, or skip the others with --ignore-unknown"));
  // Every row is checked before any is written: the third names an area typed wrong.
  check_refused(ws, kWebForm, 3, "line 6: no area 'lami' in the configuration: the areas are keskusta (Keskusta)");
}

TEST_CASE("apply --file: a web form's rows go in by Finnish headers, area names, Finnish types and both date forms") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  std::vector<std::string> args = kWebForm;
  args.insert(args.end(), {"--skip-invalid", "hylatyt.csv"});
  const Result r = ws.mp(args);
  CHECK(r.code == 0);
  CHECK(r.out == "imported 2 applications: MP-2026-0001 … MP-2026-0002\n");
  CHECK(contains(r.err, "skipped 1 invalid row: see hylatyt.csv"));
  CHECK(ws.sql("SELECT p.id, p.title, p.area, a.type, a.name, a.email, a.phone, a.business_id, p.start_date, "
               "p.end_date FROM pilots p JOIN applicants a ON a.id = p.applicant_id ORDER BY p.id") ==
        "MP-2026-0001|Kirjastoauto torille|keskusta|resident|Aino Järvinen|aino@example.fi|040 123 4567||2026-04-01|"
        "2026-06-30\n"
        "MP-2026-0002|Rantatalkoot, kevät|jukola|association|Jukolan kyläyhdistys ry|seura@example.fi||2858394-9|"
        "2026-05-01|2026-05-31");
  CHECK(ws.sql("SELECT description FROM pilots WHERE id = 'MP-2026-0002'") == "Siivotaan ranta.\nKahvit tarjotaan.");
  // The rejects file is the input's columns as written (the timestamp too), its delimiter, then line and error.
  CHECK(read_text(ws.dir() / "hylatyt.csv") == fixture("webform-rejects.csv"));
}

TEST_CASE("apply --file: a rejects file corrected in a spreadsheet imports as it is, its line and error ignored") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  place(ws, "webform-rejects-corrected.csv");
  std::vector<std::string> args = kWebForm;
  args.insert(args.end(), {"--skip-invalid", "hylatyt.csv"});
  REQUIRE(ws.mp(args).code == 0);
  const Result r = ws.mp({"apply", "--file", "webform-rejects-corrected.csv", "--ignore-unknown"});
  CHECK(r.code == 0);
  CHECK(r.out == "imported 1 application: MP-2026-0003\n");
  CHECK(ws.sql("SELECT title, area FROM pilots WHERE id = 'MP-2026-0003'") == "Pihakirppis|lammi");
}

TEST_CASE("apply --file: the rejects file of a rejects file has one line and one error column, its own") {
  Workspace ws(kConfig);
  place(ws, "webform-rejects.csv");
  const Result r =
      ws.mp({"apply", "--file", "webform-rejects.csv", "--ignore-unknown", "--skip-invalid", "uudelleen.csv"});
  CHECK(r.code == 0);
  std::string expected = fixture("webform-rejects.csv");
  expected.replace(expected.find(",,6,"), 4, ",,2,");
  CHECK(read_text(ws.dir() / "uudelleen.csv") == expected);
}

TEST_CASE("apply --file: Excel's cp1252 sheet is refused as not UTF-8, with a hint, and imports with --encoding") {
  Workspace ws(kConfig);
  place(ws, "excel-cp1252.csv");
  check_refused(ws, {"apply", "--file", "excel-cp1252.csv"}, 3, "line 1 is not UTF-8 text");
  CHECK(contains(ws.mp({"apply", "--file", "excel-cp1252.csv"}).err,
                 "hint: Excel's 'CSV (erotin)' files are Windows-1252: give --encoding cp1252"));
  const Result r =
      ws.mp({"apply", "--file", "excel-cp1252.csv", "--encoding", "cp1252", "--skip-invalid", "hylatyt.csv"});
  CHECK(r.code == 0);
  CHECK(r.out == "imported 2 applications: MP-2026-0001 … MP-2026-0002\n");
  CHECK(ws.sql("SELECT p.title, a.name, a.type, p.area, a.iban, p.start_date FROM pilots p JOIN applicants a ON "
               "a.id = p.applicant_id ORDER BY p.id") ==
        "Pyöräilyretki|Väinö Mäkelä|resident|keskusta|FI2112345600000785|2026-04-01\n"
        "Yhteisöpuutarha|Östermalmin pihapiiri|community|jukola||2026-05-01");
  // Written back in Windows-1252, so that Excel opens it as it opened the input.
  CHECK(read_text(ws.dir() / "hylatyt.csv") ==
        "Otsikko;Hakija;Tyyppi;Alue;Tilinumero;S\xE4hk\xF6posti;Alkaa;P\xE4\xE4ttyy;line;error\r\n"
        "\xC4\xE4nitaideilta;S\xE4velpaja;yritys;keskusta;;;;;4;a business ID is required for type company\r\n");
}

TEST_CASE("apply --file: a bad byte far into the file refuses it whole, naming its line") {
  Workspace ws(kSingleUserConfig);
  std::string csv = "title;applicant;type\n";
  for (int i = 2; i < 5000; ++i) csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident\n";
  write_text(ws.dir() / "a.csv", csv + "Py\xF6r\xE4ily;Hakija;resident\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 3, "line 5000 is not UTF-8 text");
  check_refused(ws, {"apply", "--file", "a.csv", "--skip-invalid", "r.csv"}, 3, "line 5000 is not UTF-8 text");
  CHECK(!std::filesystem::exists(ws.dir() / "r.csv"));
}

TEST_CASE("apply --file --encoding cp1252: a UTF-8 file is refused rather than garbled") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  std::vector<std::string> args = kWebForm;
  args.insert(args.end(), {"--encoding", "cp1252"});
  check_refused(ws, args, 3, "the file is UTF-8, not Windows-1252");
  write_text(ws.dir() / "ascii.csv", "title,applicant,type,area\nIdea,Hakija,resident,keskusta\n");
  CHECK(ws.mp({"apply", "--file", "ascii.csv", "--encoding", "cp1252"}).code == 0);  // ASCII is both
}

TEST_CASE("apply --file: Excel's CSV UTF-8 with BOM and --map, its rejects file with the BOM and the delimiter") {
  Workspace ws(kConfig);
  place(ws, "utf8-bom.csv");
  check_refused(ws, {"apply", "--file", "utf8-bom.csv"}, 3, "unknown column in the header: 'Sähköpostiosoite'");
  const Result r =
      ws.mp({"apply", "--file", "utf8-bom.csv", "--map", "email=sähköpostiosoite", "--skip-invalid", "hylatyt.csv"});
  CHECK(r.code == 0);
  CHECK(r.out == "imported 1 application: MP-2026-0001\n");
  CHECK(ws.sql("SELECT a.type, a.email, a.business_id FROM applicants a") ==
        "association|nayttamo@example.fi|2858394-9");
  CHECK(read_text(ws.dir() / "hylatyt.csv") ==
        "\xEF\xBB\xBFTITLE;Applicant;type;Area;IBAN;Sähköpostiosoite;Business ID;line;error\r\n"
        "Lukupiiri;Liisa Lukija;resident;jukola;;liisa@example,fi;;3;'liisa@example,fi' is not an e-mail address\r\n");
}

TEST_CASE("apply --file: every unknown column is named, with the known name nearest to it") {
  Workspace ws(kConfig);
  write_text(ws.dir() / "a.csv",
             "Aikaleima;Otsikko;Hakija;Tyyppi;Alue;SÄHKÖPOSI;Tilinro\nx;Idea;Hakija;asukas;lammi;a@b.fi;\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 3,
                "unknown columns in the header: 'Aikaleima', 'SÄHKÖPOSI' (did you mean 'sähköposti'?), 'Tilinro'");
  CHECK(ws.mp({"apply", "--file", "a.csv", "--ignore-unknown"}).code == 0);
  CHECK(ws.sql("SELECT a.email FROM applicants a") == "");
}

TEST_CASE("apply --file: header names in any case with spaces, hyphens or underscores, trimmed") {
  Workspace ws(kConfig);
  write_text(ws.dir() / "a.csv",
             " OTSIKKO ,Hakija,TYYPPI,alue,SÄHKÖPOSTI,y_tunnus,Maksun-Saaja,business id\n"
             "Idea,Kerho ry,Yhdistys,Lammi,kerho@example.fi,,Kerhon Rahastonhoitaja,2858394-9\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 3, "columns 'y_tunnus' and 'business id' both give the field");
  write_text(ws.dir() / "b.csv",
             " OTSIKKO ,Hakija,TYYPPI,alue,SÄHKÖPOSTI,Maksun-Saaja,business id\n"
             "Idea,Kerho ry,Yhdistys,Lammi,kerho@example.fi,Kerhon Rahastonhoitaja,2858394-9\n");
  REQUIRE(ws.mp({"apply", "--file", "b.csv"}).code == 0);
  CHECK(ws.sql("SELECT p.area, a.type, a.email, a.payee_name FROM pilots p JOIN applicants a ON a.id = "
               "p.applicant_id") == "lammi|association|kerho@example.fi|Kerhon Rahastonhoitaja");
}

TEST_CASE("apply --map: a column not in the header is refused, naming it and listing the header") {
  Workspace ws(kConfig);
  place(ws, "utf8-bom.csv");
  check_refused(ws, {"apply", "--file", "utf8-bom.csv", "--map", "email=Sähköposti"}, 3,
                "--map email=Sähköposti: the header has no column 'Sähköposti'");
  CHECK(contains(ws.mp({"apply", "--file", "utf8-bom.csv", "--map", "email=Sähköposti"}).err,
                 "hint: the header's columns are: 'TITLE', 'Applicant', 'type', 'Area', 'IBAN', 'Sähköpostiosoite'"));
}

TEST_CASE("apply --skip-invalid: an existing rejects file is kept unless --force") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  write_text(ws.dir() / "hylatyt.csv", "korjattu\n");
  std::vector<std::string> args = kWebForm;
  args.insert(args.end(), {"--skip-invalid", "hylatyt.csv"});
  check_refused(ws, args, 5, "--skip-invalid hylatyt.csv: the file exists already");
  CHECK(read_text(ws.dir() / "hylatyt.csv") == "korjattu\n");
  args.push_back("--force");
  CHECK(ws.mp(args).code == 0);
  CHECK(read_text(ws.dir() / "hylatyt.csv") == fixture("webform-rejects.csv"));
}

TEST_CASE("apply --skip-invalid: a folder, the input file or the ledger is refused before anything is imported") {
  Workspace ws(kConfig);
  place(ws, "webform.csv");
  std::filesystem::create_directory(ws.dir() / "kansio");
  const auto with = [](std::string rejects) {
    std::vector<std::string> a = kWebForm;
    a.insert(a.end(), {"--skip-invalid", rejects, "--force"});
    return a;
  };
  check_refused(ws, with("kansio"), 8, "it is a folder");
  check_refused(ws, with("webform.csv"), 3, "is the input of --file");
  if (!ws.shared()) check_refused(ws, with("minipilot.db"), 3, "is the ledger");
  CHECK(read_text(ws.dir() / "webform.csv") == fixture("webform.csv"));
}

TEST_CASE("apply: an area by name in any case, a Finnish type, and a hint for an area typed wrong") {
  Workspace ws(kConfig);
  std::vector<std::string> a = application("Idea");
  a[6] = "YHTEISÖ";
  a[8] = "KESKUSTA";
  REQUIRE(ws.mp(a).code == 0);
  CHECK(ws.sql("SELECT p.area, a.type FROM pilots p JOIN applicants a ON a.id = p.applicant_id") ==
        "keskusta|community");
  a[8] = "lami";
  check_refused(ws, a, 4,
                "no area 'lami' in the configuration: the areas are keskusta (Keskusta), jukola (Jukola), "
                "lammi (Lammi)");
  CHECK(contains(ws.mp(a).err, "hint: did you mean 'lammi'? Give an area's id or name"));
}

TEST_CASE("apply --file: a row repeating an earlier row, or a live pilot, is named as such, and the tallies add up") {
  Workspace ws(kTeamConfig);
  REQUIRE(
      ws.mp({"apply", "--title", "Kylätalo", "--applicant", "Aino Aalto", "--type", "resident", "--area", "keskusta"})
          .code == 0);
  write_text(ws.dir() / "a.csv",
             "title;applicant;type;area\n"
             "Lukupiiri;Eino Ek;resident;keskusta\n"
             "KYLÄTALO;aino aalto;resident;keskusta\n"
             "lukupiiri ;Eino  Ek;resident;keskusta\n"
             "Pyöräpaja;Kylätoimikunta;community;jukola\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 5, "line 3: duplicate of MP-2026-0001");
  const Result r = ws.mp({"apply", "--file", "a.csv"});
  CHECK(contains(r.err, "line 4: duplicate of an earlier row of this file"));
  CHECK(ws.mp({"apply", "--file", "a.csv", "--skip-invalid", "r.csv"}).code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "3");
  // The import counts its rows into the tallies by area and type, as the trigger counts a single one.
  CHECK(ws.sql("SELECT group_concat(area || '/' || type || '=' || n, ' ') FROM "
               "(SELECT * FROM tallies WHERE status = 'submitted' ORDER BY area, type) AS t") ==
        "jukola/community=1 keskusta/resident=2");
  const Result v = ws.mp({"verify"});
  CHECK(v.code == 0);
  CHECK(contains(v.out, "summary tallies"));
}

// End-to-end tests of `minipilot apply`: flags, CSV import, and every wrong input.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("apply: registers an application and prints its id") {
  Workspace ws(kTeamConfig);
  const Result r = ws.mp(application("Kirjastoauto torille"));
  CHECK(r.code == 0);
  CHECK(r.out == "MP-2026-0001 submitted: Kirjastoauto torille\n");
  CHECK(r.err.empty());
  CHECK(ws.sql("SELECT status, area, submitted_by, submitted_at FROM pilots") ==
        "submitted|keskusta|anna|2026-03-01T10:00:00Z");
  CHECK(ws.sql("SELECT name, iban FROM applicants") == "Matti Meikäläinen|FI2112345600000785");
}

TEST_CASE("apply --format json prints the new pilot with id and status") {
  Workspace ws(kTeamConfig);
  std::vector<std::string> args = application("Pyöräkorjaamo");
  args.insert(args.begin(), {"--format", "json"});
  const Result r = ws.mp(args);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"id\": \"MP-2026-0001\""));
  CHECK(contains(r.out, "\"status\": \"submitted\""));
  CHECK(contains(r.out, "\"iban\": \"FI2112345600000785\""));
}

TEST_CASE("apply: bad input is refused with exit 3 and the ledger unchanged") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Olemassa oleva"));
  auto with = [](std::string flag, std::string value) {
    std::vector<std::string> a = application("Uusi idea");
    for (size_t i = 0; i + 1 < a.size(); ++i)
      if (a[i] == flag) {
        a[i + 1] = value;
        return a;
      }
    a.push_back(flag);
    a.push_back(value);
    return a;
  };
  check_refused(ws, with("--iban", "FI21 1234 5600 0007 86"), 3, "IBAN check digits do not match");
  check_refused(ws, with("--iban", "US64SVBKUS6S3300958879"), 3, "not in the SEPA area");
  check_refused(ws, with("--type", "person"), 3, "type 'person' is not resident");
  check_refused(ws, with("--title", ""), 3, "--title is empty");
  check_refused(ws, with("--title", std::string(201, 'x')), 3, "title is longer than 200 characters");
  check_refused(ws, with("--email", "matti(at)example.fi"), 3, "is not an e-mail address");
  check_refused(ws, with("--start", "31.2.2026"), 3, "is not a date");
  check_refused(ws, with("--bic", "NDEA"), 3, "BIC must have 8 or 11");
  std::vector<std::string> company = with("--type", "company");
  check_refused(ws, company, 3, "a business ID is required for type company");
  company.insert(company.end(), {"--business-id", "2858394-8"});
  check_refused(ws, company, 3, "business ID check digit does not match");
}

TEST_CASE("apply: an unknown area is not found (exit 4)") {
  Workspace ws(kTeamConfig);
  std::vector<std::string> a = application("Idea");
  a[8] = "kalliola";
  check_refused(ws, a, 4, "no area 'kalliola'");
}

TEST_CASE("apply: a duplicate of a live application is a conflict (exit 5)") {
  Workspace ws(kTeamConfig);
  CHECK(ws.mp(application("Kylätalo")).code == 0);
  check_refused(ws, application("  KYLÄTALO "), 5, "has applied with the title");
}

TEST_CASE("apply: missing flags and unknown options are usage errors (exit 2)") {
  Workspace ws(kTeamConfig);
  check_refused(ws, {"apply", "--title", "x", "--applicant", "y"}, 2, "--type is required");
  check_refused(ws, {"apply", "--title", "x", "--colour", "red"}, 2, "--colour");
  check_refused(ws, {"apply", "--file", "a.csv", "--title", "x"}, 2, "excludes");
  check_refused(ws, {"apply", "--skip-invalid", "bad.csv"}, 2, "requires --file");
}

TEST_CASE("apply: a viewer may not apply (exit 7)") {
  Workspace ws(kTeamConfig);
  ws.env["MINIPILOT_USER"] = "tarja";
  check_refused(ws, application("Idea"), 7, "tarja may not register applications");
}

TEST_CASE("apply --file: imports every row of a semicolon CSV with BOM") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "hakemukset.csv",
             "\xEF\xBB\xBFtitle;applicant;type;area;iban;business_id\r\n"
             "Kirjastoauto;Matti Meikäläinen;resident;keskusta;FI21 1234 5600 0007 85;\r\n"
             "\"Kahvila; pop-up\";Kyläyhdistys ry;association;jukola;;2858394-9\r\n");
  const Result r = ws.mp({"apply", "--file", "hakemukset.csv"});
  CHECK(r.code == 0);
  CHECK(r.out == "imported 2 applications: MP-2026-0001 … MP-2026-0002\n");
  CHECK(ws.sql("SELECT title FROM pilots WHERE id = 'MP-2026-0002'") == "Kahvila; pop-up");
}

TEST_CASE("apply --file: one bad row imports nothing and names the row (exit 3)") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "a.csv",
             "title,applicant,type,area\nA,Matti,resident,keskusta\nB,Maija,resident,keskusta,extra\n"
             "C,Pekka,resident,keskusta\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 3, "1 row is not valid; nothing was imported");
  const Result r = ws.mp({"apply", "--file", "a.csv"});
  CHECK(contains(r.err, "line 3: 5 fields where the header has 4"));
}

TEST_CASE("apply --file --skip-invalid: imports the good rows and writes the bad ones with reasons") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "a.csv",
             "title;applicant;type;area\nA;Matti;resident;keskusta\nB;Maija;alien;keskusta\n"
             "C;Pekka;resident;kalliola\nD;Liisa;resident;jukola\n");
  const Result r = ws.mp({"apply", "--file", "a.csv", "--skip-invalid", "rejected.csv"});
  CHECK(r.code == 0);
  CHECK(r.out == "imported 2 applications: MP-2026-0001 … MP-2026-0002\n");
  CHECK(contains(r.err, "skipped 2 invalid rows: see rejected.csv"));
  CHECK(read_text(ws.dir() / "rejected.csv") ==
        "title;applicant;type;area;line;error\r\n"
        "B;Maija;alien;keskusta;3;type 'alien' is not resident, community, association or company "
        "(asukas, yhteisö, yhdistys, yritys)\r\n"
        "C;Pekka;resident;kalliola;4;no area 'kalliola' in the configuration: the areas are keskusta (Keskusta), "
        "jukola (Jukola)\r\n");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "2");
}

TEST_CASE("apply --file: a missing file, an unknown column and a broken quote are refused") {
  Workspace ws(kTeamConfig);
  check_refused(ws, {"apply", "--file", "nope.csv"}, 3, "--file nope.csv: No such file or directory");
  write_text(ws.dir() / "b.csv", "title;applicant;type;colour\nA;B;resident;red\n");
  check_refused(ws, {"apply", "--file", "b.csv"}, 3, "unknown column in the header: 'colour'");
  write_text(ws.dir() / "c.csv", "title;applicant;type;area\n\"A;B;resident;keskusta\n");
  check_refused(ws, {"apply", "--file", "c.csv"}, 3, "line 2: a quoted field is never closed");
  write_text(ws.dir() / "d.csv", "");
  check_refused(ws, {"apply", "--file", "d.csv"}, 3, "no header row");
}

TEST_CASE("apply --file: 2,000 rows go in one transaction - a bad last row leaves none") {
  Workspace ws(kSingleUserConfig);
  std::string csv = "title;applicant;type\n";
  for (int i = 1; i <= 2000; ++i) csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident\n";
  write_text(ws.dir() / "ok.csv", csv);
  write_text(ws.dir() / "bad.csv", csv + "Viimeinen;Hakija;martian\n");
  check_refused(ws, {"apply", "--file", "bad.csv"}, 3, "line 2002");
  const Result r = ws.mp({"--format", "json", "apply", "--file", "ok.csv"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"imported\": 2000"));
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "2000");
  CHECK(ws.sql("SELECT MAX(id) FROM pilots WHERE seq = 2000") == "MP-2026-2000");
}

TEST_CASE("apply: invisible characters are refused and a no-break space does not dodge the duplicate rule (issue 11)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("Idea 1")).code == 0);
  check_refused(ws, application("Idea\u00a01"), 5, "has applied with the title 'Idea 1' already");
  check_refused(ws, application("Uusi", "\u200b\u200b"), 3, "invisible or direction-changing character (U+200B)");
  check_refused(ws, application("Uusi", "Matti \u202eenin"), 3, "U+202E");
}

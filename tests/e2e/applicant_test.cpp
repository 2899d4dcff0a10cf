// End-to-end tests of `minipilot applicant export`: everything held about one person, nobody else's.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Aino has two pilots (one paid, her IBAN amended on the other); Eero one.
Workspace people() {
  Workspace ws(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n");
  ws.mp({"apply", "--title", "Kirjasto", "--applicant", "Aino Asukas", "--type", "resident", "--area", "keskusta",
         "--iban", "FI21 1234 5600 0007 85", "--email", "Aino@Example.fi", "--phone", "+358 40 123 4567",
         "--description", "Lainataan kirjoja torilla."});
  ws.mp({"apply", "--title", "Uinti", "--applicant", "Aino Asukas", "--type", "resident", "--area", "keskusta",
         "--email", "aino@example.fi"});
  ws.mp({"apply", "--title", "Sauna", "--applicant", "Eero Muu", "--type", "resident", "--area", "keskusta", "--iban",
         "FI21 1234 5600 0007 85", "--email", "eero@example.fi"});
  ws.mp({"approve", "MP-2026-1", "MP-2026-3"});
  ws.mp({"amend", "MP-2026-2", "--iban", "FI37 1590 3000 0007 76"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  return ws;
}

}  // namespace

TEST_CASE("applicant export --email: every application of the person, with amendments and payments, as JSON") {
  Workspace ws = people();
  const Result r = ws.mp({"applicant", "export", "--email", "AINO@example.FI"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  for (const char* want :
       {"\"exported_at\": \"2026-03-01T10:00:00Z\"", "\"name\": \"Aino Asukas\"", "\"phone\": \"+358 40 123 4567\"",
        "\"description\": \"Lainataan kirjoja torilla.\"", "\"id\": \"MP-2026-0001\"", "\"id\": \"MP-2026-0002\"",
        "\"grant_cents\": 50000,", "\"field\": \"iban\"", "\"new_value\": \"FI3715903000000776\"",
        "\"batch_id\": \"PB-2026-001\"", "\"amount_cents\": 50000,", "\"execution_date\": \"2026-03-02\""}) {
    CAPTURE(want);
    CHECK(contains(r.out, want));
  }
  // Nobody else's data, and not the ledger's own keys.
  CHECK_FALSE(contains(r.out, "Eero"));
  CHECK_FALSE(contains(r.out, "MP-2026-0003"));
  CHECK_FALSE(contains(r.out, "\"salt\""));
  CHECK_FALSE(contains(r.out, "match_key"));
}

TEST_CASE("applicant export: by applicant number or by one of the person's pilots") {
  Workspace ws = people();
  const Result by_pilot = ws.mp({"applicant", "export", "mp-2026-3"});
  CHECK(by_pilot.code == 0);
  CHECK(contains(by_pilot.out, "\"name\": \"Eero Muu\""));
  CHECK_FALSE(contains(by_pilot.out, "Aino"));
  const Result by_number = ws.mp({"applicant", "export", "3"});
  CHECK(by_number.out.substr(by_number.out.find("\"applicants\"")) ==
        by_pilot.out.substr(by_pilot.out.find("\"applicants\"")));
}

TEST_CASE("applicant export: wrong input and the wrong user are refused and nothing changes") {
  Workspace ws = people();
  check_refused(ws, {"applicant", "export", "--email", "nobody@example.fi"}, 4,
                "no applicant with the e-mail nobody@example.fi");
  check_refused(ws, {"applicant", "export", "99"}, 4, "no applicant 99");
  check_refused(ws, {"applicant", "export", "MP-2026-0042"}, 4, "no pilot MP-2026-0042");
  check_refused(ws, {"applicant", "export", "kuka"}, 3,
                "'kuka' is not an applicant number, pilot id, e-mail, IBAN or business ID");
  check_refused(ws, {"applicant", "export"}, 2, "give either the person");
  check_refused(ws, {"applicant", "export", "1", "--email", "aino@example.fi"}, 2, "not both");
  check_refused(ws, {"applicant"}, 2, "A subcommand is required");
  ws.env["MINIPILOT_USER"] = "anna";  // an agent reads reports, but a person's whole file is for admins
  check_refused(ws, {"applicant", "export", "1"}, 7, "anna may not");
}

TEST_CASE(
    "applicant export: a person is found by number, pilot, e-mail, IBAN or business ID, with all their records (issue "
    "11)") {
  Workspace ws = people();
  // Aino's two records share her name and e-mail; Eero shares her IBAN but not her name.
  std::vector<std::string> outs;
  for (const std::string& key : std::vector<std::string>{"1", "2", "MP-2026-0002", "mp-2026-1", "aino@EXAMPLE.fi"}) {
    const Result r = ws.mp({"applicant", "export", key});
    CAPTURE(key);
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    CHECK(contains(r.out, "\"id\": \"MP-2026-0001\""));
    CHECK(contains(r.out, "\"id\": \"MP-2026-0002\""));
    CHECK_FALSE(contains(r.out, "Eero"));
    outs.push_back(r.out);
  }
  for (const std::string& o : outs) CHECK(o == outs.front());
  // Eero by his own e-mail: his record only, though his IBAN is Aino's too.
  const Result eero = ws.mp({"applicant", "export", "eero@example.fi"});
  CHECK(contains(eero.out, "\"name\": \"Eero Muu\""));
  CHECK_FALSE(contains(eero.out, "Aino"));
  // The IBAN is used by two names: no single person, so nobody's data (exit 5), and the numbers to choose from.
  check_refused(ws, {"applicant", "export", "FI21 1234 5600 0007 85"}, 5,
                "the IBAN FI2112345600000785 is used by applicants of different names: 1 (Aino Asukas), 3 (Eero Muu)");
  check_refused(ws, {"applicant", "erase", "FI2112345600000785"}, 5, "used by applicants of different names");
  // By IBAN where only one name uses it: Aino's amended IBAN.
  const Result by_iban = ws.mp({"applicant", "export", "fi37 1590 3000 0007 76"});
  CHECK(by_iban.code == 0);
  CHECK(by_iban.out == outs.front());
}

TEST_CASE("applicant export: by business ID - an association's records, not another's with the same e-mail") {
  Workspace ws(std::string(kTeamConfig) + "[users.root]\nroles = [\"admin\"]\n");
  for (const auto& [title, name, bid] :
       {std::tuple{"Kuoro", "Kylän Kuoro ry", "2858394-9"}, std::tuple{"Konsertti", "Kylän Kuoro ry", "2858394-9"},
        std::tuple{"Pallo", "Jukolan Pallo ry", "1572860-0"}})
    REQUIRE(ws.mp({"apply", "--title", title, "--applicant", name, "--type", "association", "--area", "keskusta",
                   "--business-id", bid, "--email", "yhdistykset@example.fi"})
                .code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  const Result r = ws.mp({"applicant", "export", "2858394-9"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"id\": \"MP-2026-0001\""));
  CHECK(contains(r.out, "\"id\": \"MP-2026-0002\""));
  CHECK_FALSE(contains(r.out, "Jukolan"));
  // The shared e-mail names two associations: refused, and erasing by it too.
  check_refused(ws, {"applicant", "export", "yhdistykset@example.fi"}, 5, "3 (Jukolan Pallo ry)");
  check_refused(ws, {"applicant", "erase", "yhdistykset@example.fi"}, 5, "nobody may receive another person's data");
  // By number the one association is chosen, and its records follow by the same name.
  const Result one = ws.mp({"applicant", "export", "3"});
  CHECK(contains(one.out, "Jukolan Pallo ry"));
  CHECK_FALSE(contains(one.out, "Kylän Kuoro"));
}

TEST_CASE("applicant export --format markdown|html: a readable document of everything held, for the resident") {
  Workspace ws = people();
  const Result md = ws.mp({"applicant", "export", "1", "--format", "markdown"});
  CAPTURE(md.err);
  CHECK(md.code == 0);
  for (const char* want : {"# Personal data held about Aino Asukas", "## Applicant 1", "| Phone | +358 40 123 4567 |",
                           "## Application MP-2026-0001", "## Application MP-2026-0002", "| Grant (EUR) | 500.00 |",
                           "## Corrections to applicant 2", "## Payment of MP-2026-0001 in PB-2026-001",
                           "| Exported at | 2026-03-01T10:00:00Z |"}) {
    CAPTURE(want);
    CHECK(contains(md.out, want));
  }
  CHECK_FALSE(contains(md.out, "Eero"));
  CHECK_FALSE(contains(md.out, "salt"));
  ws.mp({"applicant", "export", "1", "--format", "html", "-o", "aino.html"});
  const std::string html = read_text(ws.dir() / "aino.html");
  CHECK(contains(html, "<h1>Personal data held about Aino Asukas</h1>"));
  CHECK(contains(html, "Lainataan kirjoja torilla."));
  const Result lint = run_process({"/usr/bin/xmllint", "--noout", "--html", "aino.html"}, ws.dir().path(), {});
  CHECK(lint.code == 0);
  // Every value of the JSON is in the document.
  const std::string json = ws.mp({"applicant", "export", "1"}).out;
  for (const char* value : {"FI3715903000000776", "aino@example.fi", "Aino@Example.fi", "2026-03-02"}) {
    CAPTURE(value);
    CHECK(contains(json, value));
    CHECK(contains(md.out, value));
  }
  check_refused(ws, {"applicant", "export", "1", "--format", "csv"}, 2, "writes JSON");
}

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
  ws.mp({"apply", "--title", "Sauna", "--applicant", "Eero Muu", "--type", "resident", "--area", "keskusta",
         "--iban", "FI21 1234 5600 0007 85", "--email", "eero@example.fi"});
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
  for (const char* want : {"\"exported_at\": \"2026-03-01T10:00:00Z\"", "\"name\": \"Aino Asukas\"",
                           "\"phone\": \"+358 40 123 4567\"", "\"description\": \"Lainataan kirjoja torilla.\"",
                           "\"id\": \"MP-2026-0001\"", "\"id\": \"MP-2026-0002\"", "\"grant_cents\": 50000,",
                           "\"field\": \"iban\"", "\"new_value\": \"FI3715903000000776\"",
                           "\"batch_id\": \"PB-2026-001\"", "\"amount_cents\": 50000,",
                           "\"execution_date\": \"2026-03-02\""}) {
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
  check_refused(ws, {"applicant", "export", "--email", "nobody@example.fi"}, 4, "no applicant with e-mail nobody@example.fi");
  check_refused(ws, {"applicant", "export", "99"}, 4, "no applicant 99");
  check_refused(ws, {"applicant", "export", "MP-2026-0042"}, 4, "no pilot MP-2026-0042");
  check_refused(ws, {"applicant", "export", "kuka"}, 3, "is not a pilot id");
  check_refused(ws, {"applicant", "export"}, 2, "give either an applicant");
  check_refused(ws, {"applicant", "export", "1", "--email", "aino@example.fi"}, 2, "not both");
  check_refused(ws, {"applicant"}, 2, "A subcommand is required");
  ws.env["MINIPILOT_USER"] = "anna";  // an agent reads reports, but a person's whole file is for admins
  check_refused(ws, {"applicant", "export", "1"}, 7, "anna may not");
}

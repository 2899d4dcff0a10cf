// End-to-end tests of `minipilot amend`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("amend: corrects one detail - the change is kept with old and new value outside the event log") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  const Result r = ws.mp({"amend", "MP-2026-0001", "--iban", "fi37 1590 3000 0007 76"});
  CHECK(r.code == 0);
  CHECK(r.out == "amended iban of MP-2026-0001\n");
  CHECK(ws.sql("SELECT iban FROM applicants") == "FI3715903000000776");
  CHECK(ws.sql("SELECT field, old_value, new_value FROM applicant_changes") ==
        "iban|FI2112345600000785|FI3715903000000776");
  // The event names the change and commits to the payee's new details, never holding them.
  const std::string detail = ws.sql("SELECT detail FROM events WHERE action = 'amend'");
  CHECK(detail.rfind(R"({"field":"iban","change":1,"payee":")", 0) == 0);
  CHECK(detail.size() == std::string(R"({"field":"iban","change":1,"payee":""})").size() + 64);
  CHECK_FALSE(contains(detail, "FI37"));
  CHECK(ws.sql("SELECT iban_set_by FROM pilots") == "anna");
  CHECK(ws.mp({"amend", "MP-2026-0001", "--iban", "FI37 1590 3000 0007 76"}).out ==
        "unchanged: iban of MP-2026-0001\n");
}

TEST_CASE("amend: each field is validated as at apply") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  check_refused(ws, {"amend", "MP-2026-0001", "--iban", "FI00 1234"}, 3, "IBAN");
  check_refused(ws, {"amend", "MP-2026-0001", "--bic", "X"}, 3, "BIC");
  check_refused(ws, {"amend", "MP-2026-0001", "--email", "x"}, 3, "e-mail");
  check_refused(ws, {"amend", "MP-2026-0001", "--phone", "12"}, 3, "phone");
  check_refused(ws, {"amend", "MP-2026-0001", "--applicant-name", " "}, 3, "applicant_name is empty");
  check_refused(ws, {"amend", "MP-2026-0001"}, 2, "amend needs at least one field to correct");
  check_refused(ws, {"amend", "MP-2026-0002", "--email", "a@b.fi"}, 4, "no pilot MP-2026-0002");
}

TEST_CASE("amend: only an agent of the area may amend - a new name may not duplicate a live application") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A", "Maija"));
  ws.mp(application("A", "Matti"));
  check_refused(ws, {"amend", "MP-2026-0002", "--applicant-name", "MAIJA"}, 5,
                "has a live application with this title");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"amend", "MP-2026-0001", "--email", "a@b.fi"}, 7, "not an agent of area 'keskusta'");
}

TEST_CASE("amend: an area by name and a Finnish type are stored as the id and the code, as at apply (issue 14)") {
  Workspace ws(std::string(kTeamConfig) + "[[areas]]\nid = \"lammi\"\nname = \"Lammi\"\nagents = [\"anna\"]\n");
  ws.mp(application("A"));
  CHECK(ws.mp({"amend", "MP-2026-0001", "--area", "Keskusta"}).out == "unchanged: area of MP-2026-0001\n");
  REQUIRE(ws.mp({"amend", "MP-2026-0001", "--area", "LAMMI", "--type", "Yhteisö"}).code == 0);
  CHECK(ws.sql("SELECT p.area, a.type FROM pilots p JOIN applicants a ON a.id = p.applicant_id") == "lammi|community");
  check_refused(ws, {"amend", "MP-2026-0001", "--area", "lami"}, 4, "no area 'lami' in the configuration");
  CHECK(contains(ws.mp({"amend", "MP-2026-0001", "--area", "lami"}).err, "hint: did you mean 'lammi'?"));
}

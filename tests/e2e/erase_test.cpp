// End-to-end tests of `applicant erase` and `purge`: erased now what may be, kept what the law keeps, verify green.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Aino is paid (batch executed 2 March 2026), her e-mail amended; Eero rejected; Liisa submitted.
Workspace people(const std::string& extra = "") {
  Workspace ws(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n" + extra);
  ws.mp({"apply", "--title", "Kirjasto", "--applicant", "Aino Asukas", "--type", "resident", "--area", "keskusta",
         "--iban", "FI21 1234 5600 0007 85", "--email", "aino@example.fi", "--phone", "+358 40 123 4567",
         "--description", "Lainataan kirjoja torilla, soita Ainolle."});
  ws.mp({"apply", "--title", "Sauna", "--applicant", "Eero Muu", "--type", "resident", "--area", "keskusta", "--iban",
         "FI37 1590 3000 0007 76", "--email", "eero@example.fi", "--phone", "+358 50 765 4321", "--description",
         "Eeron saunailta."});
  ws.mp({"apply", "--title", "Uinti", "--applicant", "Liisa Lahti", "--type", "resident", "--area", "keskusta",
         "--email", "liisa@example.fi"});
  ws.mp({"approve", "MP-2026-1"});
  ws.mp({"reject", "MP-2026-2", "--reason", "ei tänä vuonna"});
  ws.mp({"amend", "MP-2026-1", "--email", "aino.asukas@example.fi"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  return ws;
}

// The summary without its last lines (the chain head moves with every event).
std::string totals(Workspace& ws) {
  // The figures, not the day they are of: made_on, the months so far and the overdue reports follow the clock.
  const std::string s = ws.mp({"report", "summary", "--year", "2026", "--format", "json"}).out;
  const size_t from = s.find("\"budget_cents\""), to = s.find("\"money_by_month\"");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return s.substr(from, to - from);
}

}  // namespace

TEST_CASE("applicant erase: a rejected applicant's data is all erased now - verify green, totals unchanged") {
  Workspace ws = people();
  const std::string before = totals(ws);
  const Result r = ws.mp({"applicant", "erase", "MP-2026-2"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "Applicant 2 (MP-2026-0002): all personal data erased"));
  for (const char* label :
       {"e-mail address", "phone number", "description, outcome summary and lessons", "name", "IBAN"}) {
    CAPTURE(label);
    CHECK(contains(r.out, label));
  }
  CHECK(ws.sql("SELECT name || email || phone || iban || bic || salt FROM applicants WHERE id = 2").empty());
  CHECK(ws.sql("SELECT description FROM pilots WHERE id = 'MP-2026-0002'").empty());
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE match_key LIKE '%eero%'") == "0");
  // Nothing of Eero anywhere in the file's tables, the event that records the erasure included.
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE detail LIKE '%Eero%' OR detail LIKE '%eero@%'") == "0");
  CHECK(ws.sql("SELECT json_extract(detail, '$.reason') FROM events WHERE action = 'erase'") == "request");
  CHECK(ws.mp({"verify"}).code == 0);
  CHECK(totals(ws) == before);
  // Aino and Liisa are untouched.
  CHECK(ws.sql("SELECT COUNT(*) FROM applicants WHERE name <> '' AND email <> ''") == "2");
  CHECK(contains(ws.mp({"show", "MP-2026-2"}).out, "(erased) (resident)"));
}

TEST_CASE("applicant erase: no byte of the erased values is left in the ledger file or its WAL" * kLedgerFile) {
  Workspace ws = people();
  const auto file_text = [&] {
    std::string all;
    for (const char* name : {"minipilot.db", "minipilot.db-wal"})
      if (std::filesystem::exists(ws.dir() / name)) all += read_text(ws.dir() / name);
    return all;
  };
  REQUIRE(contains(file_text(), "Eeron saunailta"));
  REQUIRE(ws.mp({"applicant", "erase", "MP-2026-2"}).code == 0);
  const std::string bytes = file_text();
  for (const char* value :
       {"Eero Muu", "eero muu", "eero@example.fi", "+358 50 765 4321", "Eeron saunailta", "FI3715903000000776"}) {
    CAPTURE(value);
    CHECK_FALSE(contains(bytes, value));
  }
  CHECK(contains(bytes, "Aino Asukas"));  // the check can see names that are there
}

TEST_CASE(
    "applicant erase: a paid grant - contact details and free text go now, payee details are kept (exit 0, until when "
    "on stdout)") {
  // Issue 11: all that may be erased now is erased, so the command succeeded; what the law keeps is said on stdout.
  Workspace ws = people();
  const std::string before = totals(ws);
  const Result r = ws.mp({"applicant", "erase", "1"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "Applicant 1 (MP-2026-0001): erased what may be erased now"));
  CHECK(contains(r.out, "payee name, IBAN, BIC and business ID  paid in PB-2026-001 (Accounting Act)  2036-12-31"));
  CHECK(contains(r.out, "e-mail address"));
  CHECK(contains(r.out, "earlier e-mail addresses, phone numbers and descriptions"));
  CHECK(ws.sql("SELECT email || phone FROM applicants WHERE id = 1").empty());
  CHECK(ws.sql("SELECT old_value || new_value FROM applicant_changes WHERE applicant_id = 1").empty());
  CHECK(ws.sql("SELECT description FROM pilots WHERE id = 'MP-2026-0001'").empty());
  CHECK(ws.sql("SELECT name || ' ' || iban FROM applicants WHERE id = 1") == "Aino Asukas FI2112345600000785");
  CHECK(ws.sql("SELECT payee_name || ' ' || iban FROM payments") == "Aino Asukas FI2112345600000785");
  CHECK(ws.mp({"verify"}).code == 0);
  CHECK(totals(ws) == before);
  // Asked again: nothing more goes, nothing is recorded, the same answer.
  const std::string dump = ws.dump();
  const Result again = ws.mp({"applicant", "erase", "MP-2026-0001", "--format", "json"});
  CHECK(again.code == 0);
  CHECK(contains(again.out, "\"erased\": []"));
  CHECK(contains(again.out, "\"until\": \"2036-12-31\""));
  CHECK(contains(ws.mp({"applicant", "erase", "1"}).out, "nothing left to erase now"));
  CHECK(ws.dump() == dump);
  // The batch's files can still be written again, byte for byte.
  ws.env["MINIPILOT_USER"] = "pirjo";
  CHECK(ws.mp({"disburse", "export", "PB-2026-001", "--csv", "again.csv"}).code == 0);
}

TEST_CASE("applicant erase: an open application keeps name and bank details until it is withdrawn") {
  Workspace ws = people();
  const Result r = ws.mp({"applicant", "erase", "MP-2026-3"});
  CHECK(r.code == 0);
  CHECK(contains(
      r.out, "payee name, IBAN, BIC and business ID  MP-2026-0003 is submitted and not yet paid  while it is open"));
  CHECK(ws.sql("SELECT email FROM applicants WHERE id = 3").empty());
  CHECK(ws.sql("SELECT name FROM applicants WHERE id = 3") == "Liisa Lahti");
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"withdraw", "MP-2026-3"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  const Result after = ws.mp({"applicant", "erase", "MP-2026-3"});
  CHECK(after.code == 0);
  CHECK(ws.sql("SELECT name FROM applicants WHERE id = 3").empty());
  CHECK(ws.mp({"verify"}).code == 0);
  // The same person may apply again with the same idea: the erased one is no duplicate.
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"apply", "--title", "Uinti", "--applicant", "Liisa Lahti", "--type", "resident", "--area", "keskusta"})
            .code == 0);
}

TEST_CASE(
    "purge: nothing before the retention ends - after it the payee details, verify green, --dry-run writes nothing") {
  Workspace ws = people();
  const std::string before = totals(ws);
  ws.env["MINIPILOT_NOW"] = "2036-12-31T21:59:59Z";  // 23.59.59 in Helsinki
  const Result early = ws.mp({"purge", "--format", "json"});
  CHECK(early.code == 0);
  CHECK(contains(early.out, "\"count\": 0"));
  CHECK(contains(early.out, "\"through_year\": 2025"));
  ws.env["MINIPILOT_NOW"] = "2036-12-31T22:00:00Z";  // midnight in Helsinki
  const std::string dump = ws.dump();
  const Result dry = ws.mp({"purge", "--dry-run"});
  CHECK(dry.code == 0);
  CHECK(contains(dry.out, "Purge, dry run: would erase 2 applicants"));
  CHECK(contains(dry.out, "payee details paid in PB-2026-001"));
  CHECK_FALSE(contains(dry.out, "MP-2026-0003"));  // still open
  CHECK(ws.dump() == dump);
  const Result done = ws.mp({"purge"});
  CHECK(done.code == 0);
  CHECK(contains(done.out, "Purge: erased 2 applicants"));
  CHECK(ws.sql("SELECT payee_name || iban || bic || salt FROM payments").empty());
  CHECK(ws.sql("SELECT COUNT(*) FROM applicants WHERE name = '' AND iban = '' AND email = ''") == "2");
  CHECK(ws.sql("SELECT name FROM applicants WHERE id = 3") == "Liisa Lahti");
  CHECK(ws.mp({"verify"}).code == 0);
  CHECK(totals(ws) == before);
  CHECK(contains(ws.mp({"report", "payees"}).out, "(erased)"));
  CHECK(contains(ws.mp({"purge", "--format", "json"}).out, "\"count\": 0"));
  // A purged batch cannot be written again: it has no payees left.
  ws.env["MINIPILOT_USER"] = "pirjo";
  check_refused(ws, {"disburse", "export", "PB-2026-001", "--csv", "again.csv"}, 5,
                "the payee details of MP-2026-0001 were erased");
}

TEST_CASE("purge: [privacy] retention_years sets the retention") {
  Workspace ws = people("[privacy]\nretention_years = 1\n");
  ws.env["MINIPILOT_NOW"] = "2027-12-31T12:00:00Z";
  CHECK(contains(ws.mp({"purge"}).out, "erased 0 applicants"));
  ws.env["MINIPILOT_NOW"] = "2028-01-01T12:00:00Z";
  CHECK(contains(ws.mp({"purge"}).out, "erased 2 applicants"));
  const Result r = ws.mp({"applicant", "erase", "1"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "nothing left to erase now"));
}

TEST_CASE("verify: payee details written back after their erasure are named") {
  Workspace ws = people();
  ws.env["MINIPILOT_NOW"] = "2037-01-01T00:00:00Z";
  REQUIRE(ws.mp({"purge"}).code == 0);
  ws.sql("UPDATE payments SET iban = 'FI3715903000000776' WHERE pilot_id = 'MP-2026-0001'");
  ws.sql("UPDATE applicants SET name = 'Mallory' WHERE id = 2");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "MP-2026-0001 in PB-2026-001"));
  CHECK(contains(r.out, "erased the payment's payee details, but the ledger holds some again"));
  CHECK(contains(r.out, "MP-2026-0002 (applicant 2)"));
  CHECK(contains(r.out, "erased the payee's details, but the ledger holds some again"));
}

TEST_CASE("applicant erase and purge: wrong input and the wrong user are refused and nothing changes") {
  Workspace ws = people();
  check_refused(ws, {"applicant", "erase"}, 2, "person is required");
  check_refused(ws, {"applicant", "erase", "1", "2"}, 2, "");
  check_refused(ws, {"applicant", "erase", "kuka"}, 3,
                "'kuka' is not an applicant number, pilot id, e-mail, IBAN or business ID");
  check_refused(ws, {"applicant", "erase", "99"}, 4, "no applicant 99");
  check_refused(ws, {"applicant", "erase", "MP-2026-0042"}, 4, "no pilot MP-2026-0042");
  check_refused(ws, {"applicant", "erase", "--email", "aino@example.fi"}, 2, "--email");
  check_refused(ws, {"purge", "--dry-run=maybe"}, 2, "");
  check_refused(ws, {"purge", "now"}, 2, "now");
  ws.env["MINIPILOT_USER"] = "anna";  // an agent decides, but erasing a person is an admin's
  check_refused(ws, {"applicant", "erase", "2"}, 7, "anna may not");
  check_refused(ws, {"purge"}, 7, "anna may not");
  ws.env["MINIPILOT_USER"] = "pirjo";
  check_refused(ws, {"purge", "--dry-run"}, 7, "pirjo may not");
}

TEST_CASE("applicant erase: amended descriptions go at once, payee names with the payee details") {
  Workspace ws = people();
  // Liisa (submitted, open): her description's earlier value is free text, erased now.
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(
      ws.mp({"amend", "MP-2026-3", "--description", "Uintikoulu, kysy Liisalta", "--payee-name", "Leena Lahti"}).code ==
      0);
  REQUIRE(ws.mp({"amend", "MP-2026-3", "--description", "Uintikoulu rannalla"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  REQUIRE(ws.mp({"applicant", "erase", "MP-2026-3"}).code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM applicant_changes WHERE applicant_id = 3 AND field = 'description' "
               "AND (old_value <> '' OR new_value <> '')") == "0");
  CHECK(ws.sql("SELECT COUNT(*) FROM applicant_changes WHERE field = 'description'") == "2");
  // Her application is open: the payee name stays, with the name and IBAN, until it is closed.
  CHECK(ws.sql("SELECT payee_name FROM applicants WHERE id = 3") == "Leena Lahti");
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"withdraw", "MP-2026-3", "--reason", "peruttu"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  const Result r = ws.mp({"applicant", "erase", "MP-2026-3"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "payee name"));
  CHECK(ws.sql("SELECT payee_name || name FROM applicants WHERE id = 3").empty());
  CHECK(ws.sql(
            "SELECT COUNT(*) FROM applicant_changes WHERE applicant_id = 3 AND (old_value <> '' OR new_value <> '')") ==
        "0");
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE detail LIKE '%Leena%' OR detail LIKE '%Uintikoulu%'") == "0");
  CHECK(ws.mp({"verify"}).code == 0);
  // The erased record is closed for good: not filled in again.
  ws.env["MINIPILOT_USER"] = "anna";
  check_refused(ws, {"amend", "MP-2026-3", "--email", "liisa@example.fi"}, 5, "have been erased");
}

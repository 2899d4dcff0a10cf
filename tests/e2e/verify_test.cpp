// End-to-end tests of `minipilot verify`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("verify: a clean ledger passes, saying whether access control is on") {
  Workspace ws(kSingleUserConfig);
  ws.mp(application("A"));
  ws.mp({"approve", "MP-2026-0001"});
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "Ledger verified: no problems found"));
  CHECK(contains(r.out, "off (single-user"));
  const Result j = ws.mp({"verify", "--format", "json"});
  CHECK(contains(j.out, "\"ok\": true"));
  CHECK(contains(j.out, "\"access_control\": false"));
}

TEST_CASE("verify: a status changed behind the tool's back gives exit 9 and names the pilot") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.sql("UPDATE pilots SET status = 'rejected'");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "MP-2026-0001"));
  CHECK(contains(r.out, "status is rejected but its events say submitted"));
  CHECK(contains(r.err, "minipilot: error: verify found 1 problem"));
}

TEST_CASE("verify: a damaged file is exit 9, a missing ledger exit 4" * kLedgerFile) {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "minipilot.db", std::string(8192, 'x'));
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.err, "minipilot: error: "));
  std::filesystem::remove(ws.dir() / "minipilot.db");
  const Result missing = ws.mp({"verify"});
  CHECK(missing.code == 4);
  CHECK(contains(missing.err, "no ledger at"));
  CHECK(contains(missing.err, "hint: create one with 'minipilot init'"));
}

TEST_CASE("verify: a ledger from a newer minipilot is refused with exit 9 and left alone") {
  Workspace ws(kTeamConfig);
  ws.sql(ws.shared() ? "ALTER TABLE minipilot_ledger DISABLE TRIGGER minipilot_ledger_fixed; "
                       "UPDATE minipilot_ledger SET schema_version = 42"
                     : "PRAGMA user_version = 42");
  check_refused(ws, {"verify"}, 9, "schema version 42, newer than this minipilot");
  check_refused(ws, application("A"), 9, "newer than this minipilot");
}

TEST_CASE("verify: an amount changed in the file with sqlite3 is found - and the chain head is printed") {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  ws.mp(application("A"));
  ws.mp({"approve", "MP-2026-0001"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  const Result paid = ws.mp({"disburse", "--format", "json"});
  CHECK(contains(paid.out, "\"chain_head\": {\n    \"seq\": 4,"));
  const Result clean = ws.mp({"verify", "--format", "json"});
  CHECK(contains(clean.out, "\"seq\": 4"));
  CHECK(contains(ws.mp({"report"}).out, "Chain head: event 4 "));
  ws.sql("UPDATE payments SET amount_cents = 90000");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "its live payment is 90000 cents, its grant 50000 cents"));
}

TEST_CASE("verify: a summary tally edited behind the tool's back gives exit 9 and names the row") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"approve", "MP-2026-0001"});
  REQUIRE(ws.mp({"verify"}).code == 0);
  ws.sql("UPDATE tallies SET n = n + 2 WHERE status = 'approved'");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "2026 keskusta resident 2026-03 approved"));
  CHECK(
      contains(r.out, "the tallies count 3 pilots with 500.00 EUR of grants, the pilots themselves 1 with 500.00 EUR"));
}

TEST_CASE("verify: a dropped tally trigger is named at once, before any count drifts (exit 9)") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  REQUIRE(ws.mp({"verify"}).code == 0);
  ws.sql(drop_trigger(ws, "pilots_grant_month_update", "pilots"));
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "pilots_grant_month_update"));
  CHECK(contains(r.out, "the trigger that keeps the summary's counts is missing"));
}

TEST_CASE("verify: a dropped tally trigger shows at the next change - durations are recounted too") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.sql(drop_trigger(ws, "pilots_tally_update", "pilots"));
  ws.sql(drop_trigger(ws, "pilots_decision_time", "pilots"));
  ws.mp({"approve", "MP-2026-0001"});
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "2026 keskusta resident 2026-03 submitted"));
  CHECK(contains(r.out, "the durations count 0 pilots, the pilots themselves 1"));
}

namespace {
// Two pilots of different applicants, paid in PB-2026-001 by pirjo.
Workspace paid_ledger() {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  ws.mp(application("A", "Aino Maksettava"));
  ws.mp(application("B", "Eero Maksettava"));
  ws.mp({"approve", "MP-2026-1", "MP-2026-2"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  return ws;
}
}  // namespace

TEST_CASE("verify: a payee IBAN changed in the database file is named - for the payment and for the applicant") {
  Workspace ws = paid_ledger();
  REQUIRE(ws.mp({"verify"}).code == 0);
  // An amend through the tool commits to the new details: still clean. (A paid
  // pilot's account is not amended; the applicant's name still is.)
  REQUIRE(ws.mp({"amend", "MP-2026-2", "--applicant-name", "Eero Maksettava-Virta"}).code == 0);
  REQUIRE(ws.mp({"verify"}).code == 0);
  // Behind the tool's back: the paid payment's IBAN, and the applicant's for the next payment.
  ws.sql("UPDATE payments SET iban = 'FI3715903000000776' WHERE pilot_id = 'MP-2026-0001'");
  ws.sql("UPDATE applicants SET iban = 'DE89370400440532013000' WHERE name = 'Eero Maksettava-Virta'");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "MP-2026-0001 in PB-2026-001"));
  CHECK(contains(r.out, "the payment's payee name, IBAN or BIC differ from what event"));
  CHECK(contains(r.out, "MP-2026-0002 (applicant 2)"));
  CHECK(contains(r.out, "the payee's name, IBAN or BIC differ from what event"));
  CHECK(contains(r.err, "verify found 2 problems"));
}

TEST_CASE("verify: a payee name changed, or its salt removed, is named too") {
  Workspace ws = paid_ledger();
  ws.sql("UPDATE payments SET payee_name = 'Mallory' WHERE pilot_id = 'MP-2026-0002'");
  ws.sql("UPDATE applicants SET salt = '' WHERE name = 'Aino Maksettava'");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "MP-2026-0002 in PB-2026-001"));
  CHECK(contains(r.out, "the salt of the payee's details is gone"));
}

TEST_CASE("verify: a batch deleted from the database file is named") {
  Workspace ws = paid_ledger();
  // The foreign keys lifted as one would with sqlite3 or as PostgreSQL's owner (replica mode skips their triggers).
  ws.sql(std::string(ws.shared() ? "SET session_replication_role = replica;" : "PRAGMA foreign_keys = OFF;") +
         " DELETE FROM payments; DELETE FROM batches");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "PB-2026-001"));
  CHECK(contains(r.out, "records this batch, but the ledger has no such batch"));
  CHECK(contains(r.out, "it is disbursed but has no live payment"));
}

namespace {

// The chain head as `verify --format json` prints it: "SEQ:HASH".
std::string head_of(Workspace& ws) {
  const std::string j = ws.mp({"verify", "--format", "json"}).out;
  const size_t s = j.find("\"seq\": ") + 7, h = j.find("\"hash\": \"") + 9;
  return j.substr(s, j.find(',', s) - s) + ":" + j.substr(h, 64);
}

}  // namespace

TEST_CASE("verify --expect-head: an auditor's kept head catches a ledger put back to an older copy (issue 11)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  ws.keep_copy("old");
  REQUIRE(ws.mp(application("B")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  const std::string head = head_of(ws);
  REQUIRE(head.rfind("3:", 0) == 0);
  // The head as reports print it, and as SEQ:HASH, both hold.
  const Result ok = ws.mp({"verify", "--expect-head", head});
  CAPTURE(ok.err);
  CHECK(ok.code == 0);
  CHECK(contains(ok.out, "Ledger verified: no problems found"));
  CHECK(contains(ok.out, "the chain holds the expected head"));
  CHECK(contains(ok.out, "Expected head   event 3 " + head.substr(2) + "\n"));
  CHECK(ws.mp({"verify", "--expect-head", "event 3 " + head.substr(2)}).code == 0);
  // An earlier head still holds on the longer chain.
  CHECK(ws.mp({"verify", "--expect-head", "1:" + ws.sql("SELECT hash FROM events WHERE seq = 1")}).code == 0);
  // The ledger replaced by the earlier copy: every other check is green, the witness is not.
  ws.put_back("old");
  CHECK(ws.mp({"verify"}).code == 0);
  const Result cut = ws.mp({"verify", "--expect-head", head});
  CHECK(cut.code == 9);
  CHECK(contains(cut.out, "the ledger ends at event 1: its history was cut short, or it is an older copy"));
  CHECK(contains(cut.err, "minipilot: error: verify found 1 problem"));
  const Result json = ws.mp({"verify", "--expect-head", head, "--format", "json"});
  CHECK(contains(json.out, "\"expected_head\": {\n    \"seq\": 3,"));
  CHECK(contains(json.out, "\"chain_head\": {\n    \"seq\": 1,"));
}

TEST_CASE("verify --expect-head: a history rewritten with a valid chain of its own fails at the kept event") {
  Workspace a(kTeamConfig), b(kTeamConfig);
  REQUIRE(a.mp(application("A")).code == 0);
  REQUIRE(b.mp(application("A", "Joku Muu")).code == 0);  // another history of the same length
  const std::string head = head_of(a);
  a.replace_ledger_with(b);
  const Result r = a.mp({"verify", "--expect-head", head});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "the history was rewritten"));
}

TEST_CASE("verify: the chain head is never cut, even in an 80-column table") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  const std::string hash = ws.sql("SELECT hash FROM events WHERE seq = 1");
  ws.env["COLUMNS"] = "80";
  const Result r = ws.mp({"verify", "--expect-head", "1:" + hash});
  CHECK(contains(r.out, hash));
  for (size_t at = 0, end; (end = r.out.find('\n', at)) != std::string::npos; at = end + 1) CHECK(end - at <= 80);
  CHECK(contains(ws.mp({"report", "pilots"}).out, hash));
}

TEST_CASE("verify: a table dropped or a schema version set by hand is exit 9, not an internal error (issue 11)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  ws.sql("DROP TABLE tallies");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.err, ws.shared()
                            ? "minipilot: error: verify could not read the ledger: relation \"tallies\" does not exist"
                            : "minipilot: error: verify could not read the ledger: no such table: tallies"));
  // Every command, on either engine: the ledger was changed outside the tool (exit 9), not an internal error.
  const Result report = ws.mp({"report"});
  CHECK(report.code == 9);
  CHECK(contains(report.err, "minipilot: error: the ledger could not be read: "));
  CHECK(contains(report.err, "hint: run 'minipilot verify'; the ledger was changed outside minipilot"));
  Workspace old(kTeamConfig);
  old.sql(old.shared() ? "ALTER TABLE minipilot_ledger DISABLE TRIGGER minipilot_ledger_fixed; "
                         "UPDATE minipilot_ledger SET schema_version = 0"
                       : "PRAGMA user_version = 0");
  const Result m = old.mp({"report"});
  CHECK(m.code == 9);
  CHECK(contains(m.err, old.shared() ? "the ledger's schema version is 0, which no minipilot wrote on PostgreSQL"
                                     : "says it has schema version 0, but its tables do not match"));
}

TEST_CASE("verify: a decision number changed or removed behind the tool's back is named (issue 15)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(ws.mp(application("B")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"}).code == 0);
  CHECK(ws.mp({"verify"}).code == 0);
  ws.sql("UPDATE pilots SET decision_seq = 7 WHERE id = 'MP-2026-0001'");
  Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "its decision number is 2026/7 but its decision's event says 2026/1"));
  ws.sql("UPDATE pilots SET decision_seq = NULL WHERE id = 'MP-2026-0001'");
  r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "the pilot was decided but its decision has no number"));
}

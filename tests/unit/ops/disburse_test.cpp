// Tests of ops/disburse, ops/amend and ops/complete: what is paid, what is left out, and the undoing.
#include "minipilot/ops/disburse.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "minipilot/ops/amend.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/complete.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/summary.h"
#include "minipilot/store/batches.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Three approved pilots of keskusta (by anna); the second has no IBAN.
struct PayFixture : LedgerFixture {
  PayFixture() {
    config =
        parse_config(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n", dir / "minipilot.toml");
    for (int i = 1; i <= 3; ++i) {
      ApplicationInput in;
      in.title = "Idea " + std::to_string(i);
      in.applicant = "Hakija " + std::to_string(i);
      in.type = "resident";
      in.area = "keskusta";
      if (i != 2) in.iban = "FI21 1234 5600 0007 85";
      apply_one(ctx(), in);
    }
    approve(ctx(), {PilotId{2026, 1}, PilotId{2026, 2}, PilotId{2026, 3}}, "");
    act_as("pirjo");
  }
};

}  // namespace

TEST_CASE("disburse op: pays the payable in id order and names the pilot without an IBAN") {
  PayFixture f;
  const Disbursement d = disburse(f.ctx(), {}, true);
  REQUIRE(d.batch);
  CHECK(d.batch->id == "PB-2026-001");
  CHECK(d.batch->payments.size() == 2);
  CHECK(d.batch->payments[1].pilot_id == "MP-2026-0003");
  CHECK(d.batch->total() == Cents{100000});
  REQUIRE(d.left_out.size() == 1);
  CHECK(d.left_out[0].kind == ErrorKind::invalid);
  CHECK(d.batch->execution_date == "2026-03-02");  // the Monday after Sunday 1 March
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE status = 'disbursed'") == 2);
}

TEST_CASE("disburse op: a dry run records nothing and a limit caps the batch") {
  PayFixture f;
  DisburseOptions o;
  o.dry_run = true;
  CHECK(disburse(f.ctx(), o, false).batch->payments.size() == 2);
  CHECK(f.count("SELECT COUNT(*) FROM batches") == 0);
  o = {};
  o.limit = 1;
  CHECK(disburse(f.ctx(), o, false).batch->payments.size() == 1);
  CHECK(next_batch_id(f.store, 2026) == BatchId{2026, 2});
}

TEST_CASE("disburse op: four-eyes leaves out what the actor approved") {
  PayFixture f;
  f.act_as("root");
  ApplicationInput in;
  in.title = "Roots idea";
  in.applicant = "Hakija 9";
  in.type = "resident";
  in.area = "keskusta";
  in.iban = "FI21 1234 5600 0007 85";
  f.act_as("anna");
  const PilotId id = apply_one(f.ctx(), in);
  f.act_as("root");
  f.config.budget[2026] = Cents{1000000};
  approve(f.ctx(), {id}, "");
  const Disbursement d = disburse(f.ctx(), {}, false);
  REQUIRE(d.batch);
  CHECK(d.batch->payments.size() == 2);  // pilots 1 and 3; pilot 4 was approved by root
  bool four_eyes = false;
  for (const LeftOut& l : d.left_out)
    four_eyes = four_eyes || (l.pilot_id == "MP-2026-0004" && l.kind == ErrorKind::permission);
  CHECK(four_eyes);
}

TEST_CASE("disburse op: hold keeps a pilot out until release") {
  PayFixture f;
  hold(f.ctx(), PilotId{2026, 1}, "odottaa raporttia");
  Disbursement d = disburse(f.ctx(), {}, false);
  REQUIRE_FALSE(d.left_out.empty());
  CHECK(d.left_out[0].pilot_id == "MP-2026-0001");
  CHECK(d.left_out[0].why() == "on_hold");
  CHECK(std::count_if(d.left_out.begin(), d.left_out.end(), [](const LeftOut& l) { return l.why() == "on_hold"; }) ==
        1);
  CHECK(d.batch->payments.size() == 1);
  release(f.ctx(), PilotId{2026, 1});
  d = disburse(f.ctx(), {}, false);
  CHECK(d.batch->payments.front().pilot_id == "MP-2026-0001");
}

TEST_CASE("disburse op: return and void bring pilots back to approved exactly once") {
  PayFixture f;
  disburse(f.ctx(), {}, false);
  CHECK(return_payments(f.ctx(), {PilotId{2026, 1}}, "tili suljettu").front().batch_id == "PB-2026-001");
  CHECK(refusal([&] { return_payments(f.ctx(), {PilotId{2026, 1}}, "x"); }) == ErrorKind::conflict);
  void_batch(f.ctx(), BatchId{2026, 1}, "pankki hylkäsi");
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE status = 'approved'") == 3);
  CHECK(f.count("SELECT COUNT(*) FROM payments WHERE live = 1") == 0);
  CHECK(refusal([&] { void_batch(f.ctx(), BatchId{2026, 1}, "again"); }) == ErrorKind::conflict);
  CHECK(refusal([&] { void_batch(f.ctx(), BatchId{2026, 9}, "x"); }) == ErrorKind::not_found);
  CHECK(refusal([&] { void_batch(f.ctx(), BatchId{2026, 1}, " "); }) == ErrorKind::invalid);
}

TEST_CASE("amend op: a new IBAN makes the actor its setter and keeps the old value aside") {
  PayFixture f;
  f.act_as("root");
  CHECK(amend(f.ctx(), PilotId{2026, 2}, {{AmendField::iban, "FI37 1590 3000 0007 76"}}).front().changed);
  CHECK_FALSE(amend(f.ctx(), PilotId{2026, 2}, {{AmendField::iban, "FI3715903000000776"}}).front().changed);
  CHECK(f.ledger.db().execAndGet("SELECT iban_set_by FROM pilots WHERE seq = 2").getString() == "root");
  CHECK(f.count("SELECT COUNT(*) FROM applicant_changes") == 1);
  const Disbursement d = disburse(f.ctx(), {}, false);  // root approved none, but set pilot 2's IBAN
  REQUIRE(d.batch);
  CHECK(d.batch->payments.size() == 2);
  REQUIRE(d.left_out.size() == 1);
  CHECK(d.left_out[0].kind == ErrorKind::permission);
}

TEST_CASE("complete op: only a disbursed pilot, with a known outcome") {
  PayFixture f;
  disburse(f.ctx(), {}, false);
  f.act_as("anna");
  CHECK(refusal([&] { complete(f.ctx(), PilotId{2026, 1}, Outcome{"meh", {}, "", ""}); }) == ErrorKind::invalid);
  CHECK(refusal([&] { complete(f.ctx(), PilotId{2026, 2}, Outcome{"success", {}, "", ""}); }) == ErrorKind::conflict);
  complete(f.ctx(), PilotId{2026, 1}, Outcome{"failed", 3, "ei toiminut", "kokeile toisin"});
  CHECK(f.ledger.db().execAndGet("SELECT status || ' ' || outcome FROM pilots WHERE seq = 1").getString() ==
        "completed failed");
}

TEST_CASE("disburse op: the batch's waits are tallied for the summary once, and the trigger is back") {
  PayFixture f;
  f.clock = FixedClock{Timestamp{1772359200 + 3 * 86400}};  // three days after the applications
  disburse(f.ctx(), {}, false);
  CHECK(f.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'payments_time_insert'") == 1);
  CHECK(f.count("SELECT n FROM durations WHERE kind = 'payment' AND minutes = 3 * 1440") == 2);
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'payment'") == 2);
  // A returned payment leaves the count through the live-flag trigger.
  return_payments(f.ctx(), {PilotId{2026, 3}}, "tili suljettu");
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'payment'") == 1);
}

namespace {

// A waiting pilot as the store hands it over: valid, not held, approved by anna.
Payable waiting() {
  Payable p;
  p.pilot_id = "MP-2026-0001";
  p.payee_name = "Aino";
  p.iban = "FI2112345600000785";
  p.salt = "00";
  p.grant = Cents{50000};
  p.decided_by = "anna";
  p.iban_set_by = "anna";
  p.commitment = payee_commitment(p.salt, p.payee_name, p.iban, p.bic);
  return p;
}

}  // namespace

TEST_CASE("disburse rule: a valid, unheld pilot approved by someone else is paid, without SQL (issue 12)") {
  CHECK(judge_payable(waiting(), "pirjo", true).kind == PayVerdict::Kind::pay);
  Payable before_schema5 = waiting();
  before_schema5.commitment.clear();  // nothing recorded to compare with
  CHECK(judge_payable(before_schema5, "pirjo", true).kind == PayVerdict::Kind::pay);
}

TEST_CASE("disburse rule: changed details, a hold, a bad IBAN and four-eyes keep a pilot out, in that order") {
  Payable tampered = waiting();
  tampered.iban = "FI5810171000000122";
  tampered.hold_reason = "odottaa";
  PayVerdict v = judge_payable(tampered, "pirjo", true);
  CHECK(v.kind == PayVerdict::Kind::left_out);
  CHECK(v.error == ErrorKind::integrity);
  Payable held = waiting();
  held.hold_reason = "odottaa";
  v = judge_payable(held, "pirjo", true);
  CHECK(v.kind == PayVerdict::Kind::on_hold);
  CHECK(v.reason == "MP-2026-0001 is on hold: odottaa");
  Payable no_iban = waiting();
  no_iban.iban.clear();
  no_iban.commitment.clear();
  CHECK(judge_payable(no_iban, "pirjo", true).error == ErrorKind::invalid);
  v = judge_payable(waiting(), "anna", true);
  CHECK(v.error == ErrorKind::permission);
  CHECK(v.reason == "MP-2026-0001 was approved by anna: four-eyes");
  Payable set_by = waiting();
  set_by.decided_by = "ville";
  CHECK(judge_payable(set_by, "anna", true).reason == "MP-2026-0001's IBAN was last set by anna: four-eyes");
  CHECK(judge_payable(waiting(), "anna", false).kind == PayVerdict::Kind::pay);  // four-eyes off
}

TEST_CASE("summary op: money by month, paid_on and grant_months follow payment, return and void (issue 17)") {
  PayFixture f;  // approved on 1 March 2026 (the fixture's clock, 10.00 UTC)
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE approved_month = '2026-03'") == 3);
  DisburseOptions o;
  o.execution_date = Date{parse_date("2026-04-02").value};
  disburse(f.ctx(), o, true);
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE paid_on = '2026-04-02'") == 2);
  CHECK(f.count("SELECT grant_cents FROM grant_months WHERE approved_month = '2026-03' AND paid_month = '2026-04'") ==
        100000);
  CHECK(f.count("SELECT grant_cents FROM grant_months WHERE approved_month = '2026-03' AND paid_month = ''") == 50000);
  f.clock = FixedClock{parse_timestamp("2026-05-10T10:00:00Z").value};
  f.act_as("anna");
  const Summary s = build_summary(f.ctx(), SummaryFilter{2026, {}});
  REQUIRE(s.money_by_month.size() == 5);  // January to May
  CHECK(s.money_by_month[2].month == "2026-03");
  CHECK(s.money_by_month[2].committed == Cents{150000});
  CHECK(s.money_by_month[2].disbursed == Cents{0});
  CHECK(s.money_by_month[3].disbursed == Cents{100000});
  CHECK(s.money_by_month[4].committed_total == Cents{150000});
  CHECK(s.money_by_month[4].disbursed_total == Cents{100000});
  CHECK(s.committed_permille == 1000);  // 1,500 of 1,500
  CHECK(s.disbursed_permille == 667);   // 1,000 of 1,500, rounded half up
  CHECK(s.made_on == "2026-05-10");
  CHECK(s.period_to == "2026-05-10");
  // A returned payment is unpaid again: its month of payment goes.
  f.act_as("pirjo");
  return_payments(f.ctx(), {PilotId{2026, 1}}, "Tili suljettu");
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE paid_on IS NOT NULL") == 1);
  CHECK(f.count("SELECT grant_cents FROM grant_months WHERE paid_month = '2026-04'") == 50000);
  CHECK(build_summary(f.ctx(), SummaryFilter{2026, {}}).money_by_month[3].disbursed == Cents{50000});
  // A voided batch unpays the rest.
  void_batch(f.ctx(), BatchId{2026, 1}, "Väärä päivä");
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE paid_on IS NOT NULL") == 0);
  CHECK(f.count("SELECT COUNT(*) FROM grant_months WHERE paid_month <> '' AND n <> 0") == 0);
  CHECK(f.count("SELECT grant_cents FROM grant_months WHERE paid_month = ''") == 150000);
  // A past year shows all twelve months.
  CHECK(build_summary(f.ctx(), SummaryFilter{2025, {}}).money_by_month.size() == 12);
}

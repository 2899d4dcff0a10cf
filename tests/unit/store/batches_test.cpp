// Tests of store/batches against a temporary SQLite ledger: what waits, a batch and its undoing, the payee totals.
#include "minipilot/store/batches.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Two approved pilots waiting for payment.
struct BatchFixture : LedgerFixture {
  BatchFixture() {
    for (const char* name : {"Aino", "Eino"}) {
      ApplicationInput in = application(name);
      in.iban = "FI21 1234 5600 0007 85";
      apply_one(ctx(), in);
    }
    approve(ctx(), {PilotId{2026, 1}, PilotId{2026, 2}}, "");
  }

  BatchView batch_of(const std::vector<Payable>& paid) {
    BatchView b;
    b.state = "exported";
    b.id = "PB-2026-001";
    b.execution_date = "2026-03-03";
    b.created_at = "2026-03-01T10:00:00Z";
    b.created_by = "pirjo";
    b.sepa_version = "09";
    for (const Payable& p : paid)
      b.payments.push_back({p.pilot_id, p.payee_name, p.iban, p.bic, p.grant, "Minipilotti", "sent", "", "", p.salt});
    return b;
  }

  std::vector<Payable> payable(const std::string& area = "") {
    std::vector<Payable> out;
    for_each_payable(store, area, [&](Payable&& p) { out.push_back(std::move(p)); });
    return out;
  }
};

}  // namespace

TEST_CASE("store batches: the approved pilots wait in id order with their payee and its commitment") {
  BatchFixture f;
  CHECK(count_payable(f.store, "") == 2);
  CHECK(count_payable(f.store, "jukola") == 0);
  const std::vector<Payable> p = f.payable();
  REQUIRE(p.size() == 2);
  CHECK(p[0].pilot_id == "MP-2026-0001");
  CHECK(p[1].payee_name == "Eino");
  CHECK(p[0].grant == Cents{50000});
  CHECK(p[0].decided_by == "anna");
  CHECK(p[0].commitment.size() == 64);
  CHECK(f.payable("jukola").empty());
}

TEST_CASE("store batches: a batch is stored with its payments, and its pilots become disbursed") {
  BatchFixture f;
  Transaction t = f.store.write(f.clock);
  CHECK(next_batch_id(f.store, 2026) == BatchId{2026, 1});
  const BatchView b = f.batch_of(f.payable());
  insert_batch(f.store, b, BatchId{2026, 1});
  CHECK(mark_disbursed(f.store, b.id) == 2);
  CHECK(next_batch_id(f.store, 2026) == BatchId{2026, 2});
  const BatchView read = find_batch(f.store, BatchId{2026, 1});
  CHECK(read.state == "exported");
  CHECK(read.created_by == "pirjo");
  REQUIRE(read.payments.size() == 2);
  CHECK(read.payments[1].payee_name == "Eino");
  CHECK(read.total() == Cents{100000});
  CHECK(live_payment_batch(f.store, "MP-2026-0001") == "PB-2026-001");
  CHECK(find_batches(f.store, 2026).size() == 1);
  CHECK(find_batches(f.store, 2025).empty());
  CHECK(refusal([&] { find_batch(f.store, BatchId{2026, 2}); }) == ErrorKind::not_found);
}

TEST_CASE("store batches: a returned payment and a voided batch stop being live, and leave the payee totals") {
  BatchFixture f;
  Transaction t = f.store.write(f.clock);
  insert_batch(f.store, f.batch_of(f.payable()), BatchId{2026, 1});
  mark_disbursed(f.store, "PB-2026-001");
  std::vector<PayeeTotal> totals = find_payee_totals(f.store, 2026);
  REQUIRE(totals.size() == 2);
  CHECK(totals[0].payee_name == "Aino");
  CHECK(totals[0].total == Cents{50000});
  CHECK(mark_unpaid(f.store, "MP-2026-0001"));
  CHECK_FALSE(mark_unpaid(f.store, "MP-2026-0001"));  // approved now, not disbursed
  record_return(f.store, "PB-2026-001", "MP-2026-0001", "2026-03-05T10:00:00Z", "pirjo", "tili suljettu", "AC04");
  CHECK_FALSE(live_payment_batch(f.store, "MP-2026-0001"));
  CHECK(find_payee_totals(f.store, 0).size() == 1);
  record_void(f.store, "PB-2026-001", "2026-03-05T11:00:00Z", "pirjo", "pankki hylkäsi");
  CHECK(find_batch(f.store, BatchId{2026, 1}).state == "voided");
  CHECK(find_payee_totals(f.store, 0).empty());
}

// Tests of ops/decide: approve, reject, withdraw; budget; areas; all or none.
#include "minipilot/ops/decide.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "minipilot/store/pilots.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

PilotId submit(LedgerFixture& f, const std::string& title, const std::string& area = "keskusta") {
  ApplicationInput in;
  in.title = title;
  in.applicant = "Hakija " + title;
  in.type = "resident";
  in.area = area;
  return apply_one(f.ctx(), in);
}

std::string status(LedgerFixture& f, PilotId id) {
  SQLite::Statement q(f.ledger.db(), "SELECT status FROM pilots WHERE id = ?");
  q.bind(1, format_pilot_id(id));
  q.executeStep();
  return q.getColumn(0).getString();
}

}  // namespace

TEST_CASE("approve: fixes the grant on the pilot and records who and when") {
  LedgerFixture f;
  const PilotId id = submit(f, "A");
  approve(f.ctx(), {id}, "hyvä");
  CHECK(status(f, id) == "approved");
  CHECK(f.count("SELECT grant_cents FROM pilots") == 50000);
  CHECK(f.count("SELECT approved_year FROM pilots") == 2026);
  CHECK(f.ledger.db().execAndGet("SELECT decided_by FROM pilots").getString() == "anna");
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'approve'") == 1);
}

TEST_CASE("approve: a later change of grant_amount does not change an approved grant") {
  LedgerFixture f;
  const PilotId a = submit(f, "A"), b = submit(f, "B");
  approve(f.ctx(), {a}, "");
  f.config.grant_amount = Cents{40000};
  approve(f.ctx(), {b}, "");
  CHECK(f.count("SELECT grant_cents FROM pilots WHERE id = 'MP-2026-0001'") == 50000);
  CHECK(f.count("SELECT grant_cents FROM pilots WHERE id = 'MP-2026-0002'") == 40000);
}

TEST_CASE("approve: the budget is enforced: 1500.00 holds three grants, not four") {
  LedgerFixture f;
  std::vector<PilotId> ids;
  for (const char* t : {"A", "B", "C", "D"}) ids.push_back(submit(f, t));
  CHECK(refusal([&] { approve(f.ctx(), ids, ""); }) == ErrorKind::budget);
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE status = 'approved'") == 0);
  approve(f.ctx(), {ids[0], ids[1], ids[2]}, "");
  CHECK(committed_in_year(f.store, 2026) == Cents{150000});
  CHECK(refusal([&] { approve(f.ctx(), {ids[3]}, ""); }) == ErrorKind::budget);
  withdraw(f.ctx(), {ids[0]}, "muutti pois");
  CHECK(committed_in_year(f.store, 2026) == Cents{100000});
  approve(f.ctx(), {ids[3]}, "");
  CHECK(status(f, ids[3]) == "approved");
}

TEST_CASE("approve: a year without a budget approves nothing") {
  LedgerFixture f;
  const PilotId id = submit(f, "A");
  f.clock = FixedClock{Timestamp{1772359200 + 365 * 86400}};
  CHECK(refusal([&] { approve(f.ctx(), {id}, ""); }) == ErrorKind::budget);
}

TEST_CASE("approve: several ids are all done or none is") {
  LedgerFixture f;
  const PilotId a = submit(f, "A"), b = submit(f, "B");
  reject(f.ctx(), {b}, "ei");
  CHECK(refusal([&] { approve(f.ctx(), {a, b}, ""); }) == ErrorKind::conflict);
  CHECK(status(f, a) == "submitted");
  CHECK(refusal([&] { approve(f.ctx(), {a, PilotId{2026, 99}}, ""); }) == ErrorKind::not_found);
  CHECK(status(f, a) == "submitted");
}

TEST_CASE("approve: only an agent of the pilot's area may decide") {
  LedgerFixture f;
  const PilotId id = submit(f, "A", "jukola");
  CHECK(refusal([&] { approve(f.ctx(), {id}, ""); }) == ErrorKind::permission);
  f.act_as("tarja");
  CHECK(refusal([&] { approve(f.ctx(), {id}, ""); }) == ErrorKind::permission);
  f.act_as("ville");
  approve(f.ctx(), {id}, "");
  CHECK(status(f, id) == "approved");
}

TEST_CASE("reject: needs a reason and only takes submitted applications") {
  LedgerFixture f;
  const PilotId id = submit(f, "A");
  CHECK(refusal([&] { reject(f.ctx(), {id}, "  "); }) == ErrorKind::invalid);
  reject(f.ctx(), {id}, "ei sovi ohjelmaan");
  CHECK(status(f, id) == "rejected");
  CHECK(refusal([&] { reject(f.ctx(), {id}, "taas"); }) == ErrorKind::conflict);
  CHECK(refusal([&] { approve(f.ctx(), {id}, ""); }) == ErrorKind::conflict);
}

TEST_CASE("reject: a rejected idea may be sent again") {
  LedgerFixture f;
  reject(f.ctx(), {submit(f, "A")}, "ei");
  CHECK(format_pilot_id(submit(f, "A")) == "MP-2026-0002");
}

TEST_CASE("withdraw: from submitted or approved, not twice") {
  LedgerFixture f;
  const PilotId a = submit(f, "A"), b = submit(f, "B");
  approve(f.ctx(), {b}, "");
  withdraw(f.ctx(), {a, b}, "");
  CHECK(status(f, a) == "withdrawn");
  CHECK(status(f, b) == "withdrawn");
  CHECK(refusal([&] { withdraw(f.ctx(), {a}, ""); }) == ErrorKind::conflict);
}

TEST_CASE("ids: malformed and repeated ids are invalid input") {
  CHECK(refusal([] { parse_pilot_ids({"MP-2026-0001", "mp-2026-1"}); }) == ErrorKind::invalid);
  CHECK(refusal([] { parse_pilot_ids({"2026-0001"}); }) == ErrorKind::invalid);
  CHECK(refusal([] { parse_pilot_ids({}); }) == ErrorKind::invalid);
  CHECK(parse_pilot_ids({"MP-2026-0002", "MP-2026-0001"}).front() == PilotId{2026, 2});
}

TEST_CASE("budget rule: approving within the year's budget passes, past it or without one is refused (issue 12)") {
  const std::map<int, Cents> budgets{{2026, Cents{150000}}};
  CHECK_NOTHROW(check_budget(budgets, 2026, Cents{100000}, Cents{50000}, 1, "MP-2026-0003"));
  CHECK(refusal([&] { check_budget(budgets, 2026, Cents{100000}, Cents{50000}, 2, "2 pilots"); }) == ErrorKind::budget);
  CHECK(refusal([&] { check_budget(budgets, 2027, Cents{0}, Cents{50000}, 1, "MP-2027-0001"); }) == ErrorKind::budget);
  try {
    check_budget(budgets, 2026, Cents{100000}, Cents{50000}, 2, "2 pilots");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "approving 2 pilots would commit 2000.00 EUR of the 2026 budget of 1500.00 EUR (1000.00 EUR committed "
          "already)");
    CHECK(e.hint() == "500.00 EUR remains");
  }
}

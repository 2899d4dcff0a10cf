// Tests of store/pilots against a temporary SQLite ledger: states, decisions, holds, keys, outcomes, the budget.
#include "minipilot/store/pilots.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "minipilot/store/amendments.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Two submitted pilots of keskusta.
struct PilotsFixture : LedgerFixture {
  PilotsFixture() {
    for (const char* name : {"Aino", "Eino"}) {
      ApplicationInput in = application(name);
      apply_one(ctx(), in);
    }
  }
  std::string text(const std::string& sql) { return ledger.db().execAndGet(sql).getString(); }
  void exec(const std::string& sql) { ledger.db().exec(sql); }
};

}  // namespace

TEST_CASE("store pilots: the lookup reads a pilot's state and says when there is none") {
  PilotsFixture f;
  PilotLookup lookup(f.store);
  const std::optional<PilotState> p = lookup.find("MP-2026-0002");
  REQUIRE(p);
  CHECK(p->area == "keskusta");
  CHECK(p->status == Status::submitted);
  CHECK(p->applicant_id == 2);
  CHECK_FALSE(p->hold_reason);
  CHECK_FALSE(lookup.find("MP-2026-0009"));
  CHECK(refusal([&] { lookup.get("MP-2026-0009"); }) == ErrorKind::not_found);
  CHECK(refusal([&] { require_pilot(f.store, "MP-2025-0001"); }) == ErrorKind::not_found);
}

TEST_CASE("store pilots: a decision moves every id at once, and a missing id refuses the whole update") {
  PilotsFixture f;
  {
    Transaction t = f.store.write(f.clock);
    record_decision(f.store, {"MP-2026-0001", "MP-2026-0002"},
                    {Action::approve, "2026-03-01T10:00:00Z", "anna", "hyvä", 50000, 2026, "", "2026-03"});
    t.commit();
  }
  CHECK(f.text("SELECT group_concat(status || ' ' || grant_cents || ' ' || approved_year, ',') FROM pilots") ==
        "approved 50000 2026,approved 50000 2026");
  CHECK(committed_in_year(f.store, 2026) == Cents{100000});
  CHECK(committed_in_year(f.store, 2027) == Cents{0});
  Transaction t = f.store.write(f.clock);
  CHECK(refusal([&] {
          record_decision(f.store, {"MP-2026-0001", "MP-2026-0009"},
                          {Action::withdraw, "2026-03-01T10:00:00Z", "anna", "", 0, 0, "", ""});
        }) == ErrorKind::internal);
}

TEST_CASE("store pilots: approvals and rejections share one decision sequence per year, in the order of the ids") {
  PilotsFixture f;
  Transaction t = f.store.write(f.clock);
  const std::vector<DecisionNumber> approved =
      record_decision(f.store, {"MP-2026-0002", "MP-2026-0001"},
                      {Action::approve, "2026-03-01T10:00:00Z", "anna", "", 50000, 2026, "", "2026-03"});
  CHECK(approved == std::vector<DecisionNumber>{{2026, 1}, {2026, 2}});
  CHECK(f.text("SELECT group_concat(id || '=' || decision_year || '/' || decision_seq, ',') FROM "
               "(SELECT * FROM pilots WHERE decision_seq IS NOT NULL ORDER BY id)") ==
        "MP-2026-0001=2026/2,MP-2026-0002=2026/1");
  // A withdrawal is not a decision of the city: no number, and the approval keeps its own.
  CHECK(record_decision(f.store, {"MP-2026-0002"},
                        {Action::withdraw, "2026-03-02T10:00:00Z", "anna", "", 0, 2026, "", ""})
            .empty());
  CHECK(f.text("SELECT decision_seq FROM pilots WHERE seq = 2") == "1");
  f.exec(
      "UPDATE pilots SET status = 'submitted', decided_at = NULL, decided_by = NULL, grant_cents = NULL, "
      "approved_year = NULL, decision_year = NULL, decision_seq = NULL WHERE seq = 1");
  const std::vector<DecisionNumber> rejected = record_decision(
      f.store, {"MP-2026-0001"}, {Action::reject, "2026-03-03T10:00:00Z", "anna", "ei", 0, 2026, "duplicate", ""});
  CHECK(rejected == std::vector<DecisionNumber>{{2026, 2}});  // 2026/2 was freed above; max + 1 again
  CHECK(f.text("SELECT reject_code FROM pilots WHERE seq = 1") == "duplicate");
  f.exec(
      "UPDATE pilots SET status = 'submitted', decided_at = NULL, decided_by = NULL, reject_code = '', "
      "decision_year = NULL, decision_seq = NULL WHERE seq = 1");
  CHECK(record_decision(f.store, {"MP-2026-0001"},
                        {Action::reject, "2027-01-02T10:00:00Z", "anna", "ei", 0, 2027, "", ""}) ==
        std::vector<DecisionNumber>{{2027, 1}});
}

TEST_CASE("store pilots: a hold is set and taken off, and who set the IBAN is remembered") {
  PilotsFixture f;
  Transaction t = f.store.write(f.clock);
  set_hold(f.store, "MP-2026-0001", std::string("odottaa kuittia"));
  CHECK(PilotLookup(f.store).get("MP-2026-0001").hold_reason == "odottaa kuittia");
  set_hold(f.store, "MP-2026-0001", std::nullopt);
  CHECK_FALSE(PilotLookup(f.store).get("MP-2026-0001").hold_reason);
  set_iban_set_by(f.store, "MP-2026-0002", "pirjo");
  CHECK(f.text("SELECT iban_set_by FROM pilots WHERE seq = 2") == "pirjo");
}

TEST_CASE("store pilots: a new name in the duplicate key is refused when a live pilot has that key") {
  PilotsFixture f;
  Transaction t = f.store.write(f.clock);
  CHECK_FALSE(rename_match_key(f.store, "MP-2026-0002", "aino"));  // Aino's "Idea" is live
  CHECK(rename_match_key(f.store, "MP-2026-0002", "eino virtanen"));
  CHECK(f.text("SELECT substr(match_key, 1, 13) FROM pilots WHERE seq = 2") == "eino virtanen");
}

TEST_CASE("store pilots: an outcome completes the pilot with its figures") {
  PilotsFixture f;
  Transaction t = f.store.write(f.clock);
  record_decision(f.store, {"MP-2026-0001"},
                  {Action::approve, "2026-03-01T10:00:00Z", "anna", "", 50000, 2026, "", "2026-03"});
  record_outcome(f.store, "MP-2026-0001", {"partial", 12, "kesken", "opittiin", "2026-03-01T10:00:00Z"});
  CHECK(f.text("SELECT status || ' ' || outcome || ' ' || participants || ' ' || lessons FROM pilots WHERE seq = 1") ==
        "completed partial 12 opittiin");
  const PilotView v = find_pilot(f.store, PilotId{2026, 1});
  CHECK(v.outcome == "partial");
  CHECK(v.participants == 12);
  CHECK(v.applicant.name == "Aino");
  CHECK(refusal([&] { find_pilot(f.store, PilotId{2026, 9}); }) == ErrorKind::not_found);
}

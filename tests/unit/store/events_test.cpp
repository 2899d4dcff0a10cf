// Tests of store/events against a temporary SQLite ledger: appending, the head, and reading back by filter.
#include "minipilot/store/events.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Event 1 applies MP-2026-0001; events 2 to 4 are appended here, a day apart.
void append_three(LedgerFixture& f) {
  ApplicationInput in = application("Aino");
  apply_one(f.ctx(), in);
  Transaction t = f.store.write(FixedClock(Timestamp{1772359200}));
  EventLog log(f.store);
  log.append(Timestamp{1772359200}, "anna", EventAction::hold, "MP-2026-0001", hold_detail("odottaa"));
  log.append(Timestamp{1772445600}, "pirjo", EventAction::batch, "",
             batch_detail("PB-2026-001", 1, 50000, "2026-03-03"));
  log.append(Timestamp{1772532000}, "anna", EventAction::release, "MP-2026-0001", hold_detail("odottaa"));
  t.commit();
}

}  // namespace

TEST_CASE("store events: an empty ledger's head is the genesis, and each append moves it") {
  LedgerFixture f;
  CHECK(chain_head(f.store).seq == 0);
  CHECK(chain_head(f.store).hash == std::string(kGenesisHash));
  append_three(f);
  const ChainHead head = chain_head(f.store);
  CHECK(head.seq == 4);
  CHECK(head.hash.size() == 64);
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'release'") == 1);
}

TEST_CASE("store events: the filter keeps a pilot's, an actor's, an action's, a batch's and a period's events") {
  LedgerFixture f;
  append_three(f);
  const auto seqs = [&](const LogFilter& filter) {
    std::vector<int64_t> out;
    for (const EventRow& r : find_events(f.store, filter)) out.push_back(r.event.seq);
    return out;
  };
  CHECK(seqs({}) == std::vector<int64_t>{1, 2, 3, 4});
  CHECK(seqs({"MP-2026-0001", "", "", "", {}, {}, {}}) == std::vector<int64_t>{1, 2, 4});
  CHECK(seqs({"", "", "pirjo", "", {}, {}, {}}) == std::vector<int64_t>{3});
  CHECK(seqs({"", "", "", "release", {}, {}, {}}) == std::vector<int64_t>{4});
  CHECK(seqs({"", "PB-2026-001", "", "", {}, {}, {}}) == std::vector<int64_t>{3});
  const Date march2 = parse_date("2026-03-02").value;
  CHECK(seqs({"", "", "", "", march2, march2, {}}) == std::vector<int64_t>{3});
  CHECK(seqs({"", "", "", "", march2, {}, {}}) == std::vector<int64_t>{3, 4});
}

TEST_CASE("store events: a row carries the detail's values that say what it changed") {
  LedgerFixture f;
  append_three(f);
  const std::vector<EventRow> rows = find_events(f.store, LogFilter{"", "", "", "batch", {}, {}, {}});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].batch_id == "PB-2026-001");
  CHECK(rows[0].amount_cents == 50000);
  CHECK(rows[0].payments == "1");
  CHECK(rows[0].execution_date == "2026-03-03");
  CHECK(rows[0].event.pilot_id.empty());
}

// Tests of store/tallies against a temporary SQLite ledger: the summary's figures as the triggers keep them.
#include "minipilot/store/tallies.h"

#include <doctest/doctest.h>

#include "minipilot/domain/status.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Three applications: two of keskusta (one approved), one of jukola (rejected).
struct TallyFixture : LedgerFixture {
  TallyFixture() {
    const char* areas[] = {"keskusta", "keskusta", "jukola"};
    for (int i = 0; i < 3; ++i) {
      ApplicationInput in;
      in.title = "Idea";
      in.applicant = "Hakija " + std::to_string(i);
      in.type = i == 2 ? "company" : "resident";
      in.business_id = i == 2 ? "1572860-0" : "";
      in.area = areas[i];
      apply_one(ctx(), in);
    }
    approve(ctx(), {PilotId{2026, 1}}, "");
    act_as("ville");
    reject(ctx(), {PilotId{2026, 3}}, "ei rahoitusta");
    act_as("anna");
  }
};

}  // namespace

TEST_CASE("store tallies: statuses, grants and areas of a year") {
  TallyFixture f;
  const auto counts = status_counts(f.store, 2026, {});
  CHECK(counts[static_cast<size_t>(Status::submitted)] == 1);
  CHECK(counts[static_cast<size_t>(Status::approved)] == 1);
  CHECK(counts[static_cast<size_t>(Status::rejected)] == 1);
  CHECK(status_counts(f.store, 2026, {"jukola"})[static_cast<size_t>(Status::rejected)] == 1);
  CHECK(status_counts(f.store, 2025, {}) == std::array<int64_t, 6>{});
  // Several areas at once (issue 14): every pilot of either.
  const auto both = status_counts(f.store, 2026, {"keskusta", "jukola"});
  CHECK(both == counts);
  CHECK(area_tallies(f.store, 2026, {"jukola", "kalliola"}).size() == 1);
  CHECK(grant_totals(f.store, 2026).committed == Cents{50000});
  CHECK(grant_totals(f.store, 2026).disbursed == Cents{0});
  const std::vector<AreaSummary> areas = area_tallies(f.store, 2026, {});
  REQUIRE(areas.size() == 2);
  CHECK(areas[0].area == "jukola");
  CHECK(areas[1].applications == 2);
  CHECK(areas[1].approved == 1);
}

TEST_CASE("store tallies: types, months, outcomes and decision times") {
  TallyFixture f;
  int64_t companies = 0;
  for (const auto& [type, row] : type_tallies(f.store, 2026, {}))
    if (type == "company") companies = row.applications;
  CHECK(companies == 1);
  const std::vector<MonthSummary> months = month_tallies(f.store, 2026, {});
  REQUIRE(months.size() == 1);
  CHECK(months[0].month == "2026-03");
  CHECK(months[0].rejected == 1);
  CHECK(outcome_tallies(f.store, 2026, {}).empty());
  const auto decisions = duration_counts(f.store, 2026, {}, "decision");
  int64_t decided = 0;
  for (const auto& [seconds, n] : decisions) decided += n;
  CHECK(decided == 2);
  CHECK(duration_counts(f.store, 2026, {}, "payment").empty());
}

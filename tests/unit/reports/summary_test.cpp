// Tests of reports/summary: the median over counted values, the day figures, a year's budget; and whose areas.
#include "minipilot/reports/summary.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/access.h"
#include "unit/fixture.h"

using namespace minipilot;

TEST_CASE("summary: the median of counted values, odd and even totals, empty") {
  using V = std::vector<std::pair<int64_t, int64_t>>;
  CHECK_FALSE(median_of_counts(V{}).has_value());
  CHECK_FALSE(median_of_counts(V{{5, 0}}).has_value());
  CHECK(median_of_counts(V{{7, 1}}) == 7);
  CHECK(median_of_counts(V{{1, 1}, {2, 1}, {10, 1}}) == 2);
  CHECK(median_of_counts(V{{1, 2}, {10, 2}}) == 5);          // (1 + 10) / 2, rounded down
  CHECK(median_of_counts(V{{1, 3}, {4, 0}, {10, 2}}) == 1);  // 1 1 1 10 10
  CHECK(median_of_counts(V{{1, 1}, {3, -1}, {9, 1}}) == 5);  // negative counts are skipped
}

TEST_CASE("summary: seconds read as days with one decimal, rounded half up") {
  CHECK(days_text(0) == "0.0");
  CHECK(days_text(86400) == "1.0");
  CHECK(days_text(86400 * 35) == "35.0");
  CHECK(days_text(4320) == "0.1");  // 0.05 days rounds up
  CHECK(days_text(4319) == "0.0");
}

TEST_CASE("summary: a year's budget, what is committed, and how many more grants it allows (issue 14)") {
  test::LedgerFixture f;  // 1,500.00 € for 2026, grants of 500.00 €
  apply_one(f.ctx(), test::application("Hakija 1"));
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  const YearBudget b = year_budget(f.ctx(), 2026);
  CHECK(b.year == 2026);
  CHECK(b.budget == Cents{150000});
  CHECK(b.committed == Cents{50000});
  CHECK(b.remaining == Cents{100000});
  CHECK(b.grants_left == 2);
  f.config.grant_amount = Cents{40000};
  CHECK(year_budget(f.ctx(), 2026).grants_left == 2);  // 1,000 € pays two of 400 €, not 2.5
  f.config.budget[2026] = Cents{30000};                // the budget cut below what is committed
  CHECK(year_budget(f.ctx(), 2026).remaining == Cents{-20000});
  CHECK(year_budget(f.ctx(), 2026).grants_left == 0);
  const YearBudget none = year_budget(f.ctx(), 2027);
  CHECK_FALSE(none.budget.has_value());
  CHECK(none.grants_left == 0);
  // The summary counts the same money.
  CHECK(build_summary(f.ctx(), SummaryFilter{2026, {}}).remaining == Cents{-20000});
}

TEST_CASE("reports: --mine is the areas that list the acting user, and refused where nobody has areas (issue 14)") {
  test::LedgerFixture f;  // anna is keskusta's agent, ville jukola's, pirjo is finance
  CHECK(my_areas(f.ctx()) == std::vector<std::string>{"keskusta"});
  f.config.areas[1].agents.push_back("anna");
  CHECK(my_areas(f.ctx()) == std::vector<std::string>{"keskusta", "jukola"});
  f.act_as("pirjo");
  CHECK(test::refusal([&] { my_areas(f.ctx()); }) == ErrorKind::not_found);
  f.actor = resolve_actor({}, "anna");  // single-user: access control off
  CHECK(test::refusal([&] { my_areas(f.ctx()); }) == ErrorKind::usage);
}

TEST_CASE("summary: a highlight is cut at a word to the limit, on one line, with an ellipsis (issue 17)") {
  CHECK(excerpt("Lyhyt oppi.", 200) == "Lyhyt oppi.");
  CHECK(excerpt("Rivi yksi\n\nrivi  kaksi ", 200) == "Rivi yksi rivi kaksi");
  CHECK(excerpt("yksi kaksi kolme neljä", 12) == "yksi kaksi…");
  CHECK(excerpt("yksi, kaksi kolme", 7) == "yksi…");  // no comma before the ellipsis
  CHECK(excerpt("ääääääääää", 5) == "ääää…");         // one long word: cut inside it, never inside a letter
  CHECK(excerpt("", 5).empty());
}

TEST_CASE("summary: per mille as a percent with one decimal") {
  CHECK(permille_text(0) == "0.0");
  CHECK(permille_text(333) == "33.3");
  CHECK(permille_text(1000) == "100.0");
  CHECK(permille_text(-25) == "-2.5");
}

// Tests of reports/summary: the median over counted values and the day figures.
#include "minipilot/reports/summary.h"

#include <doctest/doctest.h>

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

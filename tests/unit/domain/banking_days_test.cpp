// Tests of domain/banking_days: weekends and TARGET2 holidays.
#include "minipilot/domain/banking_days.h"

#include <doctest/doctest.h>

using namespace minipilot;

namespace {
Date d(const char* text) { return parse_date(text).value; }
}  // namespace

TEST_CASE("banking days: weekends are not banking days") {
  CHECK(is_banking_day(d("2026-03-02")));        // Monday
  CHECK_FALSE(is_banking_day(d("2026-03-07")));  // Saturday
  CHECK_FALSE(is_banking_day(d("2026-03-08")));  // Sunday
  CHECK(next_banking_day(d("2026-03-06")) == d("2026-03-09"));
}

TEST_CASE("banking days: New Year, Good Friday, Easter Monday, 1 May and Christmas are closed") {
  CHECK_FALSE(is_banking_day(d("2026-01-01")));
  CHECK_FALSE(is_banking_day(d("2026-04-03")));  // Good Friday 2026
  CHECK_FALSE(is_banking_day(d("2026-04-06")));  // Easter Monday 2026
  CHECK_FALSE(is_banking_day(d("2027-03-26")));  // Good Friday 2027
  CHECK_FALSE(is_banking_day(d("2026-05-01")));
  CHECK_FALSE(is_banking_day(d("2026-12-25")));
  CHECK(is_banking_day(d("2026-12-28")));  // the Monday after Christmas is open
  CHECK(next_banking_day(d("2026-04-02")) == d("2026-04-07"));
  CHECK(next_banking_day(d("2026-12-24")) == d("2026-12-28"));
}

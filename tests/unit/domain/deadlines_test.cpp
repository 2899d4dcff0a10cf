// Tests of the Finnish working-day calendar and the rectification dates.
#include "minipilot/domain/deadlines.h"

#include <doctest/doctest.h>

#include <set>

using namespace minipilot;

namespace {

Date day(const char* iso) { return parse_date(iso).value; }

// Every day of `year` that is no working day and no Saturday or Sunday.
std::set<std::string> weekday_holidays(int year) {
  std::set<std::string> out;
  for (Date d = day((std::to_string(year) + "-01-01").c_str()); civil(d).year == year; ++d.days) {
    const int weekday = ((d.days % 7) + 7 + 4) % 7;
    if (weekday != 0 && weekday != 6 && !is_finnish_working_day(d)) out.insert(format_date(d));
  }
  return out;
}

}  // namespace

TEST_CASE("deadlines: the Finnish holidays of 2026 and 2027 that fall on a weekday, and no other day") {
  // 2026: Easter 5.4. (Good Friday 3.4., Monday 6.4.), Ascension 14.5., Midsummer Eve Fri 19.6.;
  // 1.1. Thu, 6.1. Tue, 1.5. Fri; 6.12. is a Sunday; 24.-26.12. Thu-Sat.
  CHECK(weekday_holidays(2026) == std::set<std::string>{"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06",
                                                        "2026-05-01", "2026-05-14", "2026-06-19", "2026-12-24",
                                                        "2026-12-25"});
  // 2027: Easter 28.3. (Good Friday 26.3., Monday 29.3.), Ascension 6.5., Midsummer Eve Fri 25.6.;
  // 1.1. Fri, 6.1. Wed, 1.5. Sat; 6.12. Mon; 24.-26.12. Fri-Sun.
  CHECK(weekday_holidays(2027) == std::set<std::string>{"2027-01-01", "2027-01-06", "2027-03-26", "2027-03-29",
                                                        "2027-05-06", "2027-06-25", "2027-12-06", "2027-12-24"});
  CHECK_FALSE(is_finnish_working_day(day("2026-06-20")));  // Midsummer Day, a Saturday
  CHECK_FALSE(is_finnish_working_day(day("2026-10-31")));  // All Saints' Day, a Saturday
  CHECK(is_finnish_working_day(day("2026-06-18")));
  CHECK(is_finnish_working_day(day("2026-12-28")));
}

TEST_CASE("deadlines: a last day on a holiday or a weekend moves to the next working day") {
  CHECK(format_date(working_day_on_or_after(day("2026-12-24"))) == "2026-12-28");  // Christmas to Sunday
  CHECK(format_date(working_day_on_or_after(day("2027-12-06"))) == "2027-12-07");  // Independence Day, a Monday
  CHECK(format_date(working_day_on_or_after(day("2027-06-25"))) == "2027-06-28");  // Midsummer Eve
  CHECK(format_date(working_day_on_or_after(day("2026-12-27"))) == "2026-12-28");  // a Sunday
  CHECK(format_date(working_day_on_or_after(day("2026-12-23"))) == "2026-12-23");  // a working day stays
}

TEST_CASE("deadlines: the rectification dates of letters sent in December 2026") {
  const RectificationDates a = rectification_dates(day("2026-12-02"));
  CHECK(format_date(a.received_by_letter) == "2026-12-09");
  CHECK(format_date(a.last_day_by_letter) == "2026-12-23");
  CHECK(format_date(a.received_by_email) == "2026-12-05");  // a Saturday: a presumption of receipt is not moved
  CHECK(format_date(a.last_day_by_email) == "2026-12-21");  // 19.12. is a Saturday
  const RectificationDates b = rectification_dates(day("2026-12-10"));
  CHECK(format_date(b.received_by_letter) == "2026-12-17");
  CHECK(format_date(b.last_day_by_letter) == "2026-12-31");
  CHECK(format_date(b.received_by_email) == "2026-12-13");
  CHECK(format_date(b.last_day_by_email) == "2026-12-28");  // 27.12. is a Sunday
  const RectificationDates c = rectification_dates(day("2026-12-03"));
  CHECK(format_date(c.received_by_letter) == "2026-12-10");
  CHECK(format_date(c.last_day_by_letter) == "2026-12-28");  // Christmas Eve, Christmas, Boxing Day, a Sunday
}

TEST_CASE("deadlines: a last day on Midsummer Eve and on Independence Day, and a receipt on a holiday") {
  // Sent 29.5.2026: received by letter 5.6.; 19.6. is Midsummer Eve, 20.6. Midsummer Day, 21.6. a Sunday.
  CHECK(format_date(rectification_dates(day("2026-05-29")).last_day_by_letter) == "2026-06-22");
  // Sent 15.11.2027: received by letter 22.11.; 6.12.2027 is Independence Day, a Monday.
  CHECK(format_date(rectification_dates(day("2027-11-15")).last_day_by_letter) == "2027-12-07");
  // Sent 3.12.2026 by e-mail: received on Independence Day 6.12., which is not moved; 20.12. is a Sunday.
  const RectificationDates r = rectification_dates(day("2026-12-03"));
  CHECK(format_date(r.received_by_email) == "2026-12-06");
  CHECK(format_date(r.last_day_by_email) == "2026-12-21");
}

// Tests of core/time: ISO 8601 timestamps and calendar dates.
#include "minipilot/core/time.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("time: parses and prints ISO 8601 UTC timestamps") {
  const auto t = parse_timestamp("2026-03-01T10:00:00Z");
  REQUIRE(t.ok());
  CHECK(t.value.seconds == 1772359200);
  CHECK(format_timestamp(t.value) == "2026-03-01T10:00:00Z");
}

TEST_CASE("time: an offset is converted to UTC and fractions are dropped") {
  CHECK(format_timestamp(parse_timestamp("2026-03-01T12:00:00+02:00").value) == "2026-03-01T10:00:00Z");
  CHECK(format_timestamp(parse_timestamp("2026-03-01T10:00:00.123Z").value) == "2026-03-01T10:00:00Z");
}

TEST_CASE("time: refuses malformed timestamps") {
  for (const char* bad :
       {"", "2026-03-01", "2026-03-01T10:00:00", "2026-02-30T10:00:00Z", "2026-03-01T24:00:00Z", "yesterday"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_timestamp(bad).ok());
  }
}

TEST_CASE("time: dates in ISO and Finnish form, checked against the calendar") {
  CHECK(format_date(parse_date("2026-03-31").value) == "2026-03-31");
  CHECK(format_date(parse_date("31.3.2026").value) == "2026-03-31");
  CHECK(format_date(parse_date("01.03.2026").value) == "2026-03-01");
  CHECK(format_date(parse_date("29.2.2028").value) == "2028-02-29");
  for (const char* bad :
       {"2026-02-29", "31.4.2026", "2026-13-01", "2026-3-1", "1.1.26", "1999-12-31", "", "tomorrow", "32.1.2026"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).ok());
  }
}

TEST_CASE("time: date_of and civil agree across a year boundary") {
  const Timestamp t = parse_timestamp("2026-12-31T23:59:59Z").value;
  CHECK(civil(date_of(t)).year == 2026);
  CHECK(civil(date_of(Timestamp{t.seconds + 1})).year == 2027);
  CHECK(civil(date_of(Timestamp{t.seconds + 1})).month == 1);
}

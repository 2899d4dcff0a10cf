// Timestamps (UTC seconds), calendar dates, and the Clock that lib/ is handed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// Seconds since 1970-01-01T00:00:00Z. Stored and printed as ISO 8601 UTC.
struct Timestamp {
  int64_t seconds = 0;
  friend constexpr auto operator<=>(Timestamp, Timestamp) = default;
};

/// A calendar date, stored as days since 1970-01-01.
struct Date {
  int32_t days = 0;
  friend constexpr auto operator<=>(Date, Date) = default;
};

/// Parses "2026-03-01T10:00:00Z", also with fractional seconds (dropped) or
/// an offset "+02:00" (converted to UTC).
Checked<Timestamp> parse_timestamp(std::string_view text);

/// "2026-03-01T10:00:00Z".
std::string format_timestamp(Timestamp t);

/// Parses "2026-03-01" or the Finnish "1.3.2026" / "01.03.2026"; the date
/// must exist in the calendar and lie in the years 2000-2999.
Checked<Date> parse_date(std::string_view text);

/// "2026-03-01".
std::string format_date(Date d);

/// The UTC calendar date of a timestamp.
Date date_of(Timestamp t);

/// Year, month (1-12) and day (1-31) of a date.
struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil(Date d);

/// 31 December of `year` (any year the calendar has; no 2000-2999 limit).
Date end_of_year(int year);

/// Where lib/ gets "now" from: the real clock in the binary, a fixed one in
/// tests and under $MINIPILOT_NOW.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
  /// Whether the time is set from outside ($MINIPILOT_NOW, a test): it then
  /// wins over every other clock, the database server's included.
  virtual bool fixed() const { return false; }
};

/// A clock that always says the same time.
class FixedClock : public Clock {
 public:
  explicit FixedClock(Timestamp t) : t_(t) {}
  Timestamp now() const override { return t_; }
  bool fixed() const override { return true; }

 private:
  Timestamp t_;
};

}  // namespace minipilot

// The programme's time zone (spec §7 "Time"): the local calendar that decides years, months and "today".
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/checked.h"
#include "minipilot/core/time.h"

namespace date {
class time_zone;
}  // namespace date

namespace minipilot {

/// A time zone of the system's tz database ("Europe/Helsinki"). Stored
/// times stay UTC; a zone turns them into local dates and clock times.
class TimeZone {
 public:
  /// Europe/Helsinki, the default of `[program] timezone`.
  TimeZone();

  /// The zone named `name` in the tz database; an error sentence when there
  /// is no such zone or no tz database.
  static Checked<TimeZone> find(std::string_view name);

  const std::string& name() const { return name_; }

  /// The local calendar date at `t`.
  Date local_date(Timestamp t) const;

  /// The local year and month at `t` ({2027, 1, 1}: the day is always 1).
  /// Away from the turn of a month (more than 15 hours, more than any zone's
  /// offset) it is UTC's, and the tz database is not read: loading it costs a
  /// command 5-10 ms, and `apply` and `approve` need only the year and month.
  CivilDate local_month(Timestamp t) const;

  /// The local wall-clock time at `t`.
  struct Local {
    Date date;
    int minute_of_day;   ///< 0..1439
    int offset_minutes;  ///< local minus UTC, e.g. 180 in Helsinki's summer
  };
  Local local(Timestamp t) const;

  /// The first instant of local day `d` (midnight, or when the day begins
  /// if a clock change skips midnight).
  Timestamp start_of(Date d) const;

  friend bool operator==(const TimeZone& a, const TimeZone& b) { return a.name_ == b.name_; }

 private:
  const date::time_zone* zone() const;
  explicit TimeZone(const date::time_zone* zone, std::string name) : zone_(zone), name_(std::move(name)) {}
  mutable const date::time_zone* zone_;  // a date::time_zone of the tz database, which lives as long as the process
  std::string name_;
};

}  // namespace minipilot

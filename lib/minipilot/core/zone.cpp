// TimeZone on Howard Hinnant's date/tz over the system's tz database (/usr/share/zoneinfo).
#include "minipilot/core/zone.h"

#include <date/tz.h>

#include <fstream>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

using Seconds = date::sys_seconds;

const date::time_zone* locate(std::string_view name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

// Whether the tz database holds a zone file named `name` (it begins "TZif").
// The folder is date/tz's own (it does not read $TZDIR either).
bool is_zone_file(std::string_view name) {
  std::ifstream in("/usr/share/zoneinfo/" + std::string(name), std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && std::string_view(magic, 4) == "TZif";
}

}  // namespace

const date::time_zone* TimeZone::zone() const {
  if (!zone_) zone_ = locate(name_);
  if (!zone_)
    throw Error(ErrorKind::config, trf("the time zone {} is not in the tz database", name_),
                tr("install the tzdata package"));
  return zone_;
}

TimeZone::TimeZone() : zone_(nullptr), name_("Europe/Helsinki") {
  // Found lazily by local(): a TimeZone made by default costs nothing until it
  // is asked, so a command that never reads the calendar never loads the database.
}

Checked<TimeZone> TimeZone::find(std::string_view name) {
  // A name from the database, not a path: "../../etc/passwd" or "" are not zones.
  // Nor one of the files date/tz does not take for zones (posix/, right/,
  // Factory, posixrules), nor a path spelled otherwise ("Europe//Helsinki").
  const bool odd = name.empty() || name.front() == '/' || name.back() == '/' ||
                   name.find("..") != std::string_view::npos || name.find("//") != std::string_view::npos ||
                   name.find("./") != std::string_view::npos || name.rfind("posix", 0) == 0 ||
                   name.rfind("right/", 0) == 0 || name == "Factory";
  if (odd) return Checked<TimeZone>::bad(trf("unknown time zone '{}'", name));
  // The database of the OS is a folder of TZif files, one per zone, which
  // date/tz reads as its zones. Looking at the one file is enough to know the
  // name, without loading the whole database (700 files) into every command.
  if (!is_zone_file(name))
    return Checked<TimeZone>::bad(trf("unknown time zone '{}' (a name such as Europe/Helsinki)", name));
  return Checked<TimeZone>::good(TimeZone(nullptr, std::string(name)));
}

TimeZone::Local TimeZone::local(Timestamp t) const {
  const date::time_zone* z = zone();
  const Seconds utc{std::chrono::seconds{t.seconds}};
  const date::sys_info info = z->get_info(utc);
  const int64_t offset = info.offset.count();
  const int64_t local_seconds = t.seconds + offset;
  const int64_t days = local_seconds >= 0 ? local_seconds / 86400 : -((-local_seconds + 86399) / 86400);
  const int64_t second_of_day = local_seconds - days * 86400;
  return Local{Date{static_cast<int32_t>(days)}, static_cast<int>(second_of_day / 60), static_cast<int>(offset / 60)};
}

Date TimeZone::local_date(Timestamp t) const { return local(t).date; }

CivilDate TimeZone::local_month(Timestamp t) const {
  constexpr int64_t kMargin = 15 * 3600;  // offsets lie within -12 h .. +14 h
  const CivilDate before = civil(date_of(Timestamp{t.seconds - kMargin}));
  const CivilDate after = civil(date_of(Timestamp{t.seconds + kMargin}));
  if (before.year == after.year && before.month == after.month) return CivilDate{before.year, before.month, 1};
  const CivilDate local = civil(local_date(t));
  return CivilDate{local.year, local.month, 1};
}

Timestamp TimeZone::start_of(Date d) const {
  const date::time_zone* z = zone();
  const date::local_seconds midnight{std::chrono::seconds{int64_t{d.days} * 86400}};
  const date::local_info info = z->get_info(midnight);
  // A clock change that skips midnight begins the day when the clock jumps.
  if (info.result == date::local_info::nonexistent) return Timestamp{info.second.begin.time_since_epoch().count()};
  return Timestamp{midnight.time_since_epoch().count() - info.first.offset.count()};
}

}  // namespace minipilot

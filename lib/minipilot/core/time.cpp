// Conversions between text, calendar dates and UTC seconds, without the C library's time zone state.
#include "minipilot/core/time.h"

#include <fmt/format.h>

#include <chrono>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace chr = std::chrono;

namespace {

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

Checked<Date> make_date(int y, int m, int d) {
  const chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)}, chr::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return Checked<Date>::bad(trf("{:04}-{:02}-{:02} is not a date", y, m, d));
  if (y < 2000 || y > 2999) return Checked<Date>::bad(tr("year must be between 2000 and 2999"));
  return Checked<Date>::good(Date{static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count())});
}

// Reads "d.m.yyyy" with one- or two-digit day and month.
bool finnish_date(std::string_view s, int& y, int& m, int& d) {
  const size_t dot1 = s.find('.');
  const size_t dot2 = dot1 == s.npos ? s.npos : s.find('.', dot1 + 1);
  if (dot2 == s.npos || dot1 < 1 || dot1 > 2 || dot2 - dot1 < 2 || dot2 - dot1 > 3) return false;
  return digits(s, 0, dot1, d) && digits(s, dot1 + 1, dot2 - dot1 - 1, m) && s.size() == dot2 + 5 &&
         digits(s, dot2 + 1, 4, y);
}

}  // namespace

Checked<Date> parse_date(std::string_view s) {
  int y = 0, m = 0, d = 0;
  const bool iso =
      s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4, y) && digits(s, 5, 2, m) && digits(s, 8, 2, d);
  if (!iso && !finnish_date(s, y, m, d))
    return Checked<Date>::bad(trf("'{}' is not a date; write 2026-03-31 or 31.3.2026", s));
  return make_date(y, m, d);
}

std::string format_date(Date d) {
  const CivilDate c = civil(d);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

CivilDate civil(Date d) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{d.days}}};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

Date end_of_year(int year) {
  const chr::year_month_day ymd{chr::year{year}, chr::December, chr::day{31}};
  return Date{static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count())};
}

Date date_of(Timestamp t) {
  const auto days = chr::floor<chr::days>(chr::sys_seconds{chr::seconds{t.seconds}});
  return Date{static_cast<int32_t>(days.time_since_epoch().count())};
}

Checked<Timestamp> parse_timestamp(std::string_view s) {
  using R = Checked<Timestamp>;
  const auto bad = [&] { return R::bad(trf("'{}' is not an ISO 8601 time such as 2026-03-01T10:00:00Z", s)); };
  int hh = 0, mi = 0, ss = 0;
  if (s.size() < 20 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' || !digits(s, 11, 2, hh) ||
      !digits(s, 14, 2, mi) || !digits(s, 17, 2, ss))
    return bad();
  const Checked<Date> date = parse_date(s.substr(0, 10));
  if (!date.ok()) return R::bad(date.error);
  if (hh > 23 || mi > 59 || ss > 60) return bad();
  size_t pos = 19;
  if (s[pos] == '.') {
    do ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9');
  }
  int offset = 0;
  if (pos + 1 == s.size() && s[pos] == 'Z') {
  } else if (int oh = 0, om = 0; pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && digits(s, pos + 1, 2, oh) &&
                                 s[pos + 3] == ':' && digits(s, pos + 4, 2, om) && oh < 24 && om < 60) {
    offset = (s[pos] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
  } else {
    return bad();
  }
  const int64_t secs = int64_t{date.value.days} * 86400 + hh * 3600 + mi * 60 + ss - offset;
  return R::good(Timestamp{secs});
}

std::string format_timestamp(Timestamp t) {
  const Date d = date_of(t);
  const int64_t rest = t.seconds - int64_t{d.days} * 86400;
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_date(d), rest / 3600, rest / 60 % 60, rest % 60);
}

}  // namespace minipilot

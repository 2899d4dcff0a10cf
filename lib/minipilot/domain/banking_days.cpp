// The TARGET2 closing days, with Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
#include "minipilot/domain/banking_days.h"

#include <chrono>

namespace minipilot {

Date easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  return Date{static_cast<int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count())};
}

bool is_banking_day(Date d) {
  const int weekday = ((d.days % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday (4); 0 = Sunday
  if (weekday == 0 || weekday == 6) return false;
  const CivilDate c = civil(d);
  if ((c.month == 1 && c.day == 1) || (c.month == 5 && c.day == 1) || (c.month == 12 && (c.day == 25 || c.day == 26)))
    return false;
  const Date easter = easter_sunday(c.year);
  return d.days != easter.days - 2 && d.days != easter.days + 1;
}

Date next_banking_day(Date d) {
  do ++d.days;
  while (!is_banking_day(d));
  return d;
}

}  // namespace minipilot

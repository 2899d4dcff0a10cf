// The Finnish working-day calendar and the rectification period.
#include "minipilot/domain/deadlines.h"

#include "minipilot/domain/banking_days.h"

namespace minipilot {

bool is_finnish_working_day(Date d) {
  const int weekday = ((d.days % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday (4); 0 = Sunday
  if (weekday == 0 || weekday == 6) return false;
  const CivilDate c = civil(d);
  const auto on = [&](unsigned month, unsigned day) { return c.month == month && c.day == day; };
  if (on(1, 1) || on(1, 6) || on(5, 1) || on(12, 6) || on(12, 24) || on(12, 25) || on(12, 26)) return false;
  // Midsummer Eve is the Friday of 19-25 June; Midsummer Day and All Saints' Day fall on Saturdays.
  if (c.month == 6 && c.day >= 19 && c.day <= 25 && weekday == 5) return false;
  const Date easter = easter_sunday(c.year);
  return d.days != easter.days - 2 && d.days != easter.days + 1 && d.days != easter.days + 39;
}

Date working_day_on_or_after(Date d) {
  while (!is_finnish_working_day(d)) ++d.days;
  return d;
}

RectificationDates rectification_dates(Date sent) {
  constexpr int kLetterDays = 7, kEmailDays = 3, kRequestDays = 14;
  RectificationDates r;
  r.sent = sent;
  r.received_by_letter = Date{sent.days + kLetterDays};
  r.received_by_email = Date{sent.days + kEmailDays};
  r.last_day_by_letter = working_day_on_or_after(Date{r.received_by_letter.days + kRequestDays});
  r.last_day_by_email = working_day_on_or_after(Date{r.received_by_email.days + kRequestDays});
  return r;
}

}  // namespace minipilot

// Finnish statutory deadlines: the working-day calendar of Laki säädettyjen määräaikain laskemisesta (150/1930),
// and the dates of a rectification request (Hallintolaki 59 §, Kuntalaki 135 §).
#pragma once

#include "minipilot/core/time.h"

namespace minipilot {

/// Whether a deadline may end on `d` (150/1930 5 §): not a Saturday or
/// Sunday, nor New Year's Day, Epiphany (6.1.), Good Friday, Easter Sunday or
/// Monday, May Day, Ascension Day (Easter + 39), Midsummer Eve (the Friday of
/// 19–25.6.) or Day (the Saturday of 20–26.6.), All Saints' Day (the Saturday
/// of 31.10.–6.11.), Independence Day (6.12.), Christmas Eve, Christmas Day or
/// Boxing Day.
bool is_finnish_working_day(Date d);

/// `d` when it is a working day, else the first working day after it: where
/// a deadline falling on a holiday ends.
Date working_day_on_or_after(Date d);

/// The days of notice and of a rectification request for a decision sent on
/// `sent` (spec §7). Notice by letter is deemed received on the 7th day after
/// sending, by e-mail on the 3rd (Hallintolaki 59 §, Laki sähköisestä
/// asioinnista 19 §): calendar days, not moved. The request is due 14 days
/// after notice (Kuntalaki 134 §), the last day moved to the next working day.
struct RectificationDates {
  Date sent;
  Date received_by_letter, last_day_by_letter;
  Date received_by_email, last_day_by_email;
};
RectificationDates rectification_dates(Date sent);

}  // namespace minipilot

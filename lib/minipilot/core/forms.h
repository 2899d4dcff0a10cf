// How human output writes money, dates and times in the chosen language (spec §4 "Output").
#pragma once

#include <string>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/core/zone.h"

namespace minipilot {

/// The zone in which human output shows times and "today" is read: the
/// configuration's, set once by the command line (Europe/Helsinki until then).
void use_display_zone(const TimeZone& zone);
const TimeZone& display_zone();

/// "20 000,00 €" in Finnish (a no-break space between thousands), "20,000.00 €"
/// in English; "-" before a negative amount.
std::string money_text(Cents amount);
/// money_text() without the currency, for table columns headed in euros.
std::string money_number(Cents amount);

/// A count with the language's thousands separator: "12 000" (no-break
/// space) in Finnish, "12,000" in English.
std::string count_text(uint64_t n);

/// "1.4.2026" in Finnish, "2026-04-01" in English.
std::string date_text(Date d);

/// "1.4.2026 klo 14.30" in Finnish, the local time in display_zone(); in
/// English the time with its zone as ISO 8601 in UTC, "2026-04-01T11:30:00Z".
std::string time_text(Timestamp t);

}  // namespace minipilot

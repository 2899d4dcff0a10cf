// Finnish and English forms of amounts, dates and times; the language is i18n's, the zone the display zone.
#include "minipilot/core/forms.h"

#include <fmt/format.h>

#include <cstdlib>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

TimeZone& zone_slot() {
  static TimeZone zone;
  return zone;
}

// Groups of three digits from the right, joined by `separator`.
std::string grouped(uint64_t whole, std::string_view separator) {
  std::string digits = std::to_string(whole);
  std::string out;
  const size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (size_t i = first; i < digits.size(); i += 3) out.append(separator).append(digits, i, 3);
  return out;
}

}  // namespace

void use_display_zone(const TimeZone& zone) { zone_slot() = zone; }
const TimeZone& display_zone() { return zone_slot(); }

std::string count_text(uint64_t n) { return grouped(n, language() == Language::fi ? "\u00a0" : ","); }

std::string money_number(Cents amount) {
  const bool fi = language() == Language::fi;
  const int64_t v = amount.value;
  // The magnitude, as unsigned: the most negative int64 has no positive twin.
  const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  const std::string whole = grouped(m / 100, fi ? "\u00a0" : ",");
  return fmt::format("{}{}{}{:02}", v < 0 ? "-" : "", whole, fi ? ',' : '.', m % 100);
}

// Finnish keeps the amount and its currency on one line (a no-break space);
// English writes the space that people type, as the spec does ("500.00 €").
std::string money_text(Cents amount) { return money_number(amount) + (language() == Language::fi ? "\u00a0€" : " €"); }

std::string date_text(Date d) {
  if (language() != Language::fi) return format_date(d);
  const CivilDate c = civil(d);
  return fmt::format("{}.{}.{}", c.day, c.month, c.year);
}

std::string time_text(Timestamp t) {
  // English keeps the ISO 8601 UTC form that scripts and logs already read.
  if (language() != Language::fi) return format_timestamp(t);
  const TimeZone::Local l = display_zone().local(t);
  return fmt::format("{} klo {}.{:02}", date_text(l.date), l.minute_of_day / 60, l.minute_of_day % 60);
}

}  // namespace minipilot

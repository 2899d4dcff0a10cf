// Unit tests of the local calendar, the Finnish and English forms, the catalogue and the collation (issue 13).
#include "minipilot/core/forms.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/zone.h"
#include "unit/language.h"

using namespace minipilot;

namespace {

Timestamp at(const char* iso) { return parse_timestamp(iso).value; }
Date day(const char* iso) { return parse_date(iso).value; }
TimeZone zone(const char* name) {
  Checked<TimeZone> z = TimeZone::find(name);
  REQUIRE(z.ok());
  return z.value;
}

}  // namespace

TEST_CASE("zone: 22:30 UTC on 31 December 2026 is 1 January 2027 in Helsinki, and still 2026 in UTC") {
  CHECK(TimeZone().name() == "Europe/Helsinki");
  CHECK(format_date(TimeZone().local_date(at("2026-12-31T22:30:00Z"))) == "2027-01-01");
  CHECK(format_date(TimeZone().local_date(at("2026-12-31T21:59:59Z"))) == "2026-12-31");
  CHECK(format_date(zone("UTC").local_date(at("2026-12-31T22:30:00Z"))) == "2026-12-31");
  CHECK(format_date(zone("America/New_York").local_date(at("2027-01-01T04:30:00Z"))) == "2026-12-31");
}

TEST_CASE("zone: the spring and autumn changes of summer time in Helsinki") {
  const TimeZone hki;
  // 29 March 2026: 03.00 winter time (01:00 UTC) becomes 04.00 summer time.
  const TimeZone::Local before = hki.local(at("2026-03-29T00:59:00Z"));
  CHECK(before.minute_of_day == 2 * 60 + 59);
  CHECK(before.offset_minutes == 120);
  const TimeZone::Local after = hki.local(at("2026-03-29T01:00:00Z"));
  CHECK(after.minute_of_day == 4 * 60);
  CHECK(after.offset_minutes == 180);
  // 25 October 2026: 04.00 summer time (01:00 UTC) becomes 03.00 winter time; 03.30 happens twice.
  CHECK(hki.local(at("2026-10-25T00:30:00Z")).minute_of_day == 3 * 60 + 30);
  CHECK(hki.local(at("2026-10-25T01:30:00Z")).minute_of_day == 3 * 60 + 30);
  CHECK(hki.local(at("2026-10-25T01:30:00Z")).offset_minutes == 120);
  // A local day begins at its midnight in the offset of that day.
  CHECK(format_timestamp(hki.start_of(day("2026-03-29"))) == "2026-03-28T22:00:00Z");
  CHECK(format_timestamp(hki.start_of(day("2026-03-30"))) == "2026-03-29T21:00:00Z");
  CHECK(format_timestamp(hki.start_of(day("2027-01-01"))) == "2026-12-31T22:00:00Z");
  // Where a change skips midnight (Santiago, 2026-09-06 00:00 -> 01:00), the day begins at 01.00.
  CHECK(format_timestamp(zone("America/Santiago").start_of(day("2026-09-06"))) == "2026-09-06T04:00:00Z");
}

TEST_CASE("zone: the local month is UTC's away from a month's turn and the zone's near it") {
  const TimeZone hki;
  const auto month = [](const TimeZone& z, const char* iso) {
    const CivilDate m = z.local_month(at(iso));
    return fmt::format("{}-{:02}", m.year, m.month);
  };
  CHECK(month(hki, "2026-03-15T12:00:00Z") == "2026-03");
  CHECK(month(hki, "2026-12-31T21:59:59Z") == "2026-12");
  CHECK(month(hki, "2026-12-31T22:00:00Z") == "2027-01");
  CHECK(month(hki, "2026-03-31T21:00:00Z") == "2026-04");  // summer time: UTC+3
  CHECK(month(zone("America/New_York"), "2027-01-01T04:30:00Z") == "2026-12");
  CHECK(month(zone("Pacific/Kiritimati"), "2026-12-31T10:00:00Z") == "2027-01");  // UTC+14
  CHECK(month(zone("Etc/GMT+12"), "2027-01-01T11:00:00Z") == "2026-12");          // UTC-12
}

TEST_CASE("zone: names that are not zones of the tz database are refused") {
  for (const char* name :
       {"", "Mars/Olympus", "europe/helsinki", "/etc/localtime", "../zoneinfo/UTC", "Europe", "zone.tab", "EET+2",
        "posix/Europe/Helsinki", "right/UTC", "posixrules", "Factory", "Europe//Helsinki", "./UTC", "Europe/"}) {
    CAPTURE(name);
    const Checked<TimeZone> z = TimeZone::find(name);
    CHECK_FALSE(z.ok());
    CHECK(z.error.find("unknown time zone") != std::string::npos);
  }
}

TEST_CASE("forms: money, dates and times in English") {
  CHECK(money_text(Cents{2000000}) == "20,000.00 €");
  CHECK(money_text(Cents{50000}) == "500.00 €");
  CHECK(money_text(Cents{5}) == "0.05 €");
  CHECK(money_text(Cents{-123456789}) == "-1,234,567.89 €");
  CHECK(money_text(Cents{INT64_MIN}) == "-92,233,720,368,547,758.08 €");
  CHECK(date_text(day("2026-04-01")) == "2026-04-01");
  CHECK(time_text(at("2026-04-01T11:30:00Z")) == "2026-04-01T11:30:00Z");
  CHECK(count_text(999) == "999");
  CHECK(count_text(1234567) == "1,234,567");
}

TEST_CASE("forms: money, dates and times in Finnish, with no-break spaces and Helsinki's clock") {
  test::InLanguage fi(Language::fi);
  CHECK(language() == Language::fi);
  CHECK(money_text(Cents{2000000}) == "20\u00a0000,00\u00a0€");
  CHECK(money_number(Cents{100000000}) == "1\u00a0000\u00a0000,00");
  CHECK(money_text(Cents{99999}) == "999,99\u00a0€");
  CHECK(date_text(day("2026-04-01")) == "1.4.2026");
  CHECK(count_text(12000) == "12\u00a0000");
  CHECK(date_text(day("2026-12-24")) == "24.12.2026");
  CHECK(time_text(at("2026-04-01T11:30:00Z")) == "1.4.2026 klo 14.30");
  CHECK(time_text(at("2026-12-31T22:05:00Z")) == "1.1.2027 klo 0.05");
}

TEST_CASE("i18n: --lang's codes, and a missing catalogue falls back to English words and forms") {
  CHECK(parse_language("fi").value == Language::fi);
  CHECK(parse_language("en").value == Language::en);
  for (const char* bad : {"", "FI", "sv", "fi_FI", " en"}) CHECK_FALSE(parse_language(bad).ok());
  CHECK_FALSE(use_language(Language::fi, "/nonexistent"));
  CHECK(language() == Language::en);
  CHECK(money_text(Cents{2000000}) == "20,000.00 €");
  CHECK(std::string(tr("approved")) == "approved");
}

TEST_CASE("i18n: the Finnish catalogue of the build tree translates, and an id it lacks is shown as it is") {
  test::InLanguage fi(Language::fi);
  CHECK(std::string(tr("submitted")) == "saapunut");
  CHECK(std::string(tr("no such message id in the catalogue")) == "no such message id in the catalogue");
  CHECK(trf("{} is not a message id, {}", 1, 2) == "1 is not a message id, 2");
}

TEST_CASE("collate: Finnish puts å, ä, ö after z and keeps lower and upper case together; English does not") {
  std::vector<std::string> names{"Öhman", "Zetterberg", "aalto", "Äijälä", "Åberg", "Aalto", "Virtanen", "vaara"};
  const Collator fi(Language::fi);
  std::sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) { return fi.less(a, b); });
  CHECK(names ==
        std::vector<std::string>{"aalto", "Aalto", "vaara", "Virtanen", "Zetterberg", "Åberg", "Äijälä", "Öhman"});
  std::vector<std::string> keys;
  for (const std::string& n : names) keys.push_back(fi.sort_key(n));
  CHECK(std::is_sorted(keys.begin(), keys.end()));
  // English sorts Ä as A with an accent, beside A.
  const Collator en(Language::en);
  CHECK(en.less("Äijälä", "Berg"));
  CHECK_FALSE(fi.less("Äijälä", "Berg"));
  // Total: distinct names never compare equal.
  CHECK(fi.compare("a\u0308", "\u00e4") != 0);
  CHECK(fi.compare("Anna", "Anna") == 0);
}

TEST_CASE("collate: fold_case folds every letter's case, Finnish and beyond, the same in every language (issue 14)") {
  CHECK(fold_case("Äijä") == fold_case("äijä"));
  CHECK(fold_case("ÄIJÄ") == "äijä");
  CHECK(fold_case("ÅKE Öhman") == "åke öhman");
  CHECK(fold_case("Straße") == "strasse");
  CHECK(fold_case("ΣΊΣΥΦΟΣ") == fold_case("σίσυφος"));
  CHECK(fold_case("MP-2026-0001 · 500 €") == "mp-2026-0001 · 500 €");
  CHECK(fold_case("").empty());
  CHECK(fold_case("a\xFF") == "a\xEF\xBF\xBD");  // a byte that is not UTF-8 becomes U+FFFD
  {
    test::InLanguage fi(Language::fi);
    CHECK(fold_case("ÄIJÄ") == "äijä");
  }
}

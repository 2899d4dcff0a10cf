// Days as the summary prints them.
#include "minipilot/domain/summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/i18n.h"

namespace minipilot {

std::string days_text(int64_t seconds) {
  const int64_t tenths = (seconds * 10 + 43200) / 86400;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::string days_words(int64_t seconds) {
  std::string number = days_text(seconds);
  if (language() == Language::fi) std::replace(number.begin(), number.end(), '.', ',');
  // TRANSLATORS: a median duration in days with one decimal ("3.5 days"); never singular.
  return trf("{} days", number);
}

}  // namespace minipilot

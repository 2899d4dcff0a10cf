// Days as the summary prints them.
#include "minipilot/domain/summary.h"

#include <fmt/format.h>

namespace minipilot {

std::string days_text(int64_t seconds) {
  const int64_t tenths = (seconds * 10 + 43200) / 86400;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

}  // namespace minipilot

// Pilot id syntax.
#include "minipilot/core/ids.h"

#include <fmt/format.h>

namespace minipilot {

namespace {

// Reads a run of 1..max_digits decimal digits from s at pos, advancing pos.
bool read_number(std::string_view s, size_t& pos, size_t max_digits, int64_t& out) {
  const size_t start = pos;
  out = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && pos - start < max_digits)
    out = out * 10 + (s[pos++] - '0');
  return pos > start;
}

}  // namespace

Checked<PilotId> parse_pilot_id(std::string_view s) {
  const auto bad = [&] {
    return Checked<PilotId>::bad(
        fmt::format("'{}' is not a pilot id; ids look like MP-2026-0042", s));
  };
  if (s.size() < 3 || (s[0] != 'M' && s[0] != 'm') || (s[1] != 'P' && s[1] != 'p') || s[2] != '-')
    return bad();
  size_t pos = 3;
  int64_t year = 0, seq = 0;
  if (!read_number(s, pos, 4, year) || pos != 7 || pos >= s.size() || s[pos++] != '-')
    return bad();
  if (!read_number(s, pos, 9, seq) || pos != s.size() || seq == 0 || year < 2000) return bad();
  return Checked<PilotId>::good(PilotId{static_cast<int>(year), seq});
}

std::string format_pilot_id(PilotId id) { return fmt::format("MP-{}-{:04}", id.year, id.seq); }

}  // namespace minipilot

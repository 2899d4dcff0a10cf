// Pilot and batch id syntax.
#include "minipilot/core/ids.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"

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

// Reads "<P1><P2>-<year>-<number>" with the two prefix letters in either case.
bool parse_id(std::string_view s, char p1, char p2, int& year, int64_t& seq) {
  const auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
  if (s.size() < 3 || upper(s[0]) != p1 || upper(s[1]) != p2 || s[2] != '-') return false;
  size_t pos = 3;
  int64_t y = 0;
  if (!read_number(s, pos, 4, y) || pos != 7 || pos >= s.size() || s[pos++] != '-') return false;
  if (!read_number(s, pos, 9, seq) || pos != s.size() || seq == 0 || y < 2000) return false;
  year = static_cast<int>(y);
  return true;
}

}  // namespace

Checked<PilotId> parse_pilot_id(std::string_view s) {
  PilotId id;
  if (!parse_id(s, 'M', 'P', id.year, id.seq))
    return Checked<PilotId>::bad(trf("'{}' is not a pilot id; ids look like MP-2026-0042", s));
  return Checked<PilotId>::good(id);
}

Checked<BatchId> parse_batch_id(std::string_view s) {
  BatchId id;
  if (!parse_id(s, 'P', 'B', id.year, id.seq))
    return Checked<BatchId>::bad(trf("'{}' is not a batch id; ids look like PB-2026-001", s));
  return Checked<BatchId>::good(id);
}

std::string format_batch_id(BatchId id) { return fmt::format("PB-{}-{:03}", id.year, id.seq); }

std::string format_pilot_id(PilotId id) { return fmt::format("MP-{}-{:04}", id.year, id.seq); }

}  // namespace minipilot

// Pilot ids "MP-<year>-<nnnn>" and batch ids "PB-<year>-<nnn>": parsed into (year, sequence), printed zero-padded.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// A pilot's id: the year it was applied in and its number within that year.
/// Ordered by year, then number, which is "pilot-id order" (spec §5).
struct PilotId {
  int year = 0;
  int64_t seq = 0;
  friend constexpr auto operator<=>(const PilotId&, const PilotId&) = default;
};

/// Parses "MP-2026-0042"; lower case and missing zero padding are accepted
/// ("mp-2026-42"), surrounding white space is not.
Checked<PilotId> parse_pilot_id(std::string_view text);

/// "MP-2026-0042"; numbers past 9999 simply grow ("MP-2026-12345").
std::string format_pilot_id(PilotId id);

/// A payment batch's id: the year it was made in and its number that year.
struct BatchId {
  int year = 0;
  int64_t seq = 0;
  friend constexpr auto operator<=>(const BatchId&, const BatchId&) = default;
};

/// Parses "PB-2026-001"; lower case and missing zero padding are accepted.
Checked<BatchId> parse_batch_id(std::string_view text);

/// "PB-2026-001", zero-padded to three digits.
std::string format_batch_id(BatchId id);

}  // namespace minipilot

// Money as integer euro cents: parsed and formatted only here (house style 7).
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// An amount of euro cents. Never a floating-point number.
struct Cents {
  int64_t value = 0;

  friend constexpr auto operator<=>(Cents, Cents) = default;
  friend constexpr Cents operator+(Cents a, Cents b) { return {a.value + b.value}; }
  friend constexpr Cents operator-(Cents a, Cents b) { return {a.value - b.value}; }
};

/// The largest amount accepted anywhere: 10^13 euros keeps every sum of a
/// million of them far inside int64.
inline constexpr Cents kMaxAmount{1'000'000'000'000'000};

/// Parses a non-negative euro amount: digits, then optionally "." or ","
/// and one or two decimals ("500", "500.00", "500,5"). No sign, no exponent,
/// no thousands separators: an amount that could be read two ways is refused.
Checked<Cents> parse_money(std::string_view text);

/// Formats as "1234.50" (or with `decimal_separator` ","), no thousands
/// separator, always two decimals, "-" for negative amounts.
std::string format_money(Cents amount, char decimal_separator = '.');

}  // namespace minipilot

/// Prints `Cents` as "500.00".
template <>
struct fmt::formatter<minipilot::Cents> : fmt::formatter<std::string_view> {
  template <class Ctx>
  auto format(minipilot::Cents c, Ctx& ctx) const {
    return fmt::formatter<std::string_view>::format(minipilot::format_money(c), ctx);
  }
};

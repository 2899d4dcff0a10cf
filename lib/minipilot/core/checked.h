// A validated value or the reason it is not valid: validators return findings, not exceptions.
#pragma once

#include <string>
#include <utility>

namespace minipilot {

/// The normalised value when `ok()`, else an error sentence such as
/// "IBAN check digits do not match". Bulk import collects these per row.
template <class T>
struct Checked {
  T value{};
  std::string error;

  bool ok() const { return error.empty(); }

  static Checked good(T v) { return Checked{std::move(v), {}}; }
  static Checked bad(std::string why) { return Checked{T{}, std::move(why)}; }
};

}  // namespace minipilot

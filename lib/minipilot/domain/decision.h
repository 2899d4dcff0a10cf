// Decisions as administrative decisions (spec §2 Decision, §7): their numbers, reason codes and letter texts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "minipilot/core/i18n.h"

namespace minipilot {

/// A rejection reason code of `[[reasons]]`, with its text in each language.
struct Reason {
  std::string code;
  std::string fi;
  std::string en;
  /// The text in `lang`.
  const std::string& text(Language lang) const { return lang == Language::en ? en : fi; }
};

/// What every decision letter says (`[decisions]`, spec §3 and §7). Empty
/// strings are keys not configured; `letter` refuses to write without them.
struct DecisionTexts {
  std::string authority;              ///< the deciding authority
  std::string rectification_to;       ///< to whom a request for rectification is made
  std::string rectification_address;  ///< its postal and e-mail address
  std::string contact;                ///< who gives more information
  std::string approval_reasons;       ///< the reasons of every approval
};

/// A decision number: `<year>/<n>`, one per-year sequence over approvals and rejections.
struct DecisionNumber {
  int year = 0;
  int64_t seq = 0;
  friend bool operator==(const DecisionNumber&, const DecisionNumber&) = default;
};

/// "2026/12".
std::string format_decision_number(const DecisionNumber& n);

/// "2026/12" -> {2026, 12}; nothing for anything else.
std::optional<DecisionNumber> parse_decision_number(std::string_view text);

}  // namespace minipilot

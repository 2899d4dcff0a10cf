// A declared interest's value checked as apply checks the same field, and shown as people read it.
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/checked.h"
#include "minipilot/domain/interest.h"

namespace minipilot {

/// What a name is compared by: its case folded as Unicode folds it
/// (fold_case), runs of white space made one space and none at either end
/// (fold_for_match, as the duplicate check folds names). "Kallion  Kuoro
/// ry" and "kallion kuoro RY" have the same key; "" has the key "".
std::string name_match_key(std::string_view name);

/// A value as recorded, and the key a decision compares.
struct InterestValue {
  std::string value;      ///< a checked business ID, an electronic IBAN, a name as given (one line)
  std::string match_key;  ///< the value, or name_match_key() of the name
};

/// Checks `text` as apply checks a business ID, an IBAN or a name.
Checked<InterestValue> check_interest_value(InterestKind kind, std::string_view text);

/// "business ID 2858394-9", "name Kallion kuoro", "IBAN FI21 1234 5600 0007 85".
std::string interest_text(InterestKind kind, std::string_view value);

}  // namespace minipilot

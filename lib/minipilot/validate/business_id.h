// The Finnish business ID (Y-tunnus) with its check digit.
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// Validates "2858394-9": seven digits, a hyphen, the mod-11 check digit
/// (weights 7, 9, 10, 5, 8, 4, 2). An old six-digit id gets its leading
/// zero ("123456-7" -> "0123456-7").
Checked<std::string> check_business_id(std::string_view text);

}  // namespace minipilot

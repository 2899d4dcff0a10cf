// What approve, reject and withdraw share: ids from arguments or stdin, and their confirmation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cmd/context.h"
#include "minipilot/core/ids.h"

namespace minipilot::cli {

/// Prints "approved MP-2026-0001" for one pilot and, for several, "approved
/// 3 pilots:" and then every id on a line of its own, for people; or
/// {"status": "approved", "ids": [...]} as JSON.
void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids);

}  // namespace minipilot::cli

// What approve, reject and withdraw share: ids from arguments or stdin, and their confirmation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cmd/context.h"
#include "minipilot/core/ids.h"
#include "minipilot/domain/decision.h"

namespace minipilot::cli {

/// Prints "approved MP-2026-0001 (decision 2026/12)" for one pilot and, for
/// several, "approved 3 pilots:" and then every id with its decision number
/// on a line of its own, for people; or {"status": "approved", "ids": [...],
/// "decision_numbers": [...]} as JSON. A withdrawal has no numbers.
void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids,
                      const std::vector<DecisionNumber>& numbers = {});

}  // namespace minipilot::cli

// `letter`: the decision letters of decided pilots, as plain data.
#pragma once

#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/letter.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The letter of each pilot of `ids`, in that order, in one read
/// transaction; sent today (the local day of the clock), or on the decision
/// day when that is later. Throws, before any letter is made: permission (may
/// not read), not_found (no such pilot), conflict (a pilot not decided yet),
/// config (a key of [decisions] a letter needs is missing, all named).
std::vector<Letter> build_letters(const OpContext& ctx, const std::vector<PilotId>& ids);

}  // namespace minipilot

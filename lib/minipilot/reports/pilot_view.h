// One pilot with its applicant and whole history, as plain data for `show`.
#pragma once

#include "minipilot/core/ids.h"
#include "minipilot/domain/pilot.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Loads a pilot and its events in one read transaction; throws
/// Error{permission} (may not read), Error{not_found} when there is none.
PilotView load_pilot(const OpContext& ctx, PilotId id);

}  // namespace minipilot

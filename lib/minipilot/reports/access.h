// Who may read what: the permission check every report makes before it reads anything.
#pragma once

#include <string>

#include "minipilot/ops/context.h"

namespace minipilot {

/// Refuses (Error{permission}) an actor who may not read the ledger, then
/// (Error{not_found}) an `area` that is not configured ("" for every area).
void authorize_read(const OpContext& ctx, const std::string& area = "");

}  // namespace minipilot

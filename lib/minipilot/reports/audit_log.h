// The audit trail: who did what, when, with the values before and after, oldest first.
#pragma once

#include <string>
#include <vector>

#include "minipilot/ledger/ledger.h"
#include "minipilot/reports/pilot_view.h"

namespace minipilot {

/// Every event, or only those of `pilot_id` when it is not empty, by number.
std::vector<EventView> load_events(Ledger& ledger, const std::string& pilot_id);

}  // namespace minipilot

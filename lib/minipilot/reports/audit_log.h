// The audit trail: who did what, when, with the values before and after, oldest first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/time.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/reports/pilot_view.h"

namespace minipilot {

/// Which events `log` shows; every field left empty matches all.
struct LogFilter {
  std::string pilot_id;  ///< canonical; this pilot's events
  std::string batch_id;  ///< canonical; the events about this batch (made, paid, returned, voided)
  std::string actor;
  std::string action;    ///< one of kEventActions
  std::optional<Date> from, to;  ///< by the UTC date of the event, inclusive
};

/// Every event, or only those of `pilot_id` when it is not empty, by number.
std::vector<EventView> load_events(Ledger& ledger, const std::string& pilot_id);

/// The events the filter keeps, by number, in one read transaction.
std::vector<EventView> load_events(Ledger& ledger, const LogFilter& filter);

}  // namespace minipilot

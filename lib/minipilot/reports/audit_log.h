// The audit trail: who did what, when, with the values before and after, oldest first.
#pragma once

#include <string>
#include <vector>

#include "minipilot/domain/pilot.h"
#include "minipilot/ops/context.h"
#include "minipilot/store/events.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The events of one pilot, by number, in the caller's transaction (and
/// under the caller's permission check); amended personal data with its
/// values only when `personal_values` (sees_personal_history).
std::vector<EventView> pilot_events(Store& store, const std::string& pilot_id, bool personal_values);

/// The events the filter keeps, by number, in one read transaction.
/// Error{permission} for an actor who may not read the ledger.
std::vector<EventView> load_events(const OpContext& ctx, const LogFilter& filter);

/// What else an event changed, in words: "grant 500,00 €", "paid 500,00 € in
/// PB-2026-001", "erased email, phone", ...; "" when its statuses say it all.
std::string changed_words(const EventRow& row);

}  // namespace minipilot

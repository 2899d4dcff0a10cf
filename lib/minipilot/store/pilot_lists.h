// Lists of pilots chosen by a filter: the rows of `report pilots` and of the outcomes catalogue.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/pilot_list.h"
#include "minipilot/domain/status.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The pilots that pass `filter`, in id order (year, then number).
std::vector<PilotRow> find_pilots(Store& store, const PilotFilter& filter);

/// The completed pilots passing `filter` (its dates are of completion; a
/// status filter does not apply), grouped by area, then outcome (success,
/// partial, failed), then id. With `for_public` no personal data is read at
/// all: the applicant's name stays empty.
std::vector<OutcomeRow> find_outcomes(Store& store, const PilotFilter& filter, bool for_public);

/// "kirjasto,liikunta" as {"kirjasto", "liikunta"}; "" as none.
std::vector<std::string> split_tags(const std::string& joined);

/// Disbursed pilots applied for in `year` (0: any), of any of `areas`,
/// whose planned end (or, without one, the payment's execution date) is
/// before `cutoff` ("2026-02-01"), by that day, then id; with the applicant's
/// name and contact when `contacts`. `due` and `days_late` are left for the
/// caller, who knows the calendar.
std::vector<OverdueRow> find_overdue(Store& store, int year, const std::vector<std::string>& areas,
                                     const std::string& cutoff, bool contacts);

}  // namespace minipilot

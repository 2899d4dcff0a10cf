// The programme at a glance for one year: budget, pipeline, areas, applicant types, months, outcomes, speed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/core/money.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/summary.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Builds the summary in one read transaction; the budget is ctx.config's.
/// Error{permission} (may not read), Error{not_found} (an area not configured).
Summary build_summary(const OpContext& ctx, const SummaryFilter& filter);

/// The money of budget year `year`: ctx.config's [budget] line and grant
/// amount, the grants committed as the summary counts them. Reads in the
/// caller's transaction; checks no permission.
YearBudget year_budget(const OpContext& ctx, int year);

/// The median of values given as (value, how many) pairs in ascending order
/// of value (counts of 0 or less are skipped); the mean of the middle two,
/// rounded down, when the total is even; nullopt when there are none.
std::optional<int64_t> median_of_counts(const std::vector<std::pair<int64_t, int64_t>>& value_counts);

}  // namespace minipilot

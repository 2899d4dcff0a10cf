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
#include "minipilot/ops/context.h"
#include "minipilot/store/tallies.h"

namespace minipilot {

/// What the summary covers: the pilots applied for in `year`, optionally
/// of one area. Budget figures are always programme-wide for the year.
struct SummaryFilter {
  int year = 0;
  std::string area;  ///< "" for every area
};

/// The summary report as plain data; renderers choose the format.
struct Summary {
  SummaryFilter filter;
  std::string program_name;
  bool access_control = false;
  Cents budget;
  Cents committed;                             ///< grants approved in the year and still held
  Cents disbursed;                             ///< of those, paid out
  Cents remaining;                             ///< budget - committed
  std::array<int64_t, 6> counts{};             ///< per Status, in kAllStatuses order
  std::vector<AreaSummary> by_area;            ///< every configured area, then any others
  std::vector<TypeSummary> by_applicant_type;  ///< every type
  std::vector<MonthSummary> by_month;          ///< months that had applications
  int64_t success = 0, partial = 0, failed = 0;
  /// Application -> approval or rejection, from durations in whole minutes.
  std::optional<int64_t> median_seconds_to_decision;
  /// Application -> the batch of its live payment, from whole minutes.
  std::optional<int64_t> median_seconds_to_payment;
  ChainHead chain_head;  ///< the event chain's head when the report was made
};

/// Builds the summary in one read transaction; the budget is ctx.config's.
Summary build_summary(const OpContext& ctx, const SummaryFilter& filter);

/// The median of values given as (value, how many) pairs in ascending order
/// of value (counts of 0 or less are skipped); the mean of the middle two,
/// rounded down, when the total is even; nullopt when there are none.
std::optional<int64_t> median_of_counts(const std::vector<std::pair<int64_t, int64_t>>& value_counts);

/// "3.5": seconds as days with one decimal, rounded half up.
std::string days_text(int64_t seconds);

}  // namespace minipilot

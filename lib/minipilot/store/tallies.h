// The summary's figures from the tallies that triggers keep (schema 4): a few hundred rows whatever the number of
// pilots.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/domain/summary.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Programme-wide grants of the budget year `year`: approved that year and
/// still held, and of those the paid ones, whatever their area or year of application.
struct GrantTotals {
  Cents committed;
  Cents disbursed;
};
GrantTotals grant_totals(Store& store, int year);

// The pilots applied for in `year`, of any of `areas` (empty for all):

/// How many are in each status, in kAllStatuses order.
std::array<int64_t, 6> status_counts(Store& store, int year, const std::vector<std::string>& areas);
/// Per area that had applications, by area id.
std::vector<AreaSummary> area_tallies(Store& store, int year, const std::vector<std::string>& areas);
/// Per applicant type that had applications (type as stored), in any order.
std::vector<std::pair<std::string, TypeSummary>> type_tallies(Store& store, int year,
                                                              const std::vector<std::string>& areas);
/// Per month of application that had applications, in order.
std::vector<MonthSummary> month_tallies(Store& store, int year, const std::vector<std::string>& areas);
/// Completed pilots per outcome as stored ("success", "partial", "failed").
std::vector<std::pair<std::string, int64_t>> outcome_tallies(Store& store, int year,
                                                             const std::vector<std::string>& areas);
/// Rejected pilots per reason code (uncoded rejections are not counted), by
/// code; from the partial index pilots_reject_code, never every pilot.
std::vector<std::pair<std::string, int64_t>> rejection_tallies(Store& store, int year,
                                                               const std::vector<std::string>& areas);
/// (seconds, how many) in ascending order of seconds, of the durations of
/// `kind` ("decision": application to approval or rejection; "payment":
/// application to the batch of its live payment), counted in whole minutes.
std::vector<std::pair<int64_t, int64_t>> duration_counts(Store& store, int year, const std::vector<std::string>& areas,
                                                         const char* kind);

}  // namespace minipilot

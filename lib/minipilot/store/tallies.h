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

/// Completed pilots per area and outcome: (area, outcome, how many).
struct AreaOutcome {
  std::string area, outcome;
  int64_t n = 0;
};
std::vector<AreaOutcome> area_outcome_tallies(Store& store, int year, const std::vector<std::string>& areas);

/// The people completed pilots reached, per area that reported any
/// participants, and the grants of the pilots that reported them; from the
/// partial index pilots_completed.
struct Reach {
  std::string area;
  int64_t participants = 0;
  Cents grants;  ///< of the completed pilots that reported participants
};
std::vector<Reach> reach_by_area(Store& store, int year, const std::vector<std::string>& areas);

/// Grants held of the budget year `year` by local month of approval and
/// month of payment ("" while unpaid), programme-wide; from grant_months.
struct GrantMonth {
  std::string approved_month, paid_month;
  Cents grants;
};
std::vector<GrantMonth> grant_months(Store& store, int year);

/// How many disbursed pilots applied for in `year` (0: any year), of any of
/// `areas`, count their outcome report from before `cutoff` ("2026-02-01":
/// the planned end, or without one the payment's execution date); from the
/// partial index pilots_outcome_due.
int64_t overdue_count(Store& store, int year, const std::vector<std::string>& areas, const std::string& cutoff);

/// The latest `limit` completed pilots that said something, newest first;
/// `text` holds the lessons, or the summary when there are no lessons.
std::vector<Highlight> latest_outcomes(Store& store, int year, const std::vector<std::string>& areas, int limit);

}  // namespace minipilot

// The summary report as plain data: budget, pipeline, areas, applicant types, months, outcomes, speed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/decision.h"

namespace minipilot {

struct AreaSummary {
  std::string area;
  int64_t applications = 0;
  int64_t approved = 0;  ///< ever approved and not withdrawn (still holds a grant)
  Cents disbursed;
};

struct TypeSummary {
  std::string type;
  int64_t applications = 0;
  int64_t approved = 0;
};

struct MonthSummary {
  std::string month;  ///< "2026-03", by the month of application
  int64_t applications = 0;
  int64_t approved = 0;
  int64_t rejected = 0;
};

/// What the summary covers: the pilots applied for in `year`, optionally
/// of one area. Budget figures are always programme-wide for the year.
struct SummaryFilter {
  int year = 0;
  std::vector<std::string> areas;  ///< any of these areas; empty for every area
};

/// The money of one budget year (spec §2 "Budget"), programme-wide.
struct YearBudget {
  int year = 0;
  std::optional<Cents> budget;  ///< nullopt when [budget] has no line for the year
  Cents committed;              ///< grants approved in the year and still held
  Cents disbursed;              ///< of those, paid out
  Cents remaining;              ///< budget - committed (the budget counted as 0 when there is none)
  int64_t grants_left = 0;      ///< how many more grants of program.grant_amount `remaining` allows
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
  /// Rejections per reason code: every configured code in the order of
  /// [[reasons]] (0 when unused), then codes no longer configured by code.
  /// `reason.fi`/`en` are "" for a code no longer configured.
  struct ReasonCount {
    Reason reason;
    int64_t rejections = 0;
  };
  std::vector<ReasonCount> rejections_by_reason;
  /// Application -> approval or rejection, from durations in whole minutes.
  std::optional<int64_t> median_seconds_to_decision;
  /// Application -> the batch of its live payment, from whole minutes.
  std::optional<int64_t> median_seconds_to_payment;
  ChainHead chain_head;  ///< the event chain's head when the report was made
};

/// "3.5": seconds as days with one decimal, rounded half up (as JSON writes it).
std::string days_text(int64_t seconds);

/// The same for people, in the chosen language: "3.5 days", in Finnish "3,5 päivää".
std::string days_words(int64_t seconds);

}  // namespace minipilot

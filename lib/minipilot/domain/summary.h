// The summary report as plain data: budget, pipeline, areas, applicant types, months, outcomes, speed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
  std::string name = {};  ///< as configured; the id of an area no longer configured
  int64_t success = 0, partial = 0, failed = 0;
  int64_t participants = 0;  ///< people the area's completed pilots reached, as they reported
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

/// Grants of the budget year by month (spec §2 "Budget"), programme-wide:
/// committed by the local month of approval, paid by the month of the
/// payment's execution date; `*_total` run from the year's first month.
struct MoneyMonth {
  std::string month;  ///< "2026-03"
  Cents committed, disbursed;
  Cents committed_total, disbursed_total;
};

/// One of the latest outcomes, for the council: its lessons (or, without
/// lessons, its summary) cut to a few lines.
struct Highlight {
  std::string id, title, area, area_name, outcome;
  std::string completed_at;  ///< ISO 8601 UTC
  std::string text;
};

/// The year before, for comparison: the same figures, without the detail.
struct YearFigures {
  int year = 0;
  int64_t applications = 0, approved = 0, rejected = 0;
  Cents committed, disbursed;
  int64_t success = 0, partial = 0, failed = 0;
  int64_t participants = 0;
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

  std::string municipality;  ///< [program] municipality
  std::string made_on;       ///< the local day the report was made, "2026-06-30"
  /// The local days covered: the year's first day, to `made_on` in the
  /// current year or the year's last day in one that has ended.
  std::string period_from, period_to;
  /// Committed and paid as per mille of the budget (333 for 33.3 %); nullopt without a budget.
  std::optional<int64_t> committed_permille, disbursed_permille;
  std::vector<MoneyMonth> money_by_month;  ///< the year's months to the current one (or to the last payment)
  int64_t participants = 0;                ///< people the completed pilots reached, as they reported
  /// The grants of completed pilots that reported participants, per participant; nullopt when nobody took part.
  std::optional<Cents> cents_per_participant;
  int64_t overdue_outcomes = 0;              ///< disbursed pilots whose outcome report is past due
  int outcome_due_days = 0;                  ///< [program] outcome_due_days
  std::vector<Highlight> highlights;         ///< the latest outcomes, newest first
  std::optional<YearFigures> previous_year;  ///< when anybody applied the year before
};

/// `text` cut at a word to at most `limit` code points, with "…" when cut.
std::string excerpt(std::string_view text, size_t limit);

/// "33.3": per mille as a percent with one decimal.
std::string permille_text(int64_t permille);

/// "3.5": seconds as days with one decimal, rounded half up (as JSON writes it).
std::string days_text(int64_t seconds);

/// The same for people, in the chosen language: "3.5 days", in Finnish "3,5 päivää".
std::string days_words(int64_t seconds);

}  // namespace minipilot

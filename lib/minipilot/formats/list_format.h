// `report pilots` and `report outcomes` as JSON (a stable contract) and as Documents for people.
#pragma once

#include <string>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/pilot_list.h"
#include "minipilot/domain/summary.h"
#include "minipilot/formats/document.h"
#include "minipilot/validate/lessons.h"

namespace minipilot {

/// {"filter": {...}, "budget": {year, budget_cents, committed_cents,
/// remaining_cents, grants_left} or null, "count": N, "pilots": [{id, title,
/// area, status, on_hold, applicant_name, applicant_type, submitted_at,
/// decided_at, grant_cents, batch_id, outcome}]}; absent values are null
/// (budget_cents, remaining_cents and grants_left when the year has no budget).
std::string pilots_json(const PilotFilter& filter, const std::vector<PilotRow>& rows, const ChainHead* head = nullptr,
                        const YearBudget* budget = nullptr);

/// One table: id, status, area, applicant, title, dates, grant; with
/// `budget`, a line above it with the money left and how many grants it pays.
Document pilots_document(const PilotFilter& filter, const std::vector<PilotRow>& rows,
                         const YearBudget* budget = nullptr);

/// For the city's own use: {"public": false, "filter": {...}, "count": N,
/// "groups": [{area, area_name, outcome, count, pilots: [{id, title,
/// applicant_name, start_date, end_date, completed_at, participants,
/// summary, lessons, tags}]}]}. With `for_public`, the lessons catalogue
/// (docs/lessons-format.md): {"format", "format_version", "city", "program",
/// "generated_at", "public": true, "filter", "count", "lessons": [{id, title,
/// area, area_name, start_date, end_date, completed_on, outcome,
/// participants, summary, lessons, tags}]}, without any personal data.
std::string outcomes_json(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                          const Config& config, const std::string& generated_at, const ChainHead* head = nullptr);

/// A block per pilot, in the catalogue's order, titled with its area, outcome,
/// id and title; summary and lessons in full (the terminal cuts them to its
/// width).
Document outcomes_document(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                           const Config& config);

/// {"public": bool, "filter": {...}, "today": "2026-05-04", "outcome_due_days": N,
/// "count": N, "pilots": [{id, title, area, area_name, end_date, paid_on,
/// counts_from ("end" | "payment"), due, days_late}]}; not public, each pilot
/// also has applicant_name, email and phone (null where the actor is not an
/// agent of its area).
std::string overdue_json(const PilotFilter& filter, const std::vector<OverdueRow>& rows, bool for_public,
                         const Config& config, const std::string& today, const ChainHead* head = nullptr);

/// One table of the overdue outcome reports, the most overdue first.
Document overdue_document(const PilotFilter& filter, const std::vector<OverdueRow>& rows, bool for_public,
                          const Config& config, const std::string& today);

/// "2026, area keskusta, status approved, search 'sauna', applied 2026-03-01 to
/// 2026-03-31" (empty when nothing narrows the list); `dates` names what the
/// dates are of.
std::string filter_text(const PilotFilter& filter, std::string_view dates);

}  // namespace minipilot

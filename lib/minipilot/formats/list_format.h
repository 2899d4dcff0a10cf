// `report pilots` and `report outcomes` as JSON (a stable contract) and as Documents for people.
#pragma once

#include <string>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/pilot_list.h"
#include "minipilot/domain/summary.h"
#include "minipilot/formats/document.h"

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

/// {"public": bool, "filter": {...}, "count": N, "groups": [{area, area_name,
/// outcome, count, pilots: [{id, title, start_date, end_date, completed_at,
/// participants, summary, lessons}]}]}; `applicant_name` in each pilot only
/// when not public.
std::string outcomes_json(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                          const Config& config, const ChainHead* head = nullptr);

/// A block per pilot, in the catalogue's order, titled with its area, outcome,
/// id and title; summary and lessons in full (the terminal cuts them to its
/// width).
Document outcomes_document(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                           const Config& config);

/// "2026, area keskusta, status approved, search 'sauna', applied 2026-03-01 to
/// 2026-03-31" (empty when nothing narrows the list); `dates` names what the
/// dates are of.
std::string filter_text(const PilotFilter& filter, std::string_view dates);

}  // namespace minipilot

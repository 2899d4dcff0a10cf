// `report pilots` and `report outcomes`: lists of pilots chosen by a filter, as plain data.
#pragma once

#include <vector>

#include "minipilot/domain/chain.h"
#include "minipilot/domain/pilot_list.h"
#include "minipilot/domain/summary.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The pilots that pass `filter`, in `order` (id: year, then number). Its
/// dates are days of the programme's calendar, whatever `filter.zone` says.
/// With `head`, also the chain head of the same snapshot; with `budget`, the
/// current year's budget (year_budget) too, for the agent's queue.
/// Error{permission} for an actor who may not read, Error{not_found} for an
/// area not configured.
std::vector<PilotRow> list_pilots(const OpContext& ctx, const PilotFilter& filter, ChainHead* head = nullptr,
                                  PilotOrder order = PilotOrder::id, YearBudget* budget = nullptr);

/// The outcomes catalogue: completed pilots passing `filter` (its dates are
/// local days of completion; a status filter does not apply), grouped by area, then
/// outcome (success, partial, failed), then id. With `for_public` no
/// personal data is read at all: the applicant's name stays empty. Refuses
/// as list_pilots.
std::vector<OutcomeRow> list_outcomes(const OpContext& ctx, const PilotFilter& filter, bool for_public,
                                      ChainHead* head = nullptr);

/// The outcome reports past due today (the programme's calendar): disbursed
/// pilots passing `filter`'s year and areas, the most overdue first. The
/// applicant's name and contact are read only for the pilots of areas the
/// actor may decide in (anyone in single-user mode), never with `for_public`.
std::vector<OverdueRow> list_overdue(const OpContext& ctx, const PilotFilter& filter, bool for_public, ChainHead* head);

}  // namespace minipilot

// `report decisions`: the decision list for the board and, with --public, for the city's web pages (spec §7).
#pragma once

#include "minipilot/domain/decision_list.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The decisions `query` keeps, by number, in one snapshot with its chain
/// head. For the public, an applicant's name only up to and including the
/// decision day + kPublicNameDays, and no free text. Error{permission} for
/// an actor who may not read, Error{not_found} for an unknown area.
DecisionList list_decisions(const OpContext& ctx, DecisionQuery query);

}  // namespace minipilot

// The decision list as JSON and as a Document (`report decisions`).
#pragma once

#include <string>

#include "minipilot/domain/decision_list.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// {"public", "year", "from", "to", "areas", "count", "decisions": [{"number",
/// "date", "decider", "decider_name", "decider_title", "area", "area_name",
/// "pilot_id", "title", "applicant" (null once removed), "applicant_removed",
/// "applicant_type", "decision" (approved|rejected), "grant_cents",
/// "reason_code", "reason", "note" (not in a public list)}], "chain_head"}.
std::string decisions_json(const DecisionList& list);

/// The list for people, by number; its footer the chain head.
Document decisions_document(const DecisionList& list);

}  // namespace minipilot

// One pilot (`show`, `apply`) as JSON and as a Document.
#pragma once

#include <string>

#include "minipilot/domain/decision.h"
#include "minipilot/domain/pilot.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// The pilot with its applicant and events; grant in grant_cents.
std::string pilot_json(const PilotView& p);

/// The pilot's details, then its history, for people; a rejection's reason
/// code with its text in the output language when `reasons` has it.
Document pilot_document(const PilotView& p, const std::vector<Reason>& reasons = {});

/// `log`: the events as {"events": [{seq, at, actor, action, pilot_id, detail, hash}]},
/// detail as the JSON object it is.
std::string events_json(const std::vector<EventView>& events);
Document events_document(const std::vector<EventView>& events, const std::string& title);

}  // namespace minipilot

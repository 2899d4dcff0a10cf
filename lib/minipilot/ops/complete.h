// Recording a pilot's outcome once it has run: success, partial or failed (failure is allowed).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "minipilot/core/ids.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The pilot's own report.
struct Outcome {
  std::string outcome;  ///< success | partial | failed
  std::optional<int64_t> participants;
  std::string summary;
  std::string lessons;
  std::optional<std::string> tags = {};  ///< the themes as given ("liikunta, kirjasto"); nullopt when not given
};

/// Records the outcome of a disbursed pilot, which becomes completed and
/// keeps its grant whatever the outcome. The summary and lessons are kept on
/// the pilot (they are free text and must stay erasable); the event records
/// the outcome, the number of participants and the themes (check_tags). An
/// outcome before the planned end is allowed, with a notice. Throws: invalid
/// (outcome, participants out of 0..10,000,000, text too long, tags),
/// not_found, conflict (not disbursed), permission (not an agent of the area).
void complete(const OpContext& ctx, PilotId id, const Outcome& outcome);

/// Replaces the themes of a completed pilot, with an amend event holding the
/// old and the new ones. Returns whether they changed. Throws: invalid
/// (tags), not_found, conflict (not completed), permission (not an agent of the area).
bool amend_tags(const OpContext& ctx, PilotId id, std::string_view tags);

}  // namespace minipilot

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
};

/// Records the outcome of a disbursed pilot, which becomes completed and
/// keeps its grant whatever the outcome. The summary and lessons are kept on
/// the pilot (they are free text and must stay erasable); the event records
/// the outcome and the number of participants. Throws: invalid (outcome,
/// participants out of 0..10,000,000, text too long), not_found,
/// conflict (not disbursed), permission (not an agent of the area).
void complete(const OpContext& ctx, PilotId id, const Outcome& outcome);

}  // namespace minipilot

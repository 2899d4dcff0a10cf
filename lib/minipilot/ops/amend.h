// Corrections of an applicant's details, and holds that keep an approved pilot out of batches.
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/ids.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Sets one detail of the pilot's applicant. The old and new value are kept
/// in applicant_changes and the event refers to that row (events hold no
/// personal data). A changed IBAN records the actor as the one who last set
/// it (four-eyes). A paid payment keeps the details it was paid with.
/// Returns false when the value was already so (nothing recorded).
/// Throws: invalid value, not_found, permission (not an agent of the area),
/// conflict (a new name would duplicate a live application).
bool amend(const OpContext& ctx, PilotId id, AmendField field, std::string_view value);

/// Keeps an approved pilot out of batches until released; reason required.
/// Throws conflict unless the pilot is approved and not on hold.
void hold(const OpContext& ctx, PilotId id, std::string_view reason);

/// Lets a held pilot back into batches. Throws conflict when not on hold.
void release(const OpContext& ctx, PilotId id);

}  // namespace minipilot

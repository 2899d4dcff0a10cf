// Corrections of what was typed, and holds that keep an approved pilot out of batches.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// One correction asked for: the field and its new value as typed.
struct Correction {
  AmendField field;
  std::string value;
};

/// A field corrected, and whether its value changed (false: it was so already).
struct Amended {
  AmendField field;
  bool changed = false;
};

/// Corrects the pilot's fields in one transaction, one amend event each.
/// The pilot after the change is validated as at `apply` (the fields given
/// and those they bear on: a type and the business ID, start and end). What
/// may change depends on the status: the applicant's name, e-mail and phone
/// always (GDPR art. 16); the account (IBAN, BIC, payee name) and the area
/// only before payment; the rest unless the application was rejected or
/// withdrawn. A new area needs the actor to be an agent there too. A type
/// made `resident` drops the business ID (recorded as its own change).
/// Personal values are kept in applicant_changes, the others in the event.
/// A changed IBAN records the actor as the one who last set it (four-eyes);
/// a paid payment keeps the details it was paid with.
/// Throws: invalid value, not_found (pilot, area), permission (area),
/// conflict (status, or a name or title that would duplicate a live
/// application). Returns the fields in AmendField order.
std::vector<Amended> amend(const OpContext& ctx, PilotId id, const std::vector<Correction>& corrections);

/// Keeps an approved pilot out of batches until released; reason required.
/// Throws conflict unless the pilot is approved and not on hold.
void hold(const OpContext& ctx, PilotId id, std::string_view reason);

/// Lets a held pilot back into batches. Throws conflict when not on hold.
void release(const OpContext& ctx, PilotId id);

}  // namespace minipilot

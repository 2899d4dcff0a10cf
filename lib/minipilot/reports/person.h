// `applicant export`: everything the ledger holds about one person (GDPR right of access), as plain data.
#pragma once

#include <vector>

#include "minipilot/domain/person.h"
#include "minipilot/ops/context.h"
#include "minipilot/validate/person_key.h"

namespace minipilot {

/// Reads every applicant record of the person named by `who` (a key as
/// require_person_key reads it) or, when `who` is empty, by the e-mail
/// address `email` (find_person), with their pilots, amendments and payments,
/// in one read transaction. Admins only; the key is read after the permission
/// is checked. Throws Error{permission}, Error{invalid} (a malformed key),
/// Error{not_found} when none matches, Error{conflict} when the key is shared
/// by people of different names.
std::vector<PersonRecord> export_person(const OpContext& ctx, const std::string& who, const std::string& email);

}  // namespace minipilot

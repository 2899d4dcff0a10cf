// `applicant export`: everything the ledger holds about one person (GDPR right of access), as plain data.
#pragma once

#include <vector>

#include "minipilot/ops/context.h"
#include "minipilot/store/applicants.h"
#include "minipilot/validate/person_key.h"

namespace minipilot {

/// Reads every applicant record of the person `key` names (find_person),
/// with their pilots, amendments and payments, in one read transaction.
/// Throws Error{not_found} when none matches, Error{conflict} when the key is
/// shared by people of different names.
std::vector<PersonRecord> export_person(const OpContext& ctx, const PersonKey& key);

}  // namespace minipilot

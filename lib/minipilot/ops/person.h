// Finding one person in the ledger: every applicant record that is theirs, and never another person's.
#pragma once

#include <cstdint>
#include <vector>

#include "minipilot/store/store.h"
#include "minipilot/validate/person_key.h"

namespace minipilot {

/// The applicant numbers of one person, in order: the records the key
/// names and every record with the same name (compared as the duplicate
/// rule compares them) that shares an e-mail, IBAN or business ID with one
/// of them, and so on. An e-mail, IBAN or business ID used by records of
/// different names names no single person: Error{conflict} lists them, and
/// only an applicant's number (or pilot id) picks one. Error{not_found} when
/// nothing matches. Reads inside the caller's transaction.
std::vector<int64_t> find_person(Store& store, const PersonKey& key);

}  // namespace minipilot

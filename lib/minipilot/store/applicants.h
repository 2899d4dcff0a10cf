// Applicants' details: the payee's, finding a person's records, and reading everything held about them.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "minipilot/domain/applicant.h"
#include "minipilot/domain/person.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// What a payee commitment is made of; `salt` is "" for an applicant from before schema 5.
struct PayeeDetails {
  std::string salt, name, iban, bic;
};
PayeeDetails payee_details(Store& store, int64_t applicant_id);
/// Gives an applicant from before schema 5 its salt.
void set_payee_salt(Store& store, int64_t applicant_id, const std::string& salt);

/// The keys by which one person's records are found (spec §6).
struct ApplicantKeys {
  int64_t id = 0;
  std::string name, email, iban, business_id;
};

/// The applicant numbered `n` (none or one).
std::vector<ApplicantKeys> applicants_numbered(Store& store, int64_t n);
/// The applicant of the pilot `pilot_id` (none or one).
std::vector<ApplicantKeys> applicant_of_pilot(Store& store, const std::string& pilot_id);
/// Every applicant with a non-empty e-mail (compared ASCII-case-insensitively:
/// give them in lower case), IBAN or business ID among those given, by number.
/// One scan of the applicants: they have no index on these columns (an index
/// each would slow every import for a rare command).
std::vector<ApplicantKeys> applicants_sharing(Store& store, const std::set<std::string>& emails,
                                              const std::set<std::string>& ibans,
                                              const std::set<std::string>& business_ids);

/// Every column of the applicant's row and of the rows about them (except
/// the ledger's own keys: salts and the duplicate key).
PersonRecord applicant_record(Store& store, int64_t applicant_id);

}  // namespace minipilot

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
/// One scan of the applicants: they have no index on e-mail or business ID
/// (an index each would slow every import for a rare command).
std::vector<ApplicantKeys> applicants_sharing(Store& store, const std::set<std::string>& emails,
                                              const std::set<std::string>& ibans,
                                              const std::set<std::string>& business_ids);

/// A pilot whose payee is paid to an IBAN that another payee uses too.
struct IbanUser {
  std::string iban, pilot_id, payee_name, business_id;
  int64_t pilots_on_iban = 0;  ///< how many pilots in all are paid to this IBAN
};

/// How many pilots per shared IBAN shared_iban_users names.
inline constexpr int64_t kIbanUsersShown = 5;

/// For each of `ibans` that payees of more than one identity use (another
/// business ID, or with none another name, compared case-folded), the first
/// kIbanUsersShown pilots paid to it, by IBAN and then pilot id, each with
/// the count of all. By the IBAN index: a few rows read per IBAN asked.
std::vector<IbanUser> shared_iban_users(Store& store, const std::vector<std::string>& ibans);
/// The same for the IBANs of the applicants numbered `first_id` or higher
/// (those an import added), without holding their list.
std::vector<IbanUser> shared_iban_users_from(Store& store, int64_t first_id);
/// The highest applicant number in use, 0 when there is none.
int64_t last_applicant_id(Store& store);

/// Every column of the applicant's row and of the rows about them (except
/// the ledger's own keys: salts and the duplicate key).
PersonRecord applicant_record(Store& store, int64_t applicant_id);

}  // namespace minipilot

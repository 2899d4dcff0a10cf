// One person is all their records: the same name and a shared e-mail, IBAN or business ID (spec §6).
#include "minipilot/ops/person.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/store/applicants.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// As the store compares e-mails: ASCII case only.
std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The e-mails, IBANs and business IDs of some records.
struct Keys {
  std::set<std::string> emails, ibans, business_ids;

  void add(const ApplicantKeys& r) {
    if (!r.email.empty()) emails.insert(lower_ascii(r.email));
    if (!r.iban.empty()) ibans.insert(r.iban);
    if (!r.business_id.empty()) business_ids.insert(r.business_id);
  }
  std::vector<ApplicantKeys> sharing(Store& store) const {
    return applicants_sharing(store, emails, ibans, business_ids);
  }
};

std::vector<ApplicantKeys> seed(Store& store, const PersonKey& key) {
  using K = PersonKey::Kind;
  if (key.kind == K::number || key.kind == K::pilot) {
    std::vector<ApplicantKeys> found =
        key.kind == K::number ? applicants_numbered(store, key.number) : applicant_of_pilot(store, key.text);
    if (found.empty() && key.kind == K::pilot) throw pilot_not_found(key.text);
    if (found.empty()) throw Error(ErrorKind::not_found, trf("no applicant {}", key.number));
    return found;
  }
  Keys keys;
  (key.kind == K::email  ? keys.emails
   : key.kind == K::iban ? keys.ibans
                         : keys.business_ids)
      .insert(key.kind == K::email ? lower_ascii(key.text) : key.text);
  std::vector<ApplicantKeys> found = keys.sharing(store);
  // One sentence per kind of key, with the key as its field.
  const char* none = key.kind == K::email  ? N_("no applicant with the e-mail {}")
                     : key.kind == K::iban ? N_("no applicant with the IBAN {}")
                                           : N_("no applicant with the business ID {}");
  if (found.empty())
    throw Error(ErrorKind::not_found, trf(none, key.text),
                tr("an applicant is also found by their number or a pilot id: 'applicant export MP-2026-0001'"));
  std::set<std::string> names;
  for (const ApplicantKeys& r : found) names.insert(fold_for_match(r.name));
  if (names.size() > 1) {
    std::vector<std::string> listed;
    for (const ApplicantKeys& r : found) listed.push_back(fmt::format("{} ({})", r.id, r.name));
    // TRANSLATORS: {} are the e-mail address, IBAN or business ID, then the applicants as "12 (Anna Virtanen)".
    const char* shared = key.kind == K::email  ? N_("the e-mail {} is used by applicants of different names: {}")
                         : key.kind == K::iban ? N_("the IBAN {} is used by applicants of different names: {}")
                                               : N_("the business ID {} is used by applicants of different names: {}");
    throw Error(ErrorKind::conflict, trf(shared, key.text, fmt::join(listed, ", ")),
                // TRANSLATORS: {} is an applicant's number.
                trf("give the number of the one applicant meant instead (such as {}): "
                    "nobody may receive another person's data",
                    found.front().id));
  }
  return found;
}

}  // namespace

std::vector<int64_t> find_person(Store& store, const PersonKey& key) {
  std::vector<ApplicantKeys> round = seed(store, key);
  std::set<std::string> names;
  for (const ApplicantKeys& r : round) names.insert(fold_for_match(r.name));
  std::set<int64_t> found;
  // Follows shared keys from record to record, keeping only the same name.
  while (!round.empty()) {
    Keys keys;
    for (const ApplicantKeys& r : round)
      if (found.insert(r.id).second) keys.add(r);
    round.clear();
    for (ApplicantKeys& other : keys.sharing(store))
      if (!found.count(other.id) && names.count(fold_for_match(other.name))) round.push_back(std::move(other));
  }
  return {found.begin(), found.end()};
}

}  // namespace minipilot

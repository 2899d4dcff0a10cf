// Declared interests as stored: recorded, ended, listed, and the applicants' keys a decision compares them with.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/domain/interest.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Records `interest` as live, in the caller's write transaction, and
/// returns its id. Its `id`, `removed_at` and `removed_by` are not read.
int64_t insert_interest(Store& store, const Interest& interest);

/// The live interest of `user` of `kind` with `match_key`, if any.
std::optional<Interest> find_live_interest(Store& store, std::string_view user, InterestKind kind,
                                           std::string_view match_key);

/// Ends the live interest `id`: it no longer bars its user from deciding.
void end_interest(Store& store, int64_t id, std::string_view at, std::string_view by);

/// Interests by user and id: of `user` ("" for every user), live ones only
/// unless `ended` too. One query.
std::vector<Interest> list_interests(Store& store, std::string_view user, bool ended);

/// What a decision compares a user's interests with: a pilot's applicant.
struct PartyKeys {
  std::string pilot_id;
  std::string area;
  std::string name;
  std::string payee_name;  ///< "" when the applicant is paid in their own name
  std::string business_id;
  std::string iban;
};

/// The applicants of the pilots `ids` (canonical), in the order of `ids`,
/// in one query; ids that name no pilot are left out.
std::vector<PartyKeys> applicant_keys(Store& store, const std::vector<std::string>& ids);

}  // namespace minipilot

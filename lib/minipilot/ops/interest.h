// Declared interests (spec §3, §4, §7; Hallintolaki 27–28 §): recorded, ended, listed, and checked at decisions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minipilot/domain/interest.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Records that `user` has an interest in applicants with this business ID,
/// name or IBAN (`value` as typed), for `reason`. A user records their own
/// (agent, finance), an admin anyone's. Throws: config (no [users]: nobody
/// to disqualify), not_found (no such user), permission, invalid (a value or
/// reason that does not check), conflict (the same interest is live).
Interest add_interest(const OpContext& ctx, std::string_view user, InterestKind kind, std::string_view value,
                      std::string_view reason);

/// Ends `user`'s live interest of this kind and value (as typed, compared
/// as add_interest compares it). Same permissions; not_found when none is live.
Interest remove_interest(const OpContext& ctx, std::string_view user, InterestKind kind, std::string_view value);

/// The interests of `user` ("" for everybody's), live ones unless `ended`
/// too. Any role may list them; an unknown user with none is not_found.
std::vector<Interest> list_interests(const OpContext& ctx, std::string_view user, bool ended);

/// The disqualification of approve and reject: refuses (Error{permission})
/// when the acting user has a live interest in the applicant of any of the
/// pilots `ids` (business ID equal, IBAN equal, or the applicant's or
/// payee's name equal by name_match_key), naming the pilot and the interest,
/// and as the hint who else may decide. One query when the user has no
/// interests; else one more over all the ids. Run inside the decision's
/// transaction.
void check_disqualification(const OpContext& ctx, const std::vector<std::string>& ids);

}  // namespace minipilot

// Who may read what: the permission check every report makes before it reads anything.
#pragma once

#include <string>
#include <vector>

#include "minipilot/ops/context.h"

namespace minipilot {

/// Refuses (Error{permission}) an actor who may not read the ledger, then
/// (Error{not_found}) the first of `areas` that is not configured (none for
/// every area).
void authorize_read(const OpContext& ctx, const std::vector<std::string>& areas = {});

/// Whether the actor sees the old and new values of amended personal data in
/// a history (`show`, `log`): those who may amend them, agents and admins, and
/// anyone on a single-user ledger. Viewers and finance see which field changed.
bool sees_personal_history(const Actor& actor);

/// The areas whose `[[areas]] agents` list the acting user, in the
/// configuration's order (`report pilots --mine`). Refuses a single-user
/// ledger, where nobody has areas (Error{usage}), and a user who is the agent
/// of no area (Error{not_found}).
std::vector<std::string> my_areas(const OpContext& ctx);

}  // namespace minipilot

// The read check, in the order the commands have always made it: who first, then which area; and whose areas.
#include "minipilot/reports/access.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

void authorize_read(const OpContext& ctx, const std::vector<std::string>& areas) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  if (ctx.config.areas.empty()) return;
  for (const std::string& area : areas)
    if (!ctx.config.find_area(area)) throw Error(ErrorKind::not_found, trf("no area '{}' in the configuration", area));
}

bool sees_personal_history(const Actor& actor) {
  if (!actor.access_control()) return true;
  const std::vector<Role>& roles = actor.user->roles;
  return std::find(roles.begin(), roles.end(), Role::agent) != roles.end() ||
         std::find(roles.begin(), roles.end(), Role::admin) != roles.end();
}

std::vector<std::string> my_areas(const OpContext& ctx) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  if (!ctx.actor.access_control())
    throw Error(ErrorKind::usage,
                tr("--mine needs users: this ledger is single-user (no [users] in the configuration)"),
                tr("name the areas with --area"));
  std::vector<std::string> out;
  for (const Area& a : ctx.config.areas)
    if (std::find(a.agents.begin(), a.agents.end(), ctx.actor.id) != a.agents.end()) out.push_back(a.id);
  if (out.empty())
    throw Error(ErrorKind::not_found, trf("{} is not an agent of any area", ctx.actor.id),
                tr("the areas' agents are listed in [[areas]] agents; name the areas with --area"));
  return out;
}

}  // namespace minipilot

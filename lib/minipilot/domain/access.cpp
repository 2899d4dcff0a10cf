// Role and area checks.
#include "minipilot/domain/access.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

constexpr std::array<std::string_view, 4> kRoleNames{"viewer", "agent", "finance", "admin"};
// TRANSLATORS: a user's role, as shown to people (viewer, agent, finance, admin).
constexpr std::array<const char*, 4> kRoleWords{N_("viewer"), N_("agent"), N_("finance"), N_("admin")};

bool is_agent_of(const User& u, const std::vector<Area>& areas, std::string_view area) {
  if (!has_role(u, Role::agent)) return false;
  for (const Area& a : areas)
    if (a.id == area) return std::find(a.agents.begin(), a.agents.end(), u.id) != a.agents.end();
  return false;
}

// The refusal, a whole sentence with the user's id as its field.
const char* describe(Permission p) {
  switch (p) {
    case Permission::read:
      return N_("{} may not read the ledger");
    case Permission::apply:
      return N_("{} may not register applications");
    case Permission::decide:
      return N_("{} may not decide on pilots");
    case Permission::hold:
      return N_("{} may not hold or release pilots");
    case Permission::disburse:
      return N_("{} may not make payment batches");
    case Permission::admin:
      return N_("{} may not do this (admin only)");
  }
  return N_("{} may not do this");
}

bool allowed(const User& u, Permission what, const std::vector<Area>& areas, std::string_view area) {
  if (has_role(u, Role::admin)) return true;
  switch (what) {
    case Permission::read:
      return !u.roles.empty();
    case Permission::apply:
      return has_role(u, Role::agent);
    case Permission::decide:
      return is_agent_of(u, areas, area);
    case Permission::hold:
      return has_role(u, Role::finance) || is_agent_of(u, areas, area);
    case Permission::disburse:
      return has_role(u, Role::finance);
    case Permission::admin:
      return false;
  }
  return false;
}

// Who may act in `area` instead: its agents by user id, or that an admin may when it has none.
std::string agents_hint(const std::vector<Area>& areas, std::string_view area) {
  const auto it = std::find_if(areas.begin(), areas.end(), [&](const Area& a) { return a.id == area; });
  if (it == areas.end() || it->agents.empty())
    // TRANSLATORS: a hint when a user is not an agent of the area; {} is the area's id.
    return trf("{} has no agents: an admin may act, or add agents to it under [[areas]]", area);
  // TRANSLATORS: a hint when a user is not an agent of the area: the area's id, then its agents' user ids ("anna,
  // ville").
  return trnf("the agent of {} is {}", "the agents of {} are {}", it->agents.size(), area,
              fmt::format("{}", fmt::join(it->agents, ", ")));
}

}  // namespace

bool has_role(const User& u, Role r) { return std::find(u.roles.begin(), u.roles.end(), r) != u.roles.end(); }

std::string_view to_string(Role r) { return kRoleNames[static_cast<size_t>(r)]; }

std::string role_text(Role r) { return tr(kRoleWords[static_cast<size_t>(r)]); }

std::string role_text(std::string_view name) {
  const std::optional<Role> r = parse_role(name);
  return r ? role_text(*r) : std::string(name);
}

std::optional<Role> parse_role(std::string_view text) {
  for (size_t i = 0; i < kRoleNames.size(); ++i)
    if (kRoleNames[i] == text) return static_cast<Role>(i);
  return std::nullopt;
}

Actor resolve_actor(const std::map<std::string, User>& users, std::string_view requested) {
  if (users.empty()) return Actor{std::string(requested), std::nullopt};
  const auto it = users.find(std::string(requested));
  if (it == users.end())
    throw Error(ErrorKind::permission, trf("unknown user '{}'", requested),
                tr("use --as USER or $MINIPILOT_USER with a user listed under [users]"));
  return Actor{it->first, it->second};
}

bool may(const Actor& actor, Permission what, const std::vector<Area>& areas, std::string_view area) {
  return !actor.access_control() || allowed(*actor.user, what, areas, area);
}

void authorize(const Actor& actor, Permission what, const std::vector<Area>& areas, std::string_view area) {
  if (!actor.access_control() || allowed(*actor.user, what, areas, area)) return;
  const bool area_bound = what == Permission::decide || what == Permission::hold;
  if (area_bound && has_role(*actor.user, Role::agent))
    throw Error(ErrorKind::permission, trf("{} is not an agent of area '{}'", actor.id, area),
                agents_hint(areas, area));
  throw Error(ErrorKind::permission, trf(describe(what), actor.id));
}

}  // namespace minipilot

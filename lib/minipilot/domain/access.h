// Users, roles and areas, and the one function that decides who may do what (spec §3).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minipilot {

enum class Role { viewer, agent, finance, admin };

std::string_view to_string(Role r);
std::optional<Role> parse_role(std::string_view text);

/// A role as people read it, in the chosen language ("finance", in Finnish
/// "talous"); for a stored name, anything else as it is.
std::string role_text(Role r);
std::string role_text(std::string_view name);

/// What a command needs to be allowed.
enum class Permission {
  read,      ///< show, report, log, verify
  apply,     ///< register applications, for any area
  decide,    ///< approve, reject, withdraw, complete, amend: agents of the area
  hold,      ///< hold, release: agents of the area, finance
  disburse,  ///< payment batches: finance
  admin,     ///< applicant data, purge, backup
};

/// A configured user.
struct User {
  std::string id;
  std::string name;
  std::vector<Role> roles;
  std::string title;  ///< the post, printed with the decider's name in decision letters ("" when not given)
};

/// An area of the city and the users who act as its agents.
struct Area {
  std::string id;
  std::string name;
  std::vector<std::string> agents;
};

/// Whether `u` has role `r`.
bool has_role(const User& u, Role r);

/// Who runs the command. Without a [users] table access control is off and
/// `user` is empty; `id` is still recorded on every event.
struct Actor {
  std::string id;
  std::optional<User> user;

  bool access_control() const { return user.has_value(); }
};

/// The actor for `requested` (from --as, $MINIPILOT_USER or the login name).
/// With users configured an unknown name is refused (permission denied).
Actor resolve_actor(const std::map<std::string, User>& users, std::string_view requested);

/// Whether `actor` may do `what` (authorize() without the refusal).
bool may(const Actor& actor, Permission what, const std::vector<Area>& areas, std::string_view area = {});

/// Throws Error{permission} unless `actor` may do `what`; `area` is the
/// pilot's area for area-bound permissions (decide, hold).
void authorize(const Actor& actor, Permission what, const std::vector<Area>& areas, std::string_view area = {});

}  // namespace minipilot

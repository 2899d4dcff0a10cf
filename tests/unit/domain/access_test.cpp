// Tests of domain/access: roles, areas and unknown users.
#include "minipilot/domain/access.h"

#include <doctest/doctest.h>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {
const std::map<std::string, User> kUsers{{"anna", {"anna", "Anna", {Role::agent}, ""}},
                                         {"pirjo", {"pirjo", "Pirjo", {Role::finance}, ""}},
                                         {"tarja", {"tarja", "Tarja", {Role::viewer}, ""}},
                                         {"ville", {"ville", "Ville", {Role::agent}, ""}},
                                         {"root", {"root", "Admin", {Role::admin}, ""}}};
const std::vector<Area> kAreas{
    {"keskusta", "Keskusta", {"anna"}}, {"jukola", "Jukola", {}}, {"lammi", "Lammi", {"anna", "oona"}}};

ErrorKind denied(const std::string& who, Permission p, std::string_view area = {}) {
  try {
    authorize(resolve_actor(kUsers, who), p, kAreas, area);
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::internal;  // not refused
}
}  // namespace

TEST_CASE("access: an agent decides only in the areas that list them") {
  CHECK_NOTHROW(authorize(resolve_actor(kUsers, "anna"), Permission::decide, kAreas, "keskusta"));
  CHECK(denied("anna", Permission::decide, "jukola") == ErrorKind::permission);
}

TEST_CASE("access: viewers and finance read but do not decide or apply") {
  CHECK_NOTHROW(authorize(resolve_actor(kUsers, "tarja"), Permission::read, kAreas));
  CHECK(denied("tarja", Permission::apply) == ErrorKind::permission);
  CHECK(denied("pirjo", Permission::decide, "keskusta") == ErrorKind::permission);
  CHECK_NOTHROW(authorize(resolve_actor(kUsers, "pirjo"), Permission::disburse, kAreas));
}

TEST_CASE("access: admin may do everything") {
  for (Permission p : {Permission::read, Permission::apply, Permission::decide, Permission::hold, Permission::disburse,
                       Permission::admin})
    CHECK_NOTHROW(authorize(resolve_actor(kUsers, "root"), p, kAreas, "jukola"));
}

TEST_CASE("access: an unknown user is refused as permission denied") {
  try {
    resolve_actor(kUsers, "mallory");
    FAIL("mallory was accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::permission);
    CHECK(std::string(e.what()).find("mallory") != std::string::npos);
  }
}

TEST_CASE("access: without users access control is off and anyone may do anything") {
  const Actor a = resolve_actor({}, "whoever");
  CHECK_FALSE(a.access_control());
  CHECK(a.id == "whoever");
  CHECK_NOTHROW(authorize(a, Permission::decide, kAreas, "jukola"));
}

TEST_CASE("access: not an agent of the area names its agents in the hint, or that an admin may act (issue 14)") {
  const auto hint = [](const std::string& who, std::string_view area) {
    try {
      authorize(resolve_actor(kUsers, who), Permission::decide, kAreas, area);
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::permission);
      return e.hint();
    }
    return std::string("allowed");
  };
  CHECK(hint("ville", "keskusta") == "the agent of keskusta is anna");
  CHECK(hint("anna", "jukola") == "jukola has no agents: an admin may act, or add agents to it under [[areas]]");
  CHECK(hint("ville", "lammi") == "the agents of lammi are anna, oona");
  CHECK(hint("anna", "lammi") == "allowed");
  CHECK(hint("tarja", "lammi").empty());  // not an agent at all: the role is what is missing
}

TEST_CASE("access: may() answers what authorize() would allow, without refusing (issue 17)") {
  CHECK(may(resolve_actor(kUsers, "anna"), Permission::decide, kAreas, "keskusta"));
  CHECK_FALSE(may(resolve_actor(kUsers, "anna"), Permission::decide, kAreas, "jukola"));
  CHECK_FALSE(may(resolve_actor(kUsers, "tarja"), Permission::decide, kAreas, "keskusta"));
  CHECK(may(resolve_actor(kUsers, "root"), Permission::decide, kAreas, "jukola"));
  CHECK(may(resolve_actor({}, "whoever"), Permission::decide, kAreas, "jukola"));  // single-user: anybody
}

// Tests of domain/access: roles, areas and unknown users.
#include "minipilot/domain/access.h"

#include <doctest/doctest.h>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {
const std::map<std::string, User> kUsers{{"anna", {"anna", "Anna", {Role::agent}}},
                                         {"pirjo", {"pirjo", "Pirjo", {Role::finance}}},
                                         {"tarja", {"tarja", "Tarja", {Role::viewer}}},
                                         {"root", {"root", "Admin", {Role::admin}}}};
const std::vector<Area> kAreas{{"keskusta", "Keskusta", {"anna"}}, {"jukola", "Jukola", {}}};

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

// A ledger in a temporary folder with a small configuration, for tests of lib/ operations.
#pragma once

#include <SQLiteCpp/Statement.h>

#include "minipilot/config/config.h"
#include "minipilot/core/error.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/ops/context.h"
#include "minipilot/store/store.h"
#include "minipilot/validate/application.h"
#include "support/configs.h"
#include "support/temp_dir.h"

namespace minipilot::test {

/// A fresh ledger; acts as `anna` at 2026-03-01T10:00:00Z unless told.
struct LedgerFixture {
  TempDir dir;
  Config config = parse_config(kTeamConfig, dir / "minipilot.toml");
  Ledger ledger = Ledger::create(config.ledger, 1000);
  Store store{ledger};
  FixedClock clock{Timestamp{1772359200}};
  Actor actor = resolve_actor(config.users, "anna");

  OpContext ctx() { return OpContext{store, config, actor, clock}; }
  void act_as(const std::string& user) { actor = resolve_actor(config.users, user); }

  int64_t count(const std::string& sql) { return ledger.db().execAndGet(sql).getInt64(); }
};

/// An application by `applicant` titled "Idea" for `area`, as a resident;
/// tests set what else they need.
inline ApplicationInput application(const std::string& applicant, const std::string& area = "keskusta") {
  ApplicationInput in;
  in.title = "Idea";
  in.applicant = applicant;
  in.type = "resident";
  in.area = area;
  return in;
}

/// The kind of Error that `f` throws; internal when it throws none.
template <class F>
ErrorKind refusal(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::internal;
}

}  // namespace minipilot::test

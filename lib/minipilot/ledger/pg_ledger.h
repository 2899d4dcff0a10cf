// The shared ledger on PostgreSQL (spec §6): created, opened and checked through the PostgreSQL module.
#pragma once

#include <string>

#include "minipilot/core/error.h"

namespace minipilot {

/// A ledger in a PostgreSQL database, named by a URL that ledger_url_problem()
/// accepts. The work is the module's (minipilot-pg.so, loaded on first use):
/// every connection says it is minipilot (application_name), reads and writes
/// times as UTC, and waits for a lock at most the busy timeout, after which the
/// command is refused as busy (exit 8). A server that cannot be reached is
/// busy too; a right the database user lacks is permission (exit 7).
class PgLedger {
 public:
  /// Creates the schema in the database `url` names, in one transaction, and
  /// returns what describe() would say of it. Refuses (conflict) when the
  /// database holds a ledger already, or any other table: a ledger has a
  /// database of its own.
  static std::string create(const std::string& url, int busy_timeout_ms);

  /// Opens the ledger in the database `url` names. Not found when the
  /// database holds no tables; integrity when it holds tables but no
  /// minipilot ledger, or a ledger of a schema newer than this binary's.
  static PgLedger open(const std::string& url, int busy_timeout_ms);

  /// "the database minipilot on db.example", for messages: never the URL, which may hold secrets.
  const std::string& describe() const { return where_; }

 private:
  explicit PgLedger(std::string where) : where_(std::move(where)) {}
  std::string where_;
};

}  // namespace minipilot

// The shared ledger on PostgreSQL (spec §6): created, opened and checked through the PostgreSQL module.
#pragma once

#include <string>

#include "minipilot/ledger/ledger.h"

namespace minipilot {

// The work is the module's (minipilot-pg.so, loaded on first use): every
// connection says it is minipilot (application_name), reads and writes times as
// UTC, and waits for a lock at most the busy timeout, after which the command is
// refused as busy (exit 8). A server that cannot be reached is busy too; a right
// the database user lacks is permission (exit 7).

/// Creates the schema in the database `url` (checked by ledger_url_problem())
/// names, in one transaction, and returns "the database NAME on HOST" for
/// messages (never the URL, which may hold secrets). Refuses (conflict) when
/// the database holds a ledger already, or any other table: a ledger has a
/// database of its own.
std::string create_shared_ledger(const std::string& url, int busy_timeout_ms);

/// Opens the ledger in the database `url` names. Not found when the database
/// holds no tables; integrity when it holds tables but no minipilot ledger, or
/// a ledger of a schema newer than this binary's.
Ledger open_shared_ledger(const std::string& url, int busy_timeout_ms);

}  // namespace minipilot

// The PostgreSQL module's one entry point (decision 82): minipilot-pg.so holds libpqxx and libpq, which every
// other command would otherwise load at its start (2.7 ms: 22 more shared libraries). Standard types and the
// statement seam only (sql.h), built with the binary from the same tree.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "minipilot/ledger/sql.h"

namespace minipilot {

/// What the binary asks of a shared ledger.
struct PgRequest {
  enum class Verb { create, open } verb = Verb::open;
  std::string url;  ///< checked by ledger_url_problem() already
  int busy_timeout_ms = 5000;
};

/// What the module found. The binary words it, in the user's language; the
/// module has no messages of its own but the server's and libpq's.
struct PgAnswer {
  enum class Problem {
    none,
    holds_ledger,    ///< create: the database has a ledger already
    other_tables,    ///< create: the database holds `count` other tables
    no_ledger,       ///< open: the database holds no tables
    no_marker,       ///< open: tables, but no minipilot_ledger
    foreign_marker,  ///< open: minipilot_ledger is not minipilot's
    newer,           ///< open: schema `count` is newer than this binary's
    older,           ///< open: schema `count` is older than any PostgreSQL ledger
    unreachable,     ///< libpq could not connect: `detail`
    busy,            ///< a lock held past the timeout, a conflict between writers
    unwritable,      ///< disk full, read-only: `detail`
    refused,         ///< the database user lacks a right: `detail`
    internal,        ///< anything else: `detail`
  } problem = Problem::none;
  std::string database;  ///< the database's name, once connected
  std::string host;      ///< its server's host name or socket folder, once connected
  std::string detail;    ///< libpq's or the server's words, on one line
  int64_t count = 0;
  /// open: the connection, checked, for the store (its statements throw sql::Failure).
  std::unique_ptr<sql::Connection> connection;
};

}  // namespace minipilot

#define MINIPILOT_PG_MODULE "minipilot-pg.so"
#define MINIPILOT_PG_ENTRY "minipilot_pg_ledger_v2"

extern "C" void minipilot_pg_ledger_v2(const minipilot::PgRequest& request, minipilot::PgAnswer& answer) noexcept;
using MinipilotPgEntry = decltype(minipilot_pg_ledger_v2);

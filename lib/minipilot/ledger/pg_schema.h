// The ledger schema on PostgreSQL (spec §6 "Shared ledger"): the same tables, indexes and triggers as SQLite's.
#pragma once

#include <cstdint>

namespace minipilot {

/// The schema version pg_schema_sql() creates. It is SQLite's schema_version()
/// (a unit test holds them equal), so that a new migration is written for both.
inline constexpr int kPgSchemaVersion = 12;

/// What minipilot_ledger.application_id holds: SQLite's kApplicationId (schema.h), "MPLT".
inline constexpr int64_t kPgApplicationId = 0x4d504c54;

/// The SQL that creates the whole schema at kPgSchemaVersion in an empty
/// database, the marker table minipilot_ledger included (its row is the caller's).
const char* pg_schema_sql();

}  // namespace minipilot

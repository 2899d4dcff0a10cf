// The ledger schema as ordered migrations; the schema version lives in PRAGMA user_version.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>

namespace minipilot {

/// The schema version this binary writes. A ledger with a higher
/// user_version is refused; a lower one is migrated.
int schema_version();

/// Identifies a minipilot ledger in PRAGMA application_id ("MPLT").
inline constexpr int32_t kApplicationId = 0x4d504c54;

/// Runs the migrations from `from` up to schema_version() and sets
/// user_version; the caller holds the write transaction.
void migrate(SQLite::Database& db, int from);

}  // namespace minipilot

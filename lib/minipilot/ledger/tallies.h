// The summary tallies (schema 4) during a bulk import: counted once per import, not once per row.
#pragma once

#include <cstdint>
#include <string>

#include <SQLiteCpp/Database.h>

namespace minipilot {

/// Inside a write transaction: lifts the per-row tally trigger on new pilots
/// and, in finish(), counts every pilot inserted since into the tallies with
/// one GROUP BY and puts the trigger back. Without finish() the transaction
/// must be rolled back, which restores the trigger with everything else.
/// The trigger costs ~18 µs a row (one upsert each); an import of a million
/// rows saves ~18 s.
class BulkInsertTally {
 public:
  explicit BulkInsertTally(SQLite::Database& db);
  void finish();

 private:
  SQLite::Database& db_;
  int64_t first_rowid_ = 0;  ///< pilots with a larger rowid are this import's
  std::string trigger_sql_;  ///< as stored, "" when the ledger had none
};

}  // namespace minipilot

// The summary tallies (schema 4) during bulk changes: counted once per command, not once per row.
#pragma once

#include <cstdint>
#include <string>

#include "minipilot/ledger/sql.h"

namespace minipilot {

/// Inside a write transaction: drops one of the tally triggers, remembering
/// its SQL, and puts it back in restore() (on PostgreSQL: turns it off for the
/// transaction through the setting its WHEN reads, and on again). The caller counts what the trigger
/// would have counted with one of the functions below, before restore(). If
/// restore() is never reached the transaction must be rolled back, which
/// brings the trigger back with everything else. A trigger fired by a
/// statement per row costs ~15 µs a row: 15 s for a million-row import.
class SuspendedTrigger {
 public:
  SuspendedTrigger(sql::Connection& db, std::string name);
  void restore();

 private:
  sql::Connection& db_;
  std::string sql_;      ///< SQLite: what puts it back, as stored; "" when there is none
  std::string setting_;  ///< PostgreSQL: minipilot.NAME, which the trigger's WHEN reads
};

/// Adds `n` submitted pilots of `year`, `area`, applicant `type` and local
/// `month` to the tallies (what `pilots_tally_insert` does row by row).
void tally_submitted(sql::Connection& db, int year, const std::string& area, const std::string& type,
                     const std::string& month, int64_t n);

/// Counts the live payments of one batch into the payment durations (what
/// `payments_time_insert` does row by row).
void tally_batch_payments(sql::Connection& db, const std::string& batch_id);

}  // namespace minipilot

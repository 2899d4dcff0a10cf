// Bulk tallying: drop a row trigger, change many rows, count them in one GROUP BY, recreate the trigger.
#include "minipilot/ledger/tallies.h"

#include <SQLiteCpp/Statement.h>

namespace minipilot {

SuspendedTrigger::SuspendedTrigger(SQLite::Database& db, std::string name) : db_(db) {
  SQLite::Statement q(db_, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
  q.bind(1, name);
  if (q.executeStep()) {
    sql_ = q.getColumn(0).getString();
    db_.exec("DROP TRIGGER " + name);
  }
}

void SuspendedTrigger::restore() {
  if (!sql_.empty()) db_.exec(sql_);
}

int64_t last_pilot_rowid(SQLite::Database& db) {
  return db.execAndGet("SELECT coalesce(MAX(rowid), 0) FROM pilots").getInt64();
}

void tally_new_pilots(SQLite::Database& db, int64_t after) {
  SQLite::Statement q(
      db,
      "INSERT INTO tallies SELECT p.year, p.area, a.type, p.month, p.status, "
      "coalesce(p.outcome, ''), coalesce(p.approved_year, 0), COUNT(*), coalesce(SUM(p.grant_cents), 0) "
      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.rowid > ? GROUP BY 1, 2, 3, 4, 5, 6, 7 "
      "ON CONFLICT DO UPDATE SET n = n + excluded.n, grant_cents = grant_cents + excluded.grant_cents");
  q.bind(1, after);
  q.exec();
}

void tally_batch_payments(SQLite::Database& db, const std::string& batch_id) {
  SQLite::Statement q(
      db,
      "INSERT INTO durations SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, "
      "p.area, COUNT(*) FROM payments y JOIN pilots p ON p.id = y.pilot_id JOIN batches b ON b.id = y.batch_id "
      "WHERE y.batch_id = ? AND y.live = 1 GROUP BY 1, 3, 4 "
      "ON CONFLICT DO UPDATE SET n = n + excluded.n");
  q.bind(1, batch_id);
  q.exec();
}

}  // namespace minipilot

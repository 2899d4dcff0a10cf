// Bulk tallying: drop the row trigger, insert, count the new rows in one statement, recreate the trigger.
#include "minipilot/ledger/tallies.h"

#include <SQLiteCpp/Statement.h>

namespace minipilot {

namespace {
constexpr const char* kTrigger = "pilots_tally_insert";
}  // namespace

BulkInsertTally::BulkInsertTally(SQLite::Database& db) : db_(db) {
  first_rowid_ = db_.execAndGet("SELECT coalesce(MAX(rowid), 0) FROM pilots").getInt64();
  SQLite::Statement q(db_, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
  q.bind(1, kTrigger);
  if (q.executeStep()) {
    trigger_sql_ = q.getColumn(0).getString();
    db_.exec(std::string("DROP TRIGGER ") + kTrigger);
  }
}

void BulkInsertTally::finish() {
  SQLite::Statement count(
      db_,
      "INSERT INTO tallies SELECT p.year, p.area, a.type, substr(p.submitted_at, 1, 7), p.status, "
      "coalesce(p.outcome, ''), coalesce(p.approved_year, 0), COUNT(*), coalesce(SUM(p.grant_cents), 0) "
      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.rowid > ? GROUP BY 1, 2, 3, 4, 5, 6, 7 "
      "ON CONFLICT DO UPDATE SET n = n + excluded.n, grant_cents = grant_cents + excluded.grant_cents");
  count.bind(1, first_rowid_);
  count.exec();
  if (!trigger_sql_.empty()) db_.exec(trigger_sql_);
}

}  // namespace minipilot

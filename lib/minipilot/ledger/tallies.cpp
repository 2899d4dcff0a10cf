// Bulk tallying: drop a row trigger, change many rows, count them in one statement, recreate the trigger.
#include "minipilot/ledger/tallies.h"

namespace minipilot {

SuspendedTrigger::SuspendedTrigger(sql::Connection& db, std::string name) : db_(db) {
  if (db_.engine() == sql::Engine::postgresql) {
    // The trigger's WHEN reads minipilot.NAME (pg_schema.cpp): 'off' for this transaction only, as the drop is in
    // SQLite's, and set by any office role, where DISABLE TRIGGER would need the table's owner.
    setting_ = "minipilot." + name;
    sql::Statement q(db_, "SELECT set_config(?, 'off', true)");
    q.bind(1, setting_);
    q.step();
    return;
  }
  sql::Statement q(db_, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
  q.bind(1, name);
  if (q.step()) {
    sql_ = q.column(0).text();
    db_.run_script("DROP TRIGGER " + name);
  }
}

void SuspendedTrigger::restore() {
  if (!setting_.empty()) {
    sql::Statement q(db_, "SELECT set_config(?, '', true)");
    q.bind(1, setting_);
    q.step();
  }
  if (!sql_.empty()) db_.run_script(sql_);
}

void tally_submitted(sql::Connection& db, int year, const std::string& area, const std::string& type,
                     const std::string& month, int64_t n) {
  sql::Statement q(db,
                   "INSERT INTO tallies VALUES (?, ?, ?, ?, 'submitted', '', 0, ?, 0) "
                   "ON CONFLICT (year, area, type, month, status, outcome, approved_year) "
                   "DO UPDATE SET n = tallies.n + excluded.n");
  q.bind(1, year);
  q.bind(2, area);
  q.bind(3, type);
  q.bind(4, month);
  q.bind(5, n);
  q.run();
}

void tally_batch_payments(sql::Connection& db, const std::string& batch_id) {
  sql::Statement q(
      db,
      "INSERT INTO durations SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, "
      "p.area, COUNT(*) FROM payments y JOIN pilots p ON p.id = y.pilot_id JOIN batches b ON b.id = y.batch_id "
      "WHERE y.batch_id = ? AND y.live = 1 GROUP BY 1, 3, 4 "
      "ON CONFLICT (year, kind, minutes, area) DO UPDATE SET n = durations.n + excluded.n");
  q.bind(1, batch_id);
  q.run();
}

}  // namespace minipilot

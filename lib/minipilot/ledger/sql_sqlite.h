// The statement seam on SQLite: SQLiteCpp behind sql::Connection, for the store's modules.
#pragma once

#include <SQLiteCpp/Database.h>

#include "minipilot/ledger/sql.h"

namespace minipilot {

/// The sql::Connection of one SQLite connection (not owned). SQLite's errors
/// pass through as SQLite::Exception, which translate_sqlite_error() words.
class SqliteConnection final : public sql::Connection {
 public:
  explicit SqliteConnection(SQLite::Database* db) : db_(db) {}
  sql::Engine engine() const override { return sql::Engine::sqlite; }
  std::unique_ptr<sql::Prepared> prepare(std::string_view sql) override;
  void run_script(const std::string& sql) override { db_->exec(sql); }
  int64_t total_changes() override { return db_->getTotalChanges(); }
  bool is_unique_violation(const std::exception& e) const override;
  void begin(sql::Mode mode) override { db_->exec(mode == sql::Mode::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"); }
  void commit() override { db_->exec("COMMIT"); }
  void rollback() noexcept override;
  SQLite::Database& db() { return *db_; }

 private:
  SQLite::Database* db_;
};

}  // namespace minipilot

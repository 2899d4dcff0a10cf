// sql::Connection on PostgreSQL (decision 82), in the module minipilot-pg.so: the binary holds it through
// sql::Connection and catches sql::Failure, and never sees libpqxx.
#pragma once

#include <memory>
#include <pqxx/pqxx>
#include <string>

#include "minipilot/ledger/sql.h"

namespace minipilot {

/// What a PostgreSQL SQLSTATE means for the user (decision 82).
sql::Failure::Kind pg_failure_kind(const std::string& sqlstate);

/// One connection to a shared ledger. Statements are prepared on the server
/// once; `?` and `?N` are PostgreSQL's `$N`; a comparison read as an integer
/// is 1 or 0, as in SQLite. Every failure is thrown as sql::Failure.
class PgConnection final : public sql::Connection {
 public:
  /// Connects with the lock timeout `busy_timeout_ms`, in UTC.
  PgConnection(const std::string& url, int busy_timeout_ms);
  ~PgConnection() override;

  sql::Engine engine() const override { return sql::Engine::postgresql; }
  std::unique_ptr<sql::Prepared> prepare(std::string_view sql) override;
  void run_script(const std::string& sql) override;
  int64_t total_changes() override { return changes_; }
  bool is_unique_violation(const std::exception& e) const override;

  /// A writer's transaction (READ COMMITTED, and LOCK TABLE minipilot_ledger
  /// IN EXCLUSIVE MODE as its first statement: past the lock timeout,
  /// sql::Failure busy), or a reader's (REPEATABLE READ READ ONLY: one snapshot).
  void begin(sql::Mode mode) override;
  void commit() override;
  /// A connection that broke has rolled back on the server.
  void rollback() noexcept override;

  std::string database() const;
  /// The server's host name, or its socket folder.
  std::string host() const;

  /// For the statements of this connection.
  pqxx::nontransaction& work() { return *w_; }
  void count_changes(int64_t n) { changes_ += n; }

 private:
  std::unique_ptr<pqxx::connection> c_;
  std::unique_ptr<pqxx::nontransaction> w_;  // BEGIN and COMMIT are sent as statements
  int64_t statements_ = 0;
  int64_t changes_ = 0;
  bool open_ = false;
};

}  // namespace minipilot

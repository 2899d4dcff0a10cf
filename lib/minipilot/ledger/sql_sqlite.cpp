// sql::Prepared on SQLiteCpp's Statement: one virtual call more per bind and column than calling it directly.
#include "minipilot/ledger/sql_sqlite.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace minipilot {

namespace {

class SqlitePrepared final : public sql::Prepared {
 public:
  SqlitePrepared(SQLite::Database& db, std::string_view sql) : q_(db, std::string(sql)) {}
  void bind_int64(int i, int64_t v) override { q_.bind(i, v); }
  // SQLiteCpp copies the text (SQLITE_TRANSIENT).
  void bind_text(int i, std::string_view v) override { q_.bind(i, std::string(v)); }
  void bind_text_ref(int i, const std::string& v) override { q_.bindNoCopy(i, v); }
  void bind_cstr_ref(int i, const char* v) override { q_.bindNoCopy(i, v); }
  void bind_null(int i) override { q_.bind(i); }
  bool step() override { return q_.executeStep(); }
  int64_t run() override { return q_.exec(); }
  void reset() override { q_.reset(); }
  void reset_quietly() noexcept override { q_.tryReset(); }
  bool is_null(int col) override { return q_.getColumn(col).isNull(); }
  bool is_integer(int col) override { return q_.getColumn(col).isInteger(); }
  int64_t int64(int col) override { return q_.getColumn(col).getInt64(); }
  std::string text(int col) override { return q_.getColumn(col).getString(); }
  std::string_view text_view(int col) override {
    const SQLite::Column c = q_.getColumn(col);
    const char* data = c.getText();  // text first, then its length (SQLite's rule)
    return std::string_view(data, static_cast<size_t>(c.getBytes()));
  }
  int columns() override { return q_.getColumnCount(); }
  std::string column_name(int col) override { return q_.getColumnName(col); }

 private:
  SQLite::Statement q_;
};

}  // namespace

std::unique_ptr<sql::Prepared> SqliteConnection::prepare(std::string_view sql) {
  return std::make_unique<SqlitePrepared>(*db_, sql);
}

void SqliteConnection::rollback() noexcept {
  try {
    db_->exec("ROLLBACK");
  } catch (...) {  // SQLite rolls back by itself after some errors (a full disk): nothing is left to undo
  }
}

bool SqliteConnection::is_unique_violation(const std::exception& e) const {
  const auto* s = dynamic_cast<const SQLite::Exception*>(&e);
  return s && s->getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE;
}
}  // namespace minipilot

// The statements the store's modules run, without an engine's types (decision 82): SQLite implements them in the
// binary (sql_sqlite.cpp), PostgreSQL in its module. A module of store/ prepares, binds, steps and reads columns
// here and never names SQLiteCpp or libpqxx.
#pragma once

#include <concepts>
#include <cstdint>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace minipilot::sql {

/// Which engine runs the SQL, for the few statements that must be spelt for one
/// (a pragma, a trigger's SQL, a JSON table function).
enum class Engine { sqlite, postgresql };

/// A transaction's kind: a writer's (the one lock first) or a reader's (one snapshot).
enum class Mode { write, read };

/// A failure of an engine that the binary does not link (PostgreSQL's, thrown
/// in its module): what it means, the SQLSTATE, and the server's or libpq's
/// words on one line. Default visibility, so that the binary catches what the
/// module throws.
class __attribute__((visibility("default"))) Failure : public std::runtime_error {
 public:
  enum class Kind {
    unique,       ///< a UNIQUE constraint refused the row
    busy,         ///< a lock held past the timeout, or writers in conflict
    unwritable,   ///< disk full, read-only
    refused,      ///< the database user lacks a right
    unreachable,  ///< the server could not be reached, or the connection broke
    missing,      ///< a table, column or function the statement names is not there: changed outside the tool
    internal,     ///< anything else
  };
  Failure(Kind kind, std::string sqlstate, const std::string& what)
      : std::runtime_error(what), kind_(kind), sqlstate_(std::move(sqlstate)) {}
  Kind kind() const { return kind_; }
  const std::string& sqlstate() const { return sqlstate_; }

 private:
  Kind kind_;
  std::string sqlstate_;
};

/// `sql` with SQLite's parameters `?` and `?N` written as PostgreSQL's `$N`
/// (a bare `?` takes the number after the largest so far, as SQLite numbers
/// it); quoted text, quoted names and comments are left as they are.
std::string numbered_placeholders(std::string_view sql);
/// The largest `$N` of a statement written by numbered_placeholders().
int placeholder_count(std::string_view numbered);

/// One prepared statement of an engine. Parameters count from 1, columns from
/// 0, as in SQL and in both engines' C APIs.
class Prepared {
 public:
  virtual ~Prepared() = default;
  virtual void bind_int64(int i, int64_t v) = 0;
  /// Copies the text.
  virtual void bind_text(int i, std::string_view v) = 0;
  /// Binds `v` without copying it: it must stay unchanged until the next reset().
  virtual void bind_text_ref(int i, const std::string& v) = 0;
  /// The same for a NUL-terminated text (a string literal).
  virtual void bind_cstr_ref(int i, const char* v) = 0;
  virtual void bind_null(int i) = 0;
  /// The next row: false when there is none.
  virtual bool step() = 0;
  /// Runs a statement that returns no rows; the number of rows it changed.
  virtual int64_t run() = 0;
  /// Back to before the first step; the bound values are kept until bound again.
  virtual void reset() = 0;
  /// reset() for a destructor: never throws.
  virtual void reset_quietly() noexcept = 0;
  virtual bool is_null(int col) = 0;
  /// Whether the value is an integer (a column of an integer type, or in SQLite an integer stored).
  virtual bool is_integer(int col) = 0;
  virtual int64_t int64(int col) = 0;
  /// The column as text (a number as the engine prints it; NULL as "").
  virtual std::string text(int col) = 0;
  /// The same, in place: valid until the next step() or reset().
  virtual std::string_view text_view(int col) = 0;
  virtual int columns() = 0;
  virtual std::string column_name(int col) = 0;
};

/// One connection, in the transaction its Ledger holds.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  virtual std::unique_ptr<Prepared> prepare(std::string_view sql) = 0;
  /// Runs SQL that may be several statements and returns no rows.
  virtual void run_script(const std::string& sql) = 0;
  /// How many rows this connection has changed since it was opened.
  virtual int64_t total_changes() = 0;
  /// Whether `e`, thrown by a statement of this connection, is a UNIQUE constraint refusing a row.
  virtual bool is_unique_violation(const std::exception& e) const = 0;

  /// Starts a writer's transaction, the one write lock taken first (SQLite:
  /// BEGIN IMMEDIATE; PostgreSQL: READ COMMITTED and LOCK TABLE
  /// minipilot_ledger), or a reader's, which sees one snapshot.
  virtual void begin(Mode mode) = 0;
  virtual void commit() = 0;
  /// Never throws: it runs while an error unwinds.
  virtual void rollback() noexcept = 0;
};

class Statement;

/// A column of a statement's current row.
class Column {
 public:
  Column(Prepared& p, int col) : p_(&p), col_(col) {}
  bool is_null() const { return p_->is_null(col_); }
  bool is_integer() const { return p_->is_integer(col_); }
  int64_t int64() const { return p_->int64(col_); }
  int int32() const { return static_cast<int>(p_->int64(col_)); }
  std::string text() const { return p_->text(col_); }
  /// The text in place, valid until the statement steps again: for reads of a million rows.
  std::string_view view() const { return p_->text_view(col_); }
  std::string name() const { return p_->column_name(col_); }

 private:
  Prepared* p_;
  int col_;
};

/// A prepared statement as a value, as the store's modules hold them.
class Statement {
 public:
  Statement(Connection& c, std::string_view sql) : p_(c.prepare(sql)) {}

  template <class T>
  requires std::integral<T>
  void bind(int i, T v) { p_->bind_int64(i, static_cast<int64_t>(v)); }
  void bind(int i, std::string_view v) { p_->bind_text(i, v); }
  void bind(int i, const std::string& v) { p_->bind_text(i, v); }
  void bind(int i, const char* v) { p_->bind_text(i, v); }
  /// NULL.
  void bind(int i) { p_->bind_null(i); }
  /// `v` without a copy: it must stay unchanged until the next reset().
  void bind_ref(int i, const std::string& v) { p_->bind_text_ref(i, v); }
  void bind_ref(int i, std::string&&) = delete;
  /// A NUL-terminated text that outlives the statement: a string literal.
  void bind_ref(int i, const char* v) { p_->bind_cstr_ref(i, v); }

  bool step() { return p_->step(); }
  int64_t run() { return p_->run(); }
  void reset() { p_->reset(); }
  void reset_quietly() noexcept { p_->reset_quietly(); }
  Column column(int col) { return Column(*p_, col); }
  int columns() { return p_->columns(); }
  std::string column_name(int col) { return p_->column_name(col); }

 private:
  std::unique_ptr<Prepared> p_;
};

/// The first column of the first row of `sql` (NULL as 0 or ""), for a count or one setting.
int64_t one_int64(Connection& c, std::string_view sql);
std::string one_text(Connection& c, std::string_view sql);

}  // namespace minipilot::sql

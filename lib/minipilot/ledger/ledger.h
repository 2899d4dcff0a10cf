// The SQLite ledger: created or opened with the pragmas of spec §6, migrated, and written only in IMMEDIATE
// transactions.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <exception>
#include <filesystem>
#include <memory>
#include <optional>

#include "minipilot/core/error.h"
#include "minipilot/core/time.h"
#include "minipilot/ledger/sql_sqlite.h"

namespace minipilot {

/// An open ledger. Every connection runs in WAL mode with
/// `synchronous = FULL`, foreign keys on and a busy timeout, and knows the
/// SQL function `fold_case(text)` (core/collate.h), deterministic, for searches.
class Ledger {
 public:
  /// Creates a new ledger at `path` with the current schema; the file is
  /// made with mode 0660 less the umask. Refuses (conflict) when a file is
  /// there already; on any failure no file is left behind.
  static Ledger create(const std::filesystem::path& path, int busy_timeout_ms);

  /// Opens an existing ledger and migrates an older schema in one
  /// transaction. Not found when there is no file; integrity when the file
  /// is not a minipilot ledger or its schema is newer than this binary.
  static Ledger open(const std::filesystem::path& path, int busy_timeout_ms);

  /// Starts a read transaction, so that a report sees one snapshot.
  SQLite::Transaction read();

  /// A shared ledger on PostgreSQL: the connection its module opened and
  /// checked, and what it is called in messages ("the database X on Y").
  static Ledger shared(std::unique_ptr<sql::Connection> connection, std::string where);
  bool is_shared() const { return shared_ != nullptr; }
  /// A shared ledger's name in messages: "the database X on Y".
  const std::string& where() const { return where_; }

  /// The SQLite connection; Error{internal} on a shared ledger, for the paths
  /// not yet on the statement seam.
  SQLite::Database& db();
  /// The connection as the store's modules use it, on either engine.
  sql::Connection& sql() { return shared_ ? *shared_ : static_cast<sql::Connection&>(sql_); }
  const std::filesystem::path& path() const { return path_; }

  /// Another connection to the same (already migrated) ledger, with the same
  /// settings, for work on a second thread (verify).
  std::unique_ptr<SQLite::Database> connect_again() const;

 private:
  Ledger(std::filesystem::path path, std::unique_ptr<SQLite::Database> db, int busy_timeout_ms)
      : path_(std::move(path)), db_(std::move(db)), sql_(db_.get()), busy_timeout_ms_(busy_timeout_ms) {}

  std::filesystem::path path_;
  std::unique_ptr<SQLite::Database> db_;
  SqliteConnection sql_;  // on *db_, which a move of the Ledger does not move
  std::unique_ptr<sql::Connection> shared_;
  std::string where_;
  int busy_timeout_ms_;
};

class Store;
/// The ledger behind a store handle, opened on first use: for the store's
/// own implementation (this header is not on the include path of ops/ and above).
Ledger& engine(const Store& store);

/// The refusal that a SQLite failure means for the user: busy, read-only,
/// full disk and I/O errors are exit 8; a corrupt file is exit 9; anything
/// else is internal.
Error translate_sqlite_error(const SQLite::Exception& e);

/// The refusal a failure of the shared ledger means: busy (exit 8) for a lock
/// held too long, a server out of reach or a full disk; permission (exit 7) for
/// a right the database user lacks; else internal.
Error translate_failure(const sql::Failure& f);

/// The refusal a storage failure thrown as `e` means (as translate_sqlite_error),
/// or nullopt when `e` is not the storage engine's: main's one error handler
/// asks here, so that no code above the store names the engine's types.
std::optional<Error> storage_error(const std::exception_ptr& e);

}  // namespace minipilot

// Opening, creating and migrating the ledger file.
#include "minipilot/ledger/ledger.h"

#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"
#include "minipilot/ledger/schema.h"

namespace minipilot {

namespace fs = std::filesystem;

namespace {

// fold_case(text) in SQL: core's case folding, so that a search compares as
// the rest of minipilot does (SQLite's own lower() and LIKE fold only ASCII).
// NULL stays NULL.
void fold_case_sql(sqlite3_context* context, int, sqlite3_value** args) {
  if (sqlite3_value_type(args[0]) == SQLITE_NULL) return sqlite3_result_null(context);
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
  const std::string folded = fold_case(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(args[0]))));
  sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

std::unique_ptr<SQLite::Database> connect(const fs::path& path, int busy_timeout_ms) {
  // No global memory statistics: they take a process-wide mutex at every
  // allocation, contended when verify works on two threads. Must precede
  // SQLite's initialisation; later calls are refused harmlessly.
  static const int kNoMemStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kNoMemStatus;
  // NOMUTEX: a connection is only ever used by one thread (verify opens one
  // for each of its side threads), so SQLite's per-call locking is waste.
  auto db =
      std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, busy_timeout_ms);
  db->exec("PRAGMA foreign_keys = ON");
  db->exec("PRAGMA synchronous = FULL");
  db->createFunction("fold_case", 1, true, nullptr, &fold_case_sql);
  return db;
}

// While migrating, foreign keys are off and ALTER TABLE RENAME leaves other
// tables' triggers alone: a migration that rebuilds a table (SQLite cannot
// widen a CHECK in place) drops it while others refer to it. Both are
// connection settings that cannot change inside a transaction, hence here;
// migrate() checks every reference before its transaction commits.
class MigrationSettings {
 public:
  explicit MigrationSettings(SQLite::Database& db) : db_(db) {
    db_.exec("PRAGMA foreign_keys = OFF");
    db_.exec("PRAGMA legacy_alter_table = ON");
  }
  ~MigrationSettings() {
    try {
      db_.exec("PRAGMA legacy_alter_table = OFF");
      db_.exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception&) {  // a destructor must not throw; the connection is closed on error anyway
    }
  }
  MigrationSettings(const MigrationSettings&) = delete;
  MigrationSettings& operator=(const MigrationSettings&) = delete;

 private:
  SQLite::Database& db_;
};

// Brings the schema to this binary's version, or refuses a ledger that is
// not ours or is newer than we are.
void check_and_migrate(SQLite::Database& db, const fs::path& path) {
  const int app_id = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (app_id != kApplicationId)
    throw Error(ErrorKind::integrity, trf("{} is not a minipilot ledger", path.string()),
                tr("check --db and [ledger] path"));
  if (version > schema_version())
    throw Error(
        ErrorKind::integrity,
        trf("{} has schema version {}, newer than this minipilot ({})", path.string(), version, schema_version()),
        tr("use a newer minipilot; this one will not touch the ledger"));
  if (version == schema_version()) return;
  const MigrationSettings settings(db);
  SQLite::Transaction txn(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int current = db.execAndGet("PRAGMA user_version").getInt();  // another may have migrated
  try {
    if (current < schema_version()) migrate(db, current);
  } catch (const SQLite::Exception& e) {
    // The tables are not those of the version the file claims (user_version set by hand).
    if (e.getErrorCode() != SQLITE_ERROR) throw;
    throw Error(
        ErrorKind::integrity,
        trf("{} says it has schema version {}, but its tables do not match: {}", path.string(), current, e.what()),
        tr("the ledger was changed outside minipilot; restore it from a backup"));
  }
  txn.commit();
}

// A file that is not SQLite at all (a CSV given as --db, a report written over
// the ledger) is named for what it is, not as a damaged database. A file too
// short to tell is left to SQLite: an empty file is how `init` starts one.
void refuse_other_files(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[16] = {};
  if (!in.read(magic, sizeof magic)) return;
  if (std::string_view(magic, sizeof magic) != std::string_view("SQLite format 3\0", 16))
    throw Error(ErrorKind::integrity, trf("{} is not a minipilot ledger: it is not a database file", path.string()),
                tr("check --db and [ledger] path; a damaged ledger is restored from a backup"));
}

}  // namespace

Ledger Ledger::create(const fs::path& path, int busy_timeout_ms) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0660);
  if (fd < 0 && errno == EEXIST)
    throw Error(ErrorKind::conflict, trf("{} exists already", path.string()),
                tr("a ledger is created once; use --db for another path"));
  if (fd < 0)
    throw Error(ErrorKind::busy, trf("cannot create {}: {}", path.string(), std::strerror(errno)),
                tr("check that the folder exists and is writable"));
  ::close(fd);
  try {
    auto db = connect(path, busy_timeout_ms);
    db->exec("PRAGMA journal_mode = WAL");
    const MigrationSettings settings(*db);
    SQLite::Transaction txn(*db, SQLite::TransactionBehavior::IMMEDIATE);
    db->exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
    migrate(*db, 0);
    txn.commit();
    return Ledger(path, std::move(db), busy_timeout_ms);
  } catch (...) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix, ec);
    throw;
  }
}

Ledger Ledger::open(const fs::path& path, int busy_timeout_ms) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
      throw Error(ErrorKind::not_found,
                  trf("no ledger at {}: the folder {} does not exist", path.string(), dir.string()),
                  tr("check [ledger] path in the configuration (relative to its folder), or --db"));
    throw Error(ErrorKind::not_found, trf("no ledger at {}", path.string()),
                tr("create one with 'minipilot init', or point --db or [ledger] path at it"));
  }
  refuse_other_files(path);
  auto db = connect(path, busy_timeout_ms);
  check_and_migrate(*db, path);
  return Ledger(path, std::move(db), busy_timeout_ms);
}

SQLite::Transaction Ledger::read() { return SQLite::Transaction(db(), SQLite::TransactionBehavior::DEFERRED); }

Ledger Ledger::shared(std::unique_ptr<sql::Connection> connection, std::string where) {
  Ledger l({}, nullptr, 0);
  l.shared_ = std::move(connection);
  l.where_ = std::move(where);
  return l;
}

SQLite::Database& Ledger::db() {
  // A path not yet ported to the statement seam: refused plainly rather than run on the wrong engine.
  if (!db_) throw Error(ErrorKind::internal, trf("{} is a shared ledger: this needs the SQLite ledger", where_));
  return *db_;
}

std::unique_ptr<SQLite::Database> Ledger::connect_again() const {
  if (!db_) throw Error(ErrorKind::internal, trf("{} is a shared ledger: this needs the SQLite ledger", where_));
  return connect(path_, busy_timeout_ms_);
}

namespace {

Error missing_part(const char* what) {
  // TRANSLATORS: then the engine's words, as "relation "tallies" does not exist" or "no such table: tallies"
  return Error(ErrorKind::integrity, trf("the ledger could not be read: {}", what),
               tr("run 'minipilot verify'; the ledger was changed outside minipilot"));
}

}  // namespace

Error translate_sqlite_error(const SQLite::Exception& e) {
  switch (e.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error(ErrorKind::busy, tr("the ledger is busy: another command held its lock too long"),
                   tr("try again; [ledger] busy_timeout_ms sets how long to wait"));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return Error(ErrorKind::busy, trf("the ledger cannot be written: {}", e.what()),
                   tr("check the file's and its folder's permissions: even to read, minipilot writes "
                      "SQLite's -wal and -shm files beside the ledger"));
    case SQLITE_FULL:
    case SQLITE_IOERR:
      return Error(ErrorKind::busy, trf("the ledger could not be written: {}", e.what()),
                   tr("free disk space or check the disk; nothing was changed"));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Error(ErrorKind::integrity, trf("the ledger file is damaged: {}", e.what()),
                   tr("restore it from a backup"));
    case SQLITE_ERROR:
      // A table or column the statement names is gone (as PostgreSQL's "missing", below): changed outside the tool.
      if (std::string_view(e.what()).starts_with("no such table") ||
          std::string_view(e.what()).starts_with("no such column"))
        return missing_part(e.what());
      return Error(ErrorKind::internal, trf("ledger: {}", e.what()));
    default:
      return Error(ErrorKind::internal, trf("ledger: {}", e.what()));
  }
}

Error translate_failure(const sql::Failure& f) {
  switch (f.kind()) {
    case sql::Failure::Kind::busy:
      return Error(ErrorKind::busy, tr("the ledger is busy: another command held its lock too long"),
                   tr("try again; [ledger] busy_timeout_ms sets how long to wait"));
    case sql::Failure::Kind::unreachable:
      return Error(ErrorKind::busy, trf("the shared ledger cannot be reached: {}", f.what()),
                   tr("check that the database server runs, and the host, port, user and database of --db or "
                      "[ledger] url; a password belongs in ~/.pgpass"));
    case sql::Failure::Kind::unwritable:
      return Error(ErrorKind::busy, trf("the ledger could not be written: {}", f.what()),
                   tr("ask the database's administrator; nothing was changed"));
    case sql::Failure::Kind::refused:
      return Error(ErrorKind::permission, trf("the database refused: {}", f.what()),
                   tr("the database user lacks a right the command needs: docs/guide-admin.md lists the grants"));
    case sql::Failure::Kind::missing:
      return missing_part(f.what());
    case sql::Failure::Kind::unique:
    case sql::Failure::Kind::internal:
      break;
  }
  return Error(ErrorKind::internal, trf("ledger: {}", f.what()));
}

std::optional<Error> storage_error(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const SQLite::Exception& s) {
    return translate_sqlite_error(s);
  } catch (const sql::Failure& f) {
    return translate_failure(f);
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace minipilot

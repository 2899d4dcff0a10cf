// Online backup: sqlite3_backup in one step (a single read snapshot), then fsync, check, link into place.
#include "minipilot/ledger/backup.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/ledger/sql_sqlite.h"

namespace minipilot {

namespace fs = std::filesystem;

namespace {

// `what` is a marked message with the path and the system's reason as its fields.
[[noreturn]] void cannot(const char* what, const fs::path& path, int err) {
  throw Error(ErrorKind::busy, trf(what, path.string(), std::strerror(err)),
              tr("check that the folder exists, is writable and has space"));
}

void fsync_path(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) cannot(N_("cannot open {}: {}"), path, errno);
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) cannot(N_("cannot write {}: {}"), path, err);
}

}  // namespace

BackupReport backup_ledger(Ledger& ledger, const fs::path& dest) {
  // Spec §6: a shared ledger's backup is the database's own tool, which takes one snapshot as this does.
  if (ledger.is_shared())
    // TRANSLATORS: {} is "the database X on HOST"; pg_dump is PostgreSQL's program, not translated
    throw Error(ErrorKind::config, trf("{} is a shared ledger: back it up with PostgreSQL's pg_dump", ledger.where()),
                tr("pg_dump --format=custom --file FILE with the ledger's URL, as a user who may read every table "
                   "(docs/guide-admin.md)"));
  std::error_code ec;
  if (fs::symlink_status(dest, ec).type() != fs::file_type::not_found)
    throw Error(ErrorKind::conflict, trf("{} exists already", dest.string()),
                tr("a backup never replaces a file: name a new one, or move the old one away first"));
  const fs::path dir = dest.has_parent_path() ? dest.parent_path() : fs::path(".");
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", dest.filename().string())).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) cannot(N_("cannot create {}: {}"), dest, errno);
  ::fchmod(fd, 0660);  // like the ledger: it holds the same personal data
  ::close(fd);
  const fs::path tmp(tmpl);
  try {
    {
      SQLite::Database copy(tmp.string(), SQLite::OPEN_READWRITE);
      SQLite::Backup backup(copy, ledger.db());
      backup.executeStep(-1);  // every page in one step: one consistent snapshot of the source
      // One self-contained file, no -wal beside it; minipilot turns WAL back on
      // when a restored copy is opened as the ledger.
      copy.exec("PRAGMA journal_mode = DELETE");
    }
    fsync_path(tmp, O_RDONLY);
    BackupReport r;
    {
      SQLite::Database copy(tmp.string(), SQLite::OPEN_READONLY);
      if (const std::string qc = copy.execAndGet("PRAGMA quick_check").getString(); qc != "ok")
        throw Error(ErrorKind::integrity, trf("the copy failed SQLite's quick_check: {}", qc));
      r.pilots = copy.execAndGet("SELECT COUNT(*) FROM pilots").getInt64();
      r.events = copy.execAndGet("SELECT COUNT(*) FROM events").getInt64();
      SqliteConnection copied(&copy);
      r.head = chain_head(copied);
    }
    // link() fails if dest appeared meanwhile: a backup never replaces a file.
    if (::link(tmp.c_str(), dest.c_str()) != 0) {
      if (errno == EEXIST)
        throw Error(ErrorKind::conflict, trf("{} exists already", dest.string()),
                    tr("a backup never replaces a file: name a new one, or move the old one away first"));
      cannot(N_("cannot write {}: {}"), dest, errno);
    }
    ::unlink(tmp.c_str());
    fsync_path(dir, O_RDONLY | O_DIRECTORY);
    r.file = dest;
    r.bytes = static_cast<int64_t>(fs::file_size(dest));
    return r;
  } catch (...) {
    ::unlink(tmp.c_str());
    fs::remove(fs::path(tmpl + "-wal"), ec);
    fs::remove(fs::path(tmpl + "-shm"), ec);
    throw;
  }
}

}  // namespace minipilot

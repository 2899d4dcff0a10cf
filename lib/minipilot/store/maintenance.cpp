// Backup and verify of the SQLite ledger behind the engine-neutral handle.
#include "minipilot/store/maintenance.h"

#include "minipilot/core/i18n.h"
#include "minipilot/ledger/backup.h"
#include "minipilot/ledger/move.h"
#include "minipilot/ledger/verify.h"

namespace minipilot {

BackupReport copy_store(Store& store, const std::filesystem::path& dest) { return backup_ledger(engine(store), dest); }

MoveReport move_store(Store& store, const std::string& url, const Config& config, Progress& progress) {
  Ledger& from = engine(store);
  if (from.is_shared())
    // TRANSLATORS: {} is "the database X on HOST".
    throw Error(ErrorKind::config,
                trf("{} is a shared ledger already: migrate-ledger moves a ledger file", from.where()),
                tr("name the file with --db PATH (or [ledger] path)"));
  MoveReport r = move_to_shared(from, url, config, progress);
  r.file = from.path().string();
  return r;
}

VerifyReport check_store(Store& store, const Config& config, const std::optional<ChainHead>& expected,
                         Progress& progress) {
  return verify_ledger(engine(store), config, expected, progress);
}

}  // namespace minipilot

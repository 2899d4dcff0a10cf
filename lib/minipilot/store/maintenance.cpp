// Backup and verify of the SQLite ledger behind the engine-neutral handle.
#include "minipilot/store/maintenance.h"

#include "minipilot/ledger/backup.h"
#include "minipilot/ledger/verify.h"

namespace minipilot {

BackupReport copy_store(Store& store, const std::filesystem::path& dest) { return backup_ledger(engine(store), dest); }

VerifyReport check_store(Store& store, const Config& config, const std::optional<ChainHead>& expected,
                         Progress& progress) {
  return verify_ledger(engine(store), config, expected, progress);
}

}  // namespace minipilot

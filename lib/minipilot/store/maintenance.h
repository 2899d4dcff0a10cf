// The ledger as a whole: a checked copy of it, and the check of everything it must hold.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "minipilot/core/progress.h"
#include "minipilot/config/config.h"
#include "minipilot/domain/backup.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/verify_report.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Copies the ledger to `dest` in one read snapshot (writers go on; they are
/// not in the copy). The copy is written beside `dest` under a temporary
/// name, flushed, checked, and only then linked to `dest`, so that `dest` is
/// either a whole, checked copy or absent. Throws Error{conflict} when `dest`
/// exists (a backup never replaces a file), Error{busy} when it cannot be
/// written (missing folder, full disk).
BackupReport copy_store(Store& store, const std::filesystem::path& dest);

/// Moves the ledger file into the shared ledger `url` names (move_to_shared):
/// Error{config} when this ledger is a shared one already.
MoveReport move_store(Store& store, const std::string& url, const Config& config, Progress& progress);

/// Runs every check of the engine and of the rules of spec §2 in one read
/// transaction. With `expected` (a head printed earlier and kept outside the
/// ledger) it also checks that the chain still holds that event with that
/// hash. Finding problems is not an error here: they are in the report.
/// `progress` hears how many events of the chain have been re-hashed.
VerifyReport check_store(Store& store, const Config& config, const std::optional<ChainHead>& expected,
                         Progress& progress = no_progress());

}  // namespace minipilot

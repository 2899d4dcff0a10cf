// `backup FILE`: a consistent copy of the ledger through SQLite's online backup API, while others write.
#pragma once

#include <cstdint>
#include <filesystem>

#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/store/maintenance.h"

namespace minipilot {

/// Copies `ledger` to `dest` in one read snapshot (writers go on; they are
/// not in the copy). The copy is written beside `dest` under a temporary
/// name, flushed, checked with SQLite's quick_check, and only then linked to
/// `dest`, so that `dest` is either a whole, checked copy or absent.
/// Throws Error{conflict} when `dest` exists (a backup never replaces a file),
/// Error{busy} when it cannot be written (missing folder, full disk).
BackupReport backup_ledger(Ledger& ledger, const std::filesystem::path& dest);

}  // namespace minipilot

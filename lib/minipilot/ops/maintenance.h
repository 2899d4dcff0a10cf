// backup and verify: who may copy the ledger, and who may check it.
#pragma once

#include <filesystem>
#include <optional>

#include "minipilot/ops/context.h"
#include "minipilot/store/maintenance.h"

namespace minipilot {

/// A checked copy of the ledger at `dest` (copy_store). Admins only.
BackupReport backup(const OpContext& ctx, const std::filesystem::path& dest);

/// The ledger file moved into the shared ledger `url` names (move_store).
/// Admins only.
MoveReport migrate_ledger(const OpContext& ctx, const std::string& url);

/// Every check of the ledger (check_store), for anyone who may read it.
VerifyReport verify(const OpContext& ctx, const std::optional<ChainHead>& expected);

}  // namespace minipilot

// The rights to copy and to check the ledger.
#include "minipilot/ops/maintenance.h"

namespace minipilot {

BackupReport backup(const OpContext& ctx, const std::filesystem::path& dest) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  return copy_store(ctx.store, dest);
}

MoveReport migrate_ledger(const OpContext& ctx, const std::string& url) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  return move_store(ctx.store, url, ctx.config, ctx.progress);
}

VerifyReport verify(const OpContext& ctx, const std::optional<ChainHead>& expected) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  return check_store(ctx.store, ctx.config, expected, ctx.progress);
}

}  // namespace minipilot

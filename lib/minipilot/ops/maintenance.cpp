// The rights to copy and to check the ledger.
#include "minipilot/ops/maintenance.h"

namespace minipilot {

BackupReport backup(const OpContext& ctx, const std::filesystem::path& dest) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  return copy_store(ctx.store, dest);
}

MoveReport migrate_ledger(const OpContext& ctx, const std::string& url) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  MoveReport r = move_store(ctx.store, url, ctx.config, ctx.progress);
  // Two ledgers now hold the same approved pilots: the file must not be written again, or a pilot could be paid twice.
  // TRANSLATORS: {} is the ledger file's path.
  ctx.notices.note(
      trf("{} is still a ledger: take it out of every office's configuration and keep it read-only, as "
          "the record of the move",
          r.file));
  return r;
}

VerifyReport verify(const OpContext& ctx, const std::optional<ChainHead>& expected) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  return check_store(ctx.store, ctx.config, expected, ctx.progress);
}

}  // namespace minipilot

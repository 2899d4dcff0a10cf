// minipilot purge [--dry-run]: erase all personal data whose retention has ended.
#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/erase_format.h"
#include "minipilot/ops/erase.h"

namespace minipilot::cli {

Runner setup_purge(CLI::App& sub) {
  auto dry_run = std::make_shared<bool>(false);
  sub.add_flag("--dry-run", *dry_run, tr("show what would be erased and change nothing"));
  return [dry_run](Context& ctx) {
    const Purge p = purge(ctx.ops(), *dry_run);
    ctx.show([&] { return purge_document(p, *dry_run); }, [&] { return purge_json(p, *dry_run); });
  };
}

}  // namespace minipilot::cli

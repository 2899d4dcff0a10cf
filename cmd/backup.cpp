// minipilot backup FILE: a consistent copy of the ledger through SQLite's online backup API.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/command_format.h"
#include "minipilot/ops/maintenance.h"

namespace minipilot::cli {

Runner setup_backup(CLI::App& sub) {
  auto file = std::make_shared<std::string>();
  sub.add_option("file", *file, tr("the copy to write; never an existing file"))->required()->group(kOutputGroup);
  return [file](Context& ctx) {
    const BackupReport r = backup(ctx.ops(), *file);
    ctx.show([&] { return backup_document(r); }, [&] { return backup_json(r); });
  };
}

}  // namespace minipilot::cli

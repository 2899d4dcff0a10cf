// minipilot backup FILE: a consistent copy of the ledger through SQLite's online backup API.
#include <memory>

#include <fmt/format.h>

#include "cmd/commands.h"
#include "minipilot/core/json.h"
#include "minipilot/ops/maintenance.h"

namespace minipilot::cli {

Runner setup_backup(CLI::App& sub) {
  auto file = std::make_shared<std::string>();
  sub.add_option("file", *file, "the copy to write; never an existing file")->required()->group(kOutputGroup);
  return [file](Context& ctx) {
    const BackupReport r = backup(ctx.ops(), *file);
    const std::string head = fmt::format("event {} {}", r.head.seq, r.head.hash);
    ctx.show(
        [&] {
          return Document{fmt::format("Backup written to {}", r.file.string()),
                          {{"Copy", {}, {{"Pilots", std::to_string(r.pilots)}, {"Events", std::to_string(r.events)},
                                         {"Size", fmt::format("{} bytes", r.bytes)}, {"Chain head", head},
                                         {"Checked", "SQLite quick_check ok"}}, {}}}};
        },
        [&] {
          JsonWriter j(2);
          j.begin_object().key("file").value(r.file.string()).key("pilots").value(r.pilots);
          j.key("events").value(r.events).key("bytes").value(r.bytes);
          j.key("chain_head").begin_object().key("seq").value(r.head.seq).key("hash").value(r.head.hash).end_object();
          return j.end_object().str() + "\n";
        });
  };
}

}  // namespace minipilot::cli

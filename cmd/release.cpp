// minipilot release ID: let a held pilot back into payment batches.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/ops/amend.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

Runner setup_release(CLI::App& sub) {
  auto id_text = std::make_shared<std::string>();
  sub.add_option("id", *id_text, tr("pilot id"))->required();
  return [id_text](Context& ctx) {
    const PilotId id = parse_pilot_ids({*id_text}).front();
    release(ctx.ops(), id);
    // TRANSLATORS: the pilot let back into payment batches: "released MP-2026-0001"
    ctx.say(trf("released {}", format_pilot_id(id)));
  };
}

}  // namespace minipilot::cli

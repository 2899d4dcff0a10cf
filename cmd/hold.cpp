// minipilot hold ID --reason TEXT: keep an approved pilot out of batches until released.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/ops/amend.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

Runner setup_hold(CLI::App& sub) {
  auto a = std::make_shared<std::pair<std::string, std::string>>();
  sub.add_option("id", a->first, tr("pilot id"))->required();
  sub.add_option("--reason", a->second, tr("why it may not be paid yet"))->required();
  return [a](Context& ctx) {
    const PilotId id = parse_pilot_ids({a->first}).front();
    hold(ctx.ops(), id, a->second);
    // TRANSLATORS: the pilot whose payment is now held: "holding MP-2026-0001"
    ctx.say(trf("holding {}", format_pilot_id(id)));
  };
}

}  // namespace minipilot::cli

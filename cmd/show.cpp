// minipilot show ID: one pilot with its whole history.
#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/pilot_format.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/pilot_view.h"

namespace minipilot::cli {

Runner setup_show(CLI::App& sub) {
  auto id = std::make_shared<std::string>();
  sub.add_option("id", *id, tr("the pilot's id, as MP-2026-0001"))->required();
  return [id](Context& ctx) {
    const std::vector<PilotId> ids = parse_pilot_ids({*id});
    const PilotView p = load_pilot(ctx.ops(), ids.front());
    ctx.show([&] { return pilot_document(p, ctx.config().reasons); }, [&] { return pilot_json(p); });
  };
}

}  // namespace minipilot::cli

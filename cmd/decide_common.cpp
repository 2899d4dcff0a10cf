// Confirmation output of the decision commands.
#include "cmd/decide_common.h"

#include <fmt/format.h>

#include "minipilot/formats/command_format.h"

namespace minipilot::cli {

void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids) {
  if (ctx.format() == Format::json) return ctx.print_json(decision_json(status, ids));
  if (ids.size() > 10)
    return ctx.say(fmt::format("{} {} pilots: {} … {}", status, ids.size(), format_pilot_id(ids.front()),
                               format_pilot_id(ids.back())));
  for (const PilotId& id : ids) ctx.say(fmt::format("{} {}", status, format_pilot_id(id)));
}

}  // namespace minipilot::cli

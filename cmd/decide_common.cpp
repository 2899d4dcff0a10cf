// Confirmation output of the decision commands.
#include "cmd/decide_common.h"

#include <fmt/format.h>

#include "minipilot/core/json.h"

namespace minipilot::cli {

void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids) {
  if (ctx.format() == Format::json) {
    JsonWriter j(2);
    j.begin_object().key("status").value(status).key("count").value(static_cast<int64_t>(ids.size()));
    j.key("ids").begin_array();
    for (const PilotId& id : ids) j.value(format_pilot_id(id));
    j.end_array().end_object();
    return ctx.print_json(j.str() + "\n");
  }
  if (ids.size() > 10)
    return ctx.say(fmt::format("{} {} pilots: {} … {}", status, ids.size(),
                               format_pilot_id(ids.front()), format_pilot_id(ids.back())));
  for (const PilotId& id : ids) ctx.say(fmt::format("{} {}", status, format_pilot_id(id)));
}

}  // namespace minipilot::cli

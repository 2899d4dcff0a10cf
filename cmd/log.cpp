// minipilot log [ID]: the audit trail, oldest first; with an id, one pilot's events.
#include <memory>

#include <fmt/format.h>

#include "cmd/commands.h"
#include "minipilot/formats/pilot_format.h"
#include "minipilot/ledger/pilot_lookup.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/audit_log.h"

namespace minipilot::cli {

Runner setup_log(CLI::App& sub) {
  auto id_text = std::make_shared<std::string>();
  sub.add_option("id", *id_text, "only this pilot's events");
  return [id_text](Context& ctx) {
    authorize(ctx.actor(), Permission::read, ctx.config().areas);
    std::string id;
    if (!id_text->empty()) {
      id = format_pilot_id(parse_pilot_ids({*id_text}).front());
      require_pilot(ctx.ledger().db(), id);
    }
    const std::vector<EventView> events = load_events(ctx.ledger(), id);
    ctx.show([&] { return events_document(events, id.empty() ? "Audit trail" : "Audit trail of " + id); },
             [&] { return events_json(events); });
  };
}

}  // namespace minipilot::cli

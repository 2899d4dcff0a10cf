// complete: the last step of the status machine.
#include "minipilot/ops/complete.h"

#include <fmt/format.h>

#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

constexpr int64_t kMaxParticipants = 10'000'000;

std::string checked(std::string_view text, std::string_view field) {
  const Checked<std::string> c = check_text(text, field, kMaxDescriptionChars, Lines::multi);
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  return c.value;
}

}  // namespace

void complete(const OpContext& ctx, PilotId pid, const Outcome& o) {
  if (o.outcome != "success" && o.outcome != "partial" && o.outcome != "failed")
    throw Error(ErrorKind::invalid, fmt::format("outcome '{}' is not success, partial or failed", o.outcome));
  if (o.participants && (*o.participants < 0 || *o.participants > kMaxParticipants))
    throw Error(ErrorKind::invalid, fmt::format("participants must be from 0 to {}", kMaxParticipants));
  const std::string summary = checked(o.summary, "summary"), lessons = checked(o.lessons, "lessons");
  const std::string id = format_pilot_id(pid);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const PilotState p = PilotLookup(ctx.store).get(id);
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  if (!transition(p.status, Action::complete))
    throw Error(ErrorKind::conflict, fmt::format("cannot complete {}: it is {}", id, to_string(p.status)),
                "an outcome is recorded once the grant is paid (status disbursed)");
  record_outcome(ctx.store, id, {o.outcome, o.participants, summary, lessons, format_timestamp(ctx.clock.now())});
  EventLog(ctx.store).append(ctx.clock.now(), ctx.actor.id, EventAction::complete, id,
                             complete_detail(o.outcome, o.participants));
  txn.commit();
}

}  // namespace minipilot

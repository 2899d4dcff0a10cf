// complete: the last step of the status machine.
#include "minipilot/ops/complete.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
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
    // TRANSLATORS: success, partial and failed are the values of --outcome (not translated).
    throw Error(ErrorKind::invalid, trf("outcome '{}' is not success, partial or failed", o.outcome));
  if (o.participants && (*o.participants < 0 || *o.participants > kMaxParticipants))
    throw Error(ErrorKind::invalid, trf("participants must be from 0 to {}", kMaxParticipants));
  // TRANSLATORS: a field of a completed pilot's outcome, in messages such as "summary is longer than 4000 characters".
  const std::string summary = checked(o.summary, tr("summary"));
  // TRANSLATORS: a field of a completed pilot's outcome (what was learnt), in messages such as "lessons is longer than
  // 4000 characters".
  const std::string lessons = checked(o.lessons, tr("lessons"));
  const std::string id = format_pilot_id(pid);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const PilotState p = PilotLookup(ctx.store).get(id);
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  if (!transition(p.status, Action::complete))
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot complete {}: it is {}", id, status_text(p.status)),
                tr("an outcome is recorded once the grant is paid (status disbursed)"));
  record_outcome(ctx.store, id, {o.outcome, o.participants, summary, lessons, format_timestamp(ctx.clock.now())});
  EventLog(ctx.store).append(ctx.clock.now(), ctx.actor.id, EventAction::complete, id,
                             complete_detail(o.outcome, o.participants));
  txn.commit();
}

}  // namespace minipilot

// complete: the last step of the status machine.
#include "minipilot/ops/complete.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/forms.h"
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

std::vector<std::string> checked_tags(std::string_view text) {
  Checked<std::vector<std::string>> tags = check_tags(text);
  if (!tags.ok()) throw Error(ErrorKind::invalid, tags.error);
  return std::move(tags.value);
}

std::string joined(const std::vector<std::string>& tags) { return fmt::format("{}", fmt::join(tags, ",")); }

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
  const std::vector<std::string> tags = o.tags ? checked_tags(*o.tags) : std::vector<std::string>{};
  const std::string id = format_pilot_id(pid);
  Transaction txn = ctx.store.write(ctx.clock);
  const PilotState p = PilotLookup(ctx.store).get(id);
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  if (!transition(p.status, Action::complete))
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot complete {}: it is {}", id, status_text(p.status)),
                tr("an outcome is recorded once the grant is paid (status disbursed)"));
  const std::string end = pilot_plan(ctx.store, id).end_date;
  record_outcome(ctx.store, id,
                 {o.outcome, o.participants, summary, lessons, format_timestamp(txn.now()), joined(tags)});
  EventLog(ctx.store).append(txn.now(), ctx.actor.id, EventAction::complete, id,
                             complete_detail(o.outcome, o.participants, tags));
  txn.commit();
  const Checked<Date> planned = parse_date(end);
  if (planned.ok() && ctx.config.timezone.local_date(txn.now()) < planned.value)
    // TRANSLATORS: a notice after `complete`: the pilot and its planned end, which is still to come.
    ctx.notices.note(
        trf("{} was planned to run until {}: its outcome is recorded before the end", id, date_text(planned.value)));
}

bool amend_tags(const OpContext& ctx, PilotId pid, std::string_view text) {
  const std::string tags = joined(checked_tags(text));
  const std::string id = format_pilot_id(pid);
  Transaction txn = ctx.store.write(ctx.clock);
  const PilotState p = PilotLookup(ctx.store).get(id);
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  if (p.status != Status::completed)
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot amend the tags of {}: it is {}", id, status_text(p.status)),
                tr("themes are given with the outcome: minipilot complete ID --outcome ... --tags \"a,b\""));
  const std::string before = pilot_plan(ctx.store, id).tags;
  if (before == tags) return false;
  set_tags(ctx.store, id, tags);
  EventLog(ctx.store).append(txn.now(), ctx.actor.id, EventAction::amend, id, amend_value_detail("tags", before, tags));
  txn.commit();
  return true;
}

}  // namespace minipilot

// minipilot log [ID|BATCH] [--actor] [--action] [--from] [--to]: the audit trail, oldest first.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/formats/pilot_format.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/access.h"
#include "minipilot/reports/audit_log.h"
#include "minipilot/reports/batch_view.h"
#include "minipilot/store/pilots.h"

namespace minipilot::cli {

namespace {

struct LogArgs {
  std::string id, actor, action, from, to;
};

// A pilot id or a batch id, each of which must exist; the title names it.
std::string subject(Context& ctx, const std::string& text, LogFilter& f) {
  if (const Checked<BatchId> b = parse_batch_id(text); b.ok()) {
    f.batch_id = load_batch(ctx.ops(), b.value).id;  // Error{not_found} for an unknown batch
    return f.batch_id;
  }
  if (!parse_pilot_id(text).ok())
    throw Error(ErrorKind::invalid, trf("'{}' is not a pilot id or a batch id", text),
                tr("give a pilot id as MP-2026-0001 or a batch id as PB-2026-001"));
  f.pilot_id = format_pilot_id(parse_pilot_ids({text}).front());
  require_pilot(ctx.store(), f.pilot_id);
  return f.pilot_id;
}

LogFilter filter_of(Context& ctx, const LogArgs& a, std::string& title) {
  LogFilter f;
  f.actor = a.actor;
  if (!a.action.empty()) {
    if (!parse_event_action(a.action)) {
      std::vector<std::string_view> names;
      for (const EventAction e : kAllEventActions) names.push_back(to_string(e));
      throw Error(ErrorKind::invalid, trf("--action: no action '{}' is recorded", a.action),
                  trf("the actions are: {}", fmt::join(names, ", ")));
    }
    f.action = a.action;
  }
  f.from = date_option(a.from, "--from");
  f.to = date_option(a.to, "--to");
  check_period(a.from, f.from, a.to, f.to);
  // TRANSLATORS: a report's title; the second names a pilot or a batch: "Audit trail of MP-2026-0001"
  title = a.id.empty() ? std::string(tr("Audit trail")) : trf("Audit trail of {}", subject(ctx, a.id, f));
  return f;
}

}  // namespace

Runner setup_log(CLI::App& sub) {
  auto a = std::make_shared<LogArgs>();
  sub.add_option("id", a->id, tr("only this pilot's (MP-2026-0001) or batch's (PB-2026-001) events"));
  sub.add_option("--actor", a->actor, tr("only what this user did"));
  sub.add_option("--action", a->action, tr("only this action: apply, approve, disburse, amend, ..."));
  sub.add_option("--from", a->from, tr("from this date, inclusive (a day of [program] timezone)"));
  sub.add_option("--to", a->to, tr("to this date, inclusive (a day of [program] timezone)"));
  return [a](Context& ctx) {
    authorize_read(ctx.ops());  // first: who may not read must not learn which ids exist
    std::string title;
    const LogFilter f = filter_of(ctx, *a, title);
    const std::vector<EventView> events = load_events(ctx.ops(), f);
    ctx.show([&] { return events_document(events, title); }, [&] { return events_json(events); });
  };
}

}  // namespace minipilot::cli

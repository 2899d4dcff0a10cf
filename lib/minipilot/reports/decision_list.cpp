// The decision list, in one snapshot.
#include "minipilot/reports/decision_list.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/reports/access.h"
#include "minipilot/store/decisions.h"
#include "minipilot/store/events.h"

namespace minipilot {

DecisionList list_decisions(const OpContext& ctx, DecisionQuery query) {
  authorize_read(ctx, query.areas);
  const TimeZone& zone = ctx.config.timezone;
  const Timestamp now = ctx.clock.now();
  if (!query.year && !query.from && !query.to) query.year = zone.local_month(now).year;
  DecisionFilter f;
  f.year = query.year;
  f.areas = query.areas;
  if (query.from) f.from = format_timestamp(zone.start_of(*query.from));
  if (query.to) f.to = format_timestamp(zone.start_of(Date{query.to->days + 1}));
  DecisionList out{query, zone.local_date(now), {}, {}};
  Transaction snapshot = ctx.store.read();
  const std::vector<DecisionRow> rows = find_decisions(ctx.store, f);
  out.head = chain_head(ctx.store);
  snapshot.commit();
  out.entries.reserve(rows.size());
  for (const DecisionRow& r : rows) {
    DecisionEntry e;
    e.number = fmt::format("{}/{}", r.year, r.seq);
    const Checked<Timestamp> at = parse_timestamp(r.decided_at);
    e.date = at.ok() ? zone.local_date(at.value) : Date{};
    e.decider_id = r.decided_by;
    if (const auto u = ctx.config.users.find(r.decided_by); u != ctx.config.users.end()) {
      e.decider_name = u->second.name;
      e.decider_title = u->second.title;
    }
    e.area = r.area;
    const Area* area = ctx.config.find_area(r.area);
    e.area_name = area && !area->name.empty() ? area->name : r.area;
    e.pilot_id = r.pilot_id;
    e.title = r.title;
    if (!query.for_public || out.today.days <= e.date.days + kPublicNameDays) e.applicant = r.applicant_name;
    e.applicant_type = r.applicant_type;
    e.approved = r.approved;
    if (r.grant_cents) e.grant = Cents{*r.grant_cents};
    e.reason_code = r.reject_code;
    if (const Reason* reason = r.reject_code.empty() ? nullptr : ctx.config.find_reason(r.reject_code))
      e.reason_text = reason->text(language());
    if (!query.for_public) e.note = r.note;
    out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace minipilot

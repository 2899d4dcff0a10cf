// The list reports, each in one snapshot with the chain head it saw.
#include "minipilot/reports/pilot_list.h"

#include <algorithm>

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"
#include "minipilot/reports/access.h"
#include "minipilot/reports/summary.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilot_lists.h"

namespace minipilot {

namespace {

// The filter with the programme's calendar for its dates.
PilotFilter local(const OpContext& ctx, PilotFilter f) {
  f.zone = ctx.config.timezone;
  return f;
}

// Sorts by the collation keys of `text` of each row, then by id (the rows come in id order).
void sort_by(std::vector<PilotRow>& rows, std::string PilotRow::*text) {
  const Collator collator(language());
  std::vector<std::pair<std::string, size_t>> keys;
  keys.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) keys.emplace_back(collator.sort_key(rows[i].*text), i);
  std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<PilotRow> sorted;
  sorted.reserve(rows.size());
  for (const auto& k : keys) sorted.push_back(std::move(rows[k.second]));
  rows = std::move(sorted);
}

}  // namespace

std::vector<PilotRow> list_pilots(const OpContext& ctx, const PilotFilter& filter, ChainHead* head, PilotOrder order,
                                  YearBudget* budget) {
  authorize_read(ctx, filter.areas);
  Transaction snapshot = ctx.store.read();
  std::vector<PilotRow> out = find_pilots(ctx.store, local(ctx, filter));
  if (head) *head = chain_head(ctx.store);
  if (budget) *budget = year_budget(ctx, ctx.config.timezone.local_month(ctx.clock.now()).year);
  snapshot.commit();
  if (order == PilotOrder::applicant) sort_by(out, &PilotRow::applicant_name);
  if (order == PilotOrder::title) sort_by(out, &PilotRow::title);
  return out;
}

std::vector<OutcomeRow> list_outcomes(const OpContext& ctx, const PilotFilter& filter, bool for_public,
                                      ChainHead* head) {
  authorize_read(ctx, filter.areas);
  Transaction snapshot = ctx.store.read();
  std::vector<OutcomeRow> out = find_outcomes(ctx.store, local(ctx, filter), for_public);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

std::vector<OverdueRow> list_overdue(const OpContext& ctx, const PilotFilter& filter, bool for_public,
                                     ChainHead* head) {
  authorize_read(ctx, filter.areas);
  const Date today = ctx.config.timezone.local_date(ctx.clock.now());
  const int days = ctx.config.outcome_due_days;
  // Contacts are read when the actor is an agent of at least one area asked for; rows of other areas lose them below.
  bool contacts = !for_public && !ctx.actor.access_control();
  if (!for_public && ctx.actor.access_control())
    for (const Area& a : ctx.config.areas)
      if ((filter.areas.empty() || std::find(filter.areas.begin(), filter.areas.end(), a.id) != filter.areas.end()) &&
          may(ctx.actor, Permission::decide, ctx.config.areas, a.id))
        contacts = true;
  Transaction snapshot = ctx.store.read();
  std::vector<OverdueRow> out =
      find_overdue(ctx.store, filter.year, filter.areas, format_date(Date{today.days - days}), contacts);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  for (OverdueRow& r : out) {
    const Checked<Date> from = parse_date(r.end_date.empty() ? r.paid_on : r.end_date);
    const Date due{from.ok() ? from.value.days + days : today.days};
    r.due = format_date(due);
    r.days_late = today.days - due.days;
    if (r.contact && !may(ctx.actor, Permission::decide, ctx.config.areas, r.area)) {
      r.applicant_name.clear(), r.email.clear(), r.phone.clear();
      r.contact = false;
    }
  }
  return out;
}

}  // namespace minipilot

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

}  // namespace minipilot

// The list reports, each in one snapshot with the chain head it saw.
#include "minipilot/reports/pilot_list.h"

#include "minipilot/reports/access.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilot_lists.h"

namespace minipilot {

std::vector<PilotRow> list_pilots(const OpContext& ctx, const PilotFilter& filter, ChainHead* head) {
  authorize_read(ctx, filter.area);
  Transaction snapshot = ctx.store.read();
  std::vector<PilotRow> out = find_pilots(ctx.store, filter);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

std::vector<OutcomeRow> list_outcomes(const OpContext& ctx, const PilotFilter& filter, bool for_public,
                                      ChainHead* head) {
  authorize_read(ctx, filter.area);
  Transaction snapshot = ctx.store.read();
  std::vector<OutcomeRow> out = find_outcomes(ctx.store, filter, for_public);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

// The payees report in one snapshot.
#include "minipilot/reports/payees.h"

#include "minipilot/reports/access.h"
#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"

namespace minipilot {

std::vector<PayeeTotal> payee_totals(const OpContext& ctx, int year, ChainHead* head) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  std::vector<PayeeTotal> out = find_payee_totals(ctx.store, year);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

// Reading batches and their payments in one snapshot.
#include "minipilot/reports/batch_view.h"

#include "minipilot/reports/access.h"
#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"

namespace minipilot {

BatchView load_batch(const OpContext& ctx, BatchId id) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  BatchView b = find_batch(ctx.store, id);
  snapshot.commit();
  return b;
}

std::vector<BatchView> load_batches(const OpContext& ctx, int year, ChainHead* head,
                                    const std::vector<std::string>& areas) {
  authorize_read(ctx, areas);
  Transaction snapshot = ctx.store.read();  // the batches and their payments as of one moment
  std::vector<BatchView> out = find_batches(ctx.store, year, areas);
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

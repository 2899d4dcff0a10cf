// Reading batches and their payments in one snapshot.
#include "minipilot/reports/batch_view.h"

#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"

namespace minipilot {

BatchView load_batch(Store& store, BatchId id) {
  Transaction snapshot = store.read();
  BatchView b = find_batch(store, id);
  snapshot.commit();
  return b;
}

std::vector<BatchView> load_batches(Store& store, int year, ChainHead* head) {
  Transaction snapshot = store.read();  // the batches and their payments as of one moment
  std::vector<BatchView> out = find_batches(store, year);
  if (head) *head = chain_head(store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

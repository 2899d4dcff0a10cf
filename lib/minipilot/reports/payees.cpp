// The payees report in one snapshot.
#include "minipilot/reports/payees.h"

#include "minipilot/store/events.h"

namespace minipilot {

std::vector<PayeeTotal> payee_totals(Store& store, int year, ChainHead* head) {
  Transaction snapshot = store.read();
  std::vector<PayeeTotal> out = find_payee_totals(store, year);
  if (head) *head = chain_head(store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

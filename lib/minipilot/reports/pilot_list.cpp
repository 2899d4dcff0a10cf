// The list reports, each in one snapshot with the chain head it saw.
#include "minipilot/reports/pilot_list.h"

#include "minipilot/store/events.h"

namespace minipilot {

std::vector<PilotRow> list_pilots(Store& store, const PilotFilter& filter, ChainHead* head) {
  Transaction snapshot = store.read();
  std::vector<PilotRow> out = find_pilots(store, filter);
  if (head) *head = chain_head(store);
  snapshot.commit();
  return out;
}

std::vector<OutcomeRow> list_outcomes(Store& store, const PilotFilter& filter, bool for_public, ChainHead* head) {
  Transaction snapshot = store.read();
  std::vector<OutcomeRow> out = find_outcomes(store, filter, for_public);
  if (head) *head = chain_head(store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

// Reading one pilot and its events.
#include "minipilot/reports/pilot_view.h"

#include "minipilot/reports/audit_log.h"
#include "minipilot/store/pilots.h"

namespace minipilot {

PilotView load_pilot(Store& store, PilotId pid) {
  Transaction snapshot = store.read();
  PilotView v = find_pilot(store, pid);
  v.events = load_events(store, v.id);
  snapshot.commit();
  return v;
}

}  // namespace minipilot

// Reading one pilot and its events.
#include "minipilot/reports/pilot_view.h"

#include "minipilot/reports/access.h"
#include "minipilot/reports/audit_log.h"
#include "minipilot/store/pilots.h"

namespace minipilot {

PilotView load_pilot(const OpContext& ctx, PilotId pid) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  PilotView v = find_pilot(ctx.store, pid);
  v.events = pilot_events(ctx.store, v.id, sees_personal_history(ctx.actor));
  snapshot.commit();
  return v;
}

}  // namespace minipilot

// Reading the event log.
#include "minipilot/reports/audit_log.h"

#include <SQLiteCpp/Statement.h>

#include "minipilot/ledger/columns.h"

namespace minipilot {

std::vector<EventView> load_events(Ledger& ledger, const std::string& pilot_id) {
  // One pilot's events through the events_pilot index; "?1 = '' OR pilot_id = ?1"
  // kept SQLite from using it: showing one pilot of a million read every event
  // (230 ms for one `apply`, which shows the new pilot).
  const std::string sql =
      "SELECT seq, at, actor, action, pilot_id, detail, "
      "json_extract(detail, '$.before.status'), json_extract(detail, '$.after.status'), "
      "COALESCE(json_extract(detail, '$.note'), json_extract(detail, '$.reason')), hash FROM events " +
      std::string(pilot_id.empty() ? "" : "WHERE pilot_id = ?1 ") + "ORDER BY seq";
  SQLite::Statement q(ledger.db(), sql);
  if (!pilot_id.empty()) q.bind(1, pilot_id);
  std::vector<EventView> out;
  while (q.executeStep())
    out.push_back(EventView{q.getColumn(0).getInt64(), text_column(q, 1), text_column(q, 2), text_column(q, 3),
                            text_column(q, 4), text_column(q, 5), text_column(q, 6), text_column(q, 7),
                            text_column(q, 8), text_column(q, 9)});
  return out;
}

}  // namespace minipilot

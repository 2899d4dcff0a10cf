// Reading the event log.
#include "minipilot/reports/audit_log.h"

#include <SQLiteCpp/Statement.h>

#include "minipilot/ledger/columns.h"

namespace minipilot {

std::vector<EventView> load_events(Ledger& ledger, const std::string& pilot_id) {
  SQLite::Statement q(ledger.db(),
                      "SELECT seq, at, actor, action, pilot_id, detail, "
                      "json_extract(detail, '$.before.status'), json_extract(detail, '$.after.status'), "
                      "COALESCE(json_extract(detail, '$.note'), json_extract(detail, '$.reason')), hash "
                      "FROM events WHERE ?1 = '' OR pilot_id = ?1 ORDER BY seq");
  q.bind(1, pilot_id);
  std::vector<EventView> out;
  while (q.executeStep())
    out.push_back(EventView{q.getColumn(0).getInt64(), text_column(q, 1), text_column(q, 2), text_column(q, 3),
                            text_column(q, 4), text_column(q, 5), text_column(q, 6), text_column(q, 7),
                            text_column(q, 8), text_column(q, 9)});
  return out;
}

}  // namespace minipilot

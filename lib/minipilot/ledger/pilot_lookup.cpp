// Pilot existence.
#include "minipilot/ledger/pilot_lookup.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace minipilot {

Error pilot_not_found(std::string_view id) {
  return Error(ErrorKind::not_found, fmt::format("no pilot {}", id),
               "check the id's year and number; 'minipilot log' shows every pilot there is");
}

void require_pilot(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db, "SELECT 1 FROM pilots WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw pilot_not_found(id);
}

}  // namespace minipilot

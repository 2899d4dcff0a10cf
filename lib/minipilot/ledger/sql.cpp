// What every engine's statements share.
#include "minipilot/ledger/sql.h"

namespace minipilot::sql {

int64_t one_int64(Connection& c, std::string_view sql) {
  Statement q(c, sql);
  return q.step() ? q.column(0).int64() : 0;
}

std::string one_text(Connection& c, std::string_view sql) {
  Statement q(c, sql);
  return q.step() ? q.column(0).text() : std::string();
}

}  // namespace minipilot::sql

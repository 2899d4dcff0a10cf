// The event log writer.
#include "minipilot/ledger/events.h"

namespace minipilot {

EventLog::EventLog(SQLite::Database& db)
    : insert_(db,
              "INSERT INTO events (at, actor, action, pilot_id, detail) VALUES (?, ?, ?, ?, ?)") {}

void EventLog::append(Timestamp at, std::string_view actor, std::string_view action,
                      std::string_view pilot_id, std::string_view detail) {
  insert_.reset();
  if (at != last_at_ || at_text_.empty()) {  // bulk commands append many events at one time
    last_at_ = at;
    at_text_ = format_timestamp(at);
  }
  insert_.bindNoCopy(1, at_text_);
  insert_.bind(2, std::string(actor));
  insert_.bind(3, std::string(action));
  if (pilot_id.empty()) {
    insert_.bind(4);
  } else {
    insert_.bind(4, std::string(pilot_id));
  }
  insert_.bind(5, std::string(detail));
  insert_.exec();
}

}  // namespace minipilot

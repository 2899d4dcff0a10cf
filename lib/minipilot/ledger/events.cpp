// The event log writer.
#include "minipilot/ledger/events.h"

#include "minipilot/ledger/chain.h"

namespace minipilot {

EventLog::EventLog(SQLite::Database& db)
    : insert_(db,
              "INSERT INTO events (seq, at, actor, action, pilot_id, detail, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)") {
  ChainHead head = chain_head(db);
  seq_ = head.seq;
  head_ = std::move(head.hash);
}

void EventLog::append(Timestamp at, std::string_view actor, std::string_view action,
                      std::string_view pilot_id, std::string_view detail) {
  insert_.reset();
  if (at != last_at_ || at_text_.empty()) {  // bulk commands append many events at one time
    last_at_ = at;
    at_text_ = format_timestamp(at);
  }
  std::string hash = event_hash(head_, seq_ + 1, at_text_, actor, action, pilot_id, detail);
  insert_.bind(1, seq_ + 1);
  insert_.bindNoCopy(2, at_text_);
  insert_.bind(3, std::string(actor));
  insert_.bind(4, std::string(action));
  if (pilot_id.empty()) {
    insert_.bind(5);
  } else {
    insert_.bind(5, std::string(pilot_id));
  }
  insert_.bind(6, std::string(detail));
  insert_.bindNoCopy(7, head_);
  insert_.bindNoCopy(8, hash);
  insert_.exec();
  ++seq_;
  head_ = std::move(hash);
}

}  // namespace minipilot

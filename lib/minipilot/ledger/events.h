// Appending to the event log: every change is also an append-only event (spec §2).
#pragma once

#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "minipilot/core/time.h"

namespace minipilot {

/// Appends events within the caller's write transaction, reusing one
/// prepared statement (bulk commands append hundreds of thousands). Each
/// event gets the next number and is chained to the one before it by hash.
class EventLog {
 public:
  explicit EventLog(SQLite::Database& db);

  /// Records that `actor` did `action` at `at`; `pilot_id` may be empty for
  /// events about no single pilot. `detail` is a JSON object with the
  /// values before and after: {"before": {...}, "after": {...}, ...}.
  /// It must hold no personal data (names, contacts, IBANs): events can
  /// never be erased, personal data must be erasable.
  void append(Timestamp at, std::string_view actor, std::string_view action,
              std::string_view pilot_id, std::string_view detail);

 private:
  SQLite::Statement insert_;
  int64_t seq_;       // the last event's number
  std::string head_;  // the last event's hash
  Timestamp last_at_;
  std::string at_text_;
};

}  // namespace minipilot

// The event log: appending (every change is also an append-only event, spec §2), its head, and reading it back.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/time.h"
#include "minipilot/core/zone.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/pilot.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Appends events within the caller's write transaction, reusing one
/// prepared statement (bulk commands append hundreds of thousands). Each
/// event gets the next number and is chained to the one before it by hash.
class EventLog {
 public:
  explicit EventLog(Store& store);
  ~EventLog();

  /// Records that `actor` did `action` at `at`; `pilot_id` may be empty for
  /// events about no single pilot. `detail` is the action's JSON object from
  /// domain/event.h; it holds no personal data.
  void append(Timestamp at, std::string_view actor, EventAction action, std::string_view pilot_id,
              std::string_view detail);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The last event's number and hash: the genesis hash when there are none.
ChainHead chain_head(Store& store);

/// Which events `log` shows; every field left empty matches all.
struct LogFilter {
  std::string pilot_id;  ///< canonical; this pilot's events
  std::string batch_id;  ///< canonical; the events about this batch (made, paid, returned, voided)
  std::string actor;
  std::string action;            ///< a stored action name (domain/event.h)
  std::optional<Date> from, to;  ///< by the local date of the event in `zone`, inclusive
  TimeZone zone;                 ///< the calendar of `from` and `to`
  /// Whether amendments of personal data come with their old and new values
  /// (from applicant_changes); else only their field. Not read is not shown.
  bool personal_values = false;
};

/// One event as stored, with the values of its detail that say what else it
/// changed (each "" or nullopt when the detail has none).
struct EventRow {
  EventView event;    ///< `changed` is left empty: words are the report's business
  std::string field;  ///< amend: the field
  std::string batch_id;
  std::optional<int64_t> amount_cents;  ///< the grant fixed, the payment or the batch total
  std::string payments;                 ///< batch: how many; erase: the batches, as a JSON array
  std::string outcome;
  std::string participants;
  std::string erased;               ///< erase: the kinds of data, as a JSON array
  std::string execution_date;       ///< batch
  std::string user;                 ///< interest add, remove: whose interest
  std::string kind;                 ///< interest add, remove: business_id, name or iban
  std::optional<int64_t> interest;  ///< interest add, remove: its number
  std::string code;                 ///< return: the bank's reason code
  std::string message_id;           ///< reconcile: the bank file's message id
  std::string returned, confirmed;  ///< reconcile: how many payments it returned and confirmed
  std::string city, lessons;        ///< lessons import: whose catalogue, and how many lessons it held
  std::string old_value;            ///< amend: the value before ("" when none, erased, or not read)
  std::string new_value;            ///< amend: the value after
};

/// The events the filter keeps, by number, in the caller's transaction.
std::vector<EventRow> find_events(Store& store, const LogFilter& filter);

}  // namespace minipilot

// The event log on SQLite: one prepared insert per command, and the reads of `log` and `show`.
#include "minipilot/store/events.h"

#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

struct EventLog::Impl {
  explicit Impl(sql::Connection& db)
      : insert(db,
               "INSERT INTO events (seq, at, actor, action, pilot_id, detail, prev_hash, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)") {
    ChainHead h = minipilot::chain_head(db);
    seq = h.seq;
    head = std::move(h.hash);
  }

  sql::Statement insert;
  int64_t seq;       // the last event's number
  std::string head;  // the last event's hash
  Timestamp last_at;
  std::string at_text;
};

EventLog::EventLog(Store& store) : impl_(std::make_unique<Impl>(engine(store).sql())) {}
EventLog::~EventLog() = default;

void EventLog::append(Timestamp at, std::string_view actor, EventAction action, std::string_view pilot_id,
                      std::string_view detail) {
  Impl& i = *impl_;
  i.insert.reset();
  if (at != i.last_at || i.at_text.empty()) {  // bulk commands append many events at one time
    i.last_at = at;
    i.at_text = format_timestamp(at);
  }
  const std::string_view name = to_string(action);
  std::string hash = event_hash(i.head, i.seq + 1, i.at_text, actor, name, pilot_id, detail);
  i.insert.bind(1, i.seq + 1);
  i.insert.bind_ref(2, i.at_text);
  i.insert.bind(3, std::string(actor));
  i.insert.bind(4, std::string(name));
  if (pilot_id.empty()) {
    i.insert.bind(5);
  } else {
    i.insert.bind(5, std::string(pilot_id));
  }
  i.insert.bind(6, std::string(detail));
  i.insert.bind_ref(7, i.head);
  i.insert.bind_ref(8, hash);
  i.insert.run();
  ++i.seq;
  i.head = std::move(hash);
}

ChainHead chain_head(Store& store) { return chain_head(engine(store).sql()); }

namespace {

// The columns of an event, then the detail's values that say what it changed.
constexpr const char* kSelect =
    "SELECT seq, at, actor, action, pilot_id, detail, "
    "json_extract(detail, '$.before.status'), json_extract(detail, '$.after.status'), "
    "COALESCE(json_extract(detail, '$.note'), json_extract(detail, '$.reason')), hash, "
    "json_extract(detail, '$.field'), json_extract(detail, '$.batch_id'), "
    "COALESCE(json_extract(detail, '$.after.grant_cents'), json_extract(detail, '$.amount_cents'), "
    "  json_extract(detail, '$.total_cents')), "
    "json_extract(detail, '$.payments'), json_extract(detail, '$.after.outcome'), "
    "json_extract(detail, '$.after.participants'), json_extract(detail, '$.erased'), "
    "json_extract(detail, '$.execution_date'), "
    "json_extract(detail, '$.user'), json_extract(detail, '$.kind'), json_extract(detail, '$.interest'), "
    "json_extract(detail, '$.code'), json_extract(detail, '$.message_id'), json_extract(detail, '$.returned'), "
    "json_extract(detail, '$.confirmed'), json_extract(detail, '$.city'), json_extract(detail, '$.lessons'), ";
// amend: the old and new value in the event (title, area, type, dates).
constexpr const char* kAmendedValues =
    "CASE WHEN action = 'amend' THEN json_extract(detail, '$.before.' || json_extract(detail, '$.field')) END, "
    "CASE WHEN action = 'amend' THEN json_extract(detail, '$.after.' || json_extract(detail, '$.field')) END "
    "FROM events ";
// The same, and those of personal data from applicant_changes.
constexpr const char* kAmendedPersonalValues =
    "CASE WHEN action = 'amend' THEN COALESCE(json_extract(detail, '$.before.' || json_extract(detail, '$.field')), "
    "  (SELECT c.old_value FROM applicant_changes c WHERE c.seq = CAST(json_extract(detail, '$.change') AS INTEGER))) "
    "END, "
    "CASE WHEN action = 'amend' THEN COALESCE(json_extract(detail, '$.after.' || json_extract(detail, '$.field')), "
    "  (SELECT c.new_value FROM applicant_changes c WHERE c.seq = CAST(json_extract(detail, '$.change') AS INTEGER))) "
    "END "
    "FROM events ";

EventRow row(sql::Statement& q) {
  EventRow r;
  r.event = EventView{q.column(0).int64(),
                      text_column(q, 1),
                      text_column(q, 2),
                      text_column(q, 3),
                      text_column(q, 4),
                      text_column(q, 5),
                      text_column(q, 6),
                      text_column(q, 7),
                      text_column(q, 8),
                      text_column(q, 9),
                      {}};
  r.field = text_column(q, 10);
  r.batch_id = text_column(q, 11);
  if (!q.column(12).is_null()) r.amount_cents = q.column(12).int64();
  r.payments = text_column(q, 13);
  r.outcome = text_column(q, 14);
  r.participants = text_column(q, 15);
  r.erased = text_column(q, 16);
  r.execution_date = text_column(q, 17);
  r.user = text_column(q, 18);
  r.kind = text_column(q, 19);
  if (!q.column(20).is_null()) r.interest = q.column(20).int64();
  r.code = text_column(q, 21);
  r.message_id = text_column(q, 22);
  r.returned = text_column(q, 23);
  r.confirmed = text_column(q, 24);
  r.city = text_column(q, 25);
  r.lessons = text_column(q, 26);
  r.old_value = text_column(q, 27);
  r.new_value = text_column(q, 28);
  return r;
}

}  // namespace

std::vector<EventRow> find_events(Store& store, const LogFilter& f) {
  // Each condition only when asked: "?1 = '' OR pilot_id = ?1" kept SQLite from
  // using the events_pilot index (showing one pilot of a million read every
  // event: 230 ms for one `apply`, which shows the new pilot).
  std::vector<std::string> where, values;
  const auto when = [&](const std::string& value, const char* condition) {
    if (value.empty()) return;
    where.push_back(condition);
    values.push_back(value);
  };
  when(f.pilot_id, "pilot_id = ?");
  when(f.batch_id, "json_extract(detail, '$.batch_id') = ?");
  when(f.actor, "actor = ?");
  when(f.action, "action = ?");
  // Stored times are "YYYY-MM-DDTHH:MM:SSZ", which sort as times: a local day
  // runs from its first instant to the next day's.
  when(f.from ? format_timestamp(f.zone.start_of(*f.from)) : "", "at >= ?");
  when(f.to ? format_timestamp(f.zone.start_of(Date{f.to->days + 1})) : "", "at < ?");
  std::string sql = std::string(kSelect) + (f.personal_values ? kAmendedPersonalValues : kAmendedValues);
  for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : "WHERE ") + where[i];
  sql::Statement q(engine(store).sql(), sql + " ORDER BY seq");
  for (size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
  std::vector<EventRow> out;
  while (q.step()) out.push_back(row(q));
  return out;
}

}  // namespace minipilot

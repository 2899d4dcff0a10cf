// Reading the event log, and saying in words what each event changed.
#include "minipilot/reports/audit_log.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/core/money.h"
#include "minipilot/ledger/columns.h"

namespace minipilot {

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
    "json_extract(detail, '$.execution_date') FROM events ";

std::string money(const SQLite::Column& c) { return c.isNull() ? "" : format_money(Cents{c.getInt64()}) + " €"; }

// "["email","phone"]" -> "email, phone".
std::string list(std::string json) {
  std::string out;
  for (char c : json)
    if (c != '[' && c != ']' && c != '"') out += c == ',' ? ", " : std::string(1, c);
  return out;
}

std::string changed(const std::string& action, SQLite::Statement& q) {
  const std::string field = text_column(q, 10), batch = text_column(q, 11);
  if (action == "amend") return field;
  if (action == "approve") return "grant " + money(q.getColumn(12));
  if (action == "disburse") return fmt::format("paid {} in {}", money(q.getColumn(12)), batch);
  if (action == "batch") {
    const std::string n = text_column(q, 13);
    return fmt::format("{}: {} payment{}, {}, to be paid {}", batch, n, n == "1" ? "" : "s", money(q.getColumn(12)),
                       text_column(q, 17));
  }
  if (action == "hold") return "on hold: left out of batches";
  if (action == "release") return "released: paid in the next batch";
  if (action == "return") return "payment in " + batch + " returned";
  if (action == "void" || action == "void batch") return batch + " voided";
  if (action == "complete") {
    const std::string n = text_column(q, 15);
    return "outcome " + text_column(q, 14) + (n.empty() ? "" : fmt::format(", {} participants", n));
  }
  if (action == "erase") {
    std::string s = "erased " + list(text_column(q, 16));
    if (const std::string p = list(text_column(q, 13)); !p.empty()) s += "; payee details paid in " + p;
    return s;
  }
  return "";
}

EventView view(SQLite::Statement& q) {
  EventView e{q.getColumn(0).getInt64(), text_column(q, 1), text_column(q, 2), text_column(q, 3),
              text_column(q, 4),         text_column(q, 5), text_column(q, 6), text_column(q, 7),
              text_column(q, 8),         text_column(q, 9), {}};
  e.changed = changed(e.action, q);
  return e;
}

}  // namespace

std::vector<EventView> load_events(Ledger& ledger, const std::string& pilot_id) {
  LogFilter f;
  f.pilot_id = pilot_id;
  return load_events(ledger, f);
}

std::vector<EventView> load_events(Ledger& ledger, const LogFilter& f) {
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
  // Stored times are "YYYY-MM-DDTHH:MM:SSZ": a day's events sort from its date.
  when(f.from ? format_date(*f.from) : "", "at >= ?");
  when(f.to ? format_date(Date{f.to->days + 1}) : "", "at < ?");
  std::string sql = kSelect;
  for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : "WHERE ") + where[i];
  SQLite::Transaction snapshot = ledger.read();
  SQLite::Statement q(ledger.db(), sql + " ORDER BY seq");
  for (size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
  std::vector<EventView> out;
  while (q.executeStep()) out.push_back(view(q));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

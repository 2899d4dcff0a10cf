// Reading the event log, and saying in words what each event changed.
#include "minipilot/reports/audit_log.h"

#include <fmt/format.h>

#include "minipilot/core/money.h"
#include "minipilot/reports/access.h"

namespace minipilot {

namespace {

std::string money(const std::optional<int64_t>& cents) { return cents ? format_money(Cents{*cents}) + " €" : ""; }

// "["email","phone"]" -> "email, phone".
std::string list(const std::string& json) {
  std::string out;
  for (char c : json)
    if (c != '[' && c != ']' && c != '"') out += c == ',' ? ", " : std::string(1, c);
  return out;
}

std::vector<EventView> views(std::vector<EventRow> rows) {
  std::vector<EventView> out;
  out.reserve(rows.size());
  for (EventRow& r : rows) {
    r.event.changed = changed_words(r);
    out.push_back(std::move(r.event));
  }
  return out;
}

}  // namespace

std::string changed_words(const EventRow& r) {
  const std::optional<EventAction> action = parse_event_action(r.event.action);
  if (!action) return "";
  switch (*action) {
    case EventAction::amend:
      return r.field;
    case EventAction::approve:
      return "grant " + money(r.amount_cents);
    case EventAction::disburse:
      return fmt::format("paid {} in {}", money(r.amount_cents), r.batch_id);
    case EventAction::batch:
      return fmt::format("{}: {} payment{}, {}, to be paid {}", r.batch_id, r.payments, r.payments == "1" ? "" : "s",
                         money(r.amount_cents), r.execution_date);
    case EventAction::hold:
      return "on hold: left out of batches";
    case EventAction::release:
      return "released: paid in the next batch";
    case EventAction::payment_return:
      return "payment in " + r.batch_id + " returned";
    case EventAction::void_payment:
    case EventAction::void_batch:
      return r.batch_id + " voided";
    case EventAction::complete:
      return "outcome " + r.outcome + (r.participants.empty() ? "" : fmt::format(", {} participants", r.participants));
    case EventAction::erase: {
      std::string s = "erased " + list(r.erased);
      if (const std::string p = list(r.payments); !p.empty()) s += "; payee details paid in " + p;
      return s;
    }
    case EventAction::apply:
    case EventAction::reject:
    case EventAction::withdraw:
      break;
  }
  return "";
}

std::vector<EventView> pilot_events(Store& store, const std::string& pilot_id) {
  LogFilter f;
  f.pilot_id = pilot_id;
  return views(find_events(store, f));
}

std::vector<EventView> load_events(const OpContext& ctx, const LogFilter& f) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  std::vector<EventView> out = views(find_events(ctx.store, f));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

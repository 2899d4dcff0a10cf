// Reading the event log, and saying in words what each event changed.
#include "minipilot/reports/audit_log.h"

#include <fmt/format.h>

#include <cstdlib>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/domain/bank_reasons.h"
#include "minipilot/domain/interest.h"
#include "minipilot/reports/access.h"

namespace minipilot {

namespace {

std::string money(const std::optional<int64_t>& cents) { return cents ? money_text(Cents{*cents}) : ""; }

// A stored date ("2026-03-13") as people read it; anything else as it is.
std::string shown_date(const std::string& iso) {
  const Checked<Date> d = parse_date(iso);
  return iso.empty() || !d.ok() ? iso : date_text(d.value);
}

// A count stored as text ("3"), for choosing a plural form.
unsigned long count(const std::string& n) { return std::strtoul(n.c_str(), nullptr, 10); }

// "["email","phone"]" -> "email, phone".
std::string list(const std::string& json) {
  std::string out;
  for (char c : json)
    if (c != '[' && c != ']' && c != '"') out += c == ',' ? ", " : std::string(1, c);
  return out;
}

// An amended value as people read it, cut short in a history line: a date
// in the language's form, a type in words.
std::string amended_value(const std::string& field, const std::string& value) {
  constexpr size_t kShown = 60;  // code points
  if (value.empty()) return "–";
  if (field == "start" || field == "end") return shown_date(value);
  if (field == "type") return applicant_type_text(value);
  if (field == "tags") {
    std::string tags;
    for (char c : value) tags += c == ',' ? std::string(", ") : std::string(1, c);
    return tags;
  }
  size_t points = 0, cut = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if ((static_cast<unsigned char>(value[i]) & 0xC0) == 0x80) continue;
    if (++points > kShown) {
      cut = i;
      break;
    }
  }
  std::string shown = cut ? value.substr(0, cut) + "…" : value;
  for (char& c : shown)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return shown;
}

// "title: Old → New"; the field alone when its values are gone (erased).
std::string amended_words(const EventRow& r) {
  const std::string word = amend_field_text(r.field);
  if (r.old_value.empty() && r.new_value.empty()) return word;
  // TRANSLATORS: a field amended, its old and its new value: "title: Pop-up library → Pop-up lending library"
  return trf("{}: {} → {}", word, amended_value(r.field, r.old_value), amended_value(r.field, r.new_value));
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
      return amended_words(r);
    case EventAction::approve:
      // TRANSLATORS: what an approval fixed: the grant, an amount in euros.
      return trf("grant {}", money(r.amount_cents));
    case EventAction::disburse:
      // TRANSLATORS: an amount paid in a payment batch (PB-2026-001).
      return trf("paid {} in {}", money(r.amount_cents), r.batch_id);
    case EventAction::batch:
      // TRANSLATORS: a payment batch made: its id, number of payments, total, execution date.
      return trnf("{}: {} payment, {}, to be paid {}", "{}: {} payments, {}, to be paid {}", count(r.payments),
                  r.batch_id, r.payments, money(r.amount_cents), shown_date(r.execution_date));
    case EventAction::hold:
      return tr("on hold: left out of batches");
    case EventAction::release:
      return tr("released: paid in the next batch");
    case EventAction::payment_return:
      if (!r.code.empty())
        // TRANSLATORS: a payment batch and the bank's reason: "payment in PB-2026-001 returned: AC01 Incorrect account
        // number"
        return trf("payment in {} returned: {}", r.batch_id, bank_reason_summary(r.code, ""));
      return trf("payment in {} returned", r.batch_id);
    case EventAction::payment_confirm:
      // TRANSLATORS: the bank reported a payment of this batch (PB-2026-001) executed.
      return trf("payment in {} confirmed by the bank", r.batch_id);
    case EventAction::batch_confirm:
      // TRANSLATORS: a second user confirmed a prepared payment batch: its id, number of payments and total.
      return trnf("{} confirmed: {} payment, {}", "{} confirmed: {} payments, {}", count(r.payments), r.batch_id,
                  r.payments, money(r.amount_cents));
    case EventAction::batch_cancel:
      // TRANSLATORS: a prepared payment batch (PB-2026-001) cancelled before it reached the bank.
      return trf("{} cancelled before it was sent", r.batch_id);
    case EventAction::reconcile:
      // TRANSLATORS: a bank file read by its message id, and what it changed.
      return trf("bank file {}: {} returned, {} confirmed", r.message_id, r.returned, r.confirmed);
    case EventAction::void_payment:
    case EventAction::void_batch:
      // TRANSLATORS: a payment batch (PB-2026-001) was voided.
      return trf("{} voided", r.batch_id);
    case EventAction::complete:
      // TRANSLATORS: a completed pilot's outcome (success, partial, failed).
      if (r.participants.empty()) return trf("outcome {}", outcome_text(r.outcome));
      // TRANSLATORS: a completed pilot's outcome and how many took part. The English is the same for
      // one and many; Finnish may say "1 osallistuja".
      return trnf("outcome {}, {} participants", "outcome {}, {} participants", count(r.participants),
                  outcome_text(r.outcome), r.participants);
    case EventAction::erase: {
      const std::string p = list(r.payments);
      // TRANSLATORS: {} lists the kinds of data erased by their stored names ("email, phone").
      if (p.empty()) return trf("erased {}", list(r.erased));
      // TRANSLATORS: the kinds of data erased by their stored names ("email, phone"), then the batches.
      return trf("erased {}; payee details paid in {}", list(r.erased), p);
    }
    case EventAction::interest_add:
      // TRANSLATORS: a declared interest recorded: whose (a user id), its kind ("business ID") and number.
      return trf("{}: {} (no. {})", r.user, interest_kind_text(r.kind), r.interest.value_or(0));
    case EventAction::interest_remove:
      // TRANSLATORS: a declared interest ended: whose (a user id), its kind ("business ID") and number.
      return trf("{}: {} (no. {}) ended", r.user, interest_kind_text(r.kind), r.interest.value_or(0));
    case EventAction::lessons_import:
      // TRANSLATORS: another city's lessons catalogue read in: the city, and how many lessons it held.
      return trnf("{}: {} lesson", "{}: {} lessons", count(r.lessons), r.city, r.lessons);
    case EventAction::apply:
    case EventAction::reject:
    case EventAction::withdraw:
      break;
  }
  return "";
}

std::vector<EventView> pilot_events(Store& store, const std::string& pilot_id, bool personal_values) {
  LogFilter f;
  f.pilot_id = pilot_id;
  f.personal_values = personal_values;
  return views(find_events(store, f));
}

std::vector<EventView> load_events(const OpContext& ctx, const LogFilter& f) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  LogFilter local = f;
  local.zone = ctx.config.timezone;  // --from and --to are days of the programme's calendar
  local.personal_values = sees_personal_history(ctx.actor);
  std::vector<EventView> out = views(find_events(ctx.store, local));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

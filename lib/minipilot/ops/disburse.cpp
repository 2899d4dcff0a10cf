// Disbursement: choose what may be paid, record the batch and its payments, and their undoing.
#include "minipilot/ops/disburse.h"

#include <fmt/format.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/banking_days.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The remittance text: which grant this is, in at most 140 characters.
std::string sepa_message(std::string_view pilot_id, std::string_view title) {
  const std::string full = fmt::format("Minipilotti {}: {}", pilot_id, title);
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < full.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(full[i]) & 0xC0) != 0x80;
    if (lead && ++count > 140) break;
    out += full[i];
  }
  return out;
}

Date execution_date(const OpContext& ctx, const DisburseOptions& o) {
  const Date today = ctx.config.timezone.local_date(ctx.clock.now());
  if (!o.execution_date) return next_banking_day(today);
  if (*o.execution_date < today)
    throw Error(ErrorKind::invalid, trf("execution date {} is in the past", date_text(*o.execution_date)),
                trf("the next banking day is {}", date_text(next_banking_day(today))));
  if (!is_banking_day(*o.execution_date))
    throw Error(ErrorKind::invalid, trf("{} is not a banking day", date_text(*o.execution_date)),
                trf("the next banking day after it is {}", date_text(next_banking_day(*o.execution_date))));
  return *o.execution_date;
}

// Reads the approved pilots one row at a time and splits them into what this
// batch pays and what it leaves out. Streaming: only the chosen payments are
// held (100,000 of them are ~30 MB), and their vector is sized once.
void choose(const OpContext& ctx, const DisburseOptions& o, Disbursement& d, BatchView& b) {
  const int64_t waiting = count_payable(ctx.store, o.area);
  b.payments.reserve(static_cast<size_t>(o.limit ? std::min(waiting, *o.limit) : waiting));
  const bool four_eyes = ctx.config.four_eyes && ctx.actor.access_control();
  for_each_payable(ctx.store, o.area, [&](Payable&& p) {
    PayVerdict v = judge_payable(p, ctx.actor.id, four_eyes);
    if (v.kind == PayVerdict::Kind::on_hold) {
      d.on_hold.push_back(std::move(v.reason));
    } else if (v.kind == PayVerdict::Kind::left_out) {
      d.left_out.push_back({p.pilot_id, std::move(v.reason), v.error});
    } else if (!o.limit || static_cast<int64_t>(b.payments.size()) < *o.limit) {
      std::string message = sepa_message(p.pilot_id, p.title);
      b.payments.push_back(PaymentView{std::move(p.pilot_id), std::move(p.payee_name), std::move(p.iban),
                                       std::move(p.bic), p.grant, std::move(message), "sent", "", "",
                                       std::move(p.salt)});
    }
  });
}

// The batch, its payments, the pilots' new status and an event for each.
void record_batch(const OpContext& ctx, const BatchView& b, BatchId id) {
  insert_batch(ctx.store, b, id);
  EventLog events(ctx.store);
  const Timestamp now = ctx.clock.now();
  ProgressScope shown(ctx.progress);
  const char* what = tr("payments recorded");
  uint64_t done = 0;
  for (const PaymentView& p : b.payments) {
    events.append(now, ctx.actor.id, EventAction::disburse, p.pilot_id,
                  disburse_detail(b.id, p.amount.value,
                                  p.salt.empty() ? "" : payee_commitment(p.salt, p.payee_name, p.iban, p.bic)));
    shown.step(what, ++done, b.payments.size());
  }
  if (mark_disbursed(ctx.store, b.id) != static_cast<int>(b.payments.size()))
    throw Error(ErrorKind::internal, trf("batch {}: a pilot changed while it was being paid", b.id));
  events.append(now, ctx.actor.id, EventAction::batch, "",
                batch_detail(b.id, static_cast<int64_t>(b.payments.size()), b.total().value, b.execution_date));
}

std::string required_reason(std::string_view text) {
  // TRANSLATORS: the reason given for voiding a batch or returning a payment, in messages such as "reason is
  // required".
  const Checked<std::string> r = check_required_text(text, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!r.ok()) throw Error(ErrorKind::invalid, r.error);
  return r.value;
}

// Takes one live payment's pilot back to approved (the transition unpay) and records why.
void unpay(const OpContext& ctx, EventLog& events, const std::string& pilot_id, const std::string& batch_id,
           EventAction action, const std::string& reason) {
  if (!mark_unpaid(ctx.store, pilot_id))
    throw Error(ErrorKind::conflict, trf("{} is not disbursed: its outcome is recorded", pilot_id),
                tr("a completed pilot's payment cannot be undone"));
  events.append(ctx.clock.now(), ctx.actor.id, action, pilot_id, unpay_detail(batch_id, reason));
}

}  // namespace

void authorize_disburse(const OpContext& ctx) { authorize(ctx.actor, Permission::disburse, ctx.config.areas); }

PayVerdict judge_payable(const Payable& p, std::string_view actor, bool four_eyes) {
  using K = PayVerdict::Kind;
  const std::string& id = p.pilot_id;
  if (!p.commitment.empty() && payee_commitment(p.salt, p.payee_name, p.iban, p.bic) != p.commitment)
    // The details were changed behind the tool's back: never pay them.
    return {K::left_out,
            trf("{}: the payee's name, IBAN or BIC differ from what the event log recorded "
                "(changed outside minipilot)",
                id),
            ErrorKind::integrity};
  if (!p.hold_reason.empty()) return {K::on_hold, trf("{} is on hold: {}", id, p.hold_reason)};
  if (p.iban.empty() || !check_iban(p.iban).ok())
    return {K::left_out, trf("{} has no valid IBAN", id), ErrorKind::invalid};
  if (four_eyes && p.decided_by == actor)
    // TRANSLATORS: {} are a pilot id and a user id; the payment is left out of the batch by the four-eyes rule.
    return {K::left_out, trf("{} was approved by {}: four-eyes", id, actor), ErrorKind::permission};
  if (four_eyes && p.iban_set_by == actor)
    // TRANSLATORS: {} are a pilot id and a user id; the payment is left out of the batch by the four-eyes rule.
    return {K::left_out, trf("{}'s IBAN was last set by {}: four-eyes", id, actor), ErrorKind::permission};
  return {K::pay, ""};
}

Disbursement disburse(const OpContext& ctx, const DisburseOptions& o, bool need_payer) {
  authorize_disburse(ctx);
  if (!o.area.empty() && !ctx.config.areas.empty() && !ctx.config.find_area(o.area))
    throw Error(ErrorKind::not_found, trf("no area '{}' in the configuration", o.area));
  if (need_payer && !ctx.config.payer)
    throw Error(ErrorKind::config, trf("{}: a SEPA file needs [payer]", ctx.config.file.string()),
                tr("add [payer] with the city's name, iban and bic"));
  const Date exec = execution_date(ctx, o);
  Transaction txn = o.dry_run ? ctx.store.rehearse() : ctx.store.write(ctx.clock.now());
  const Timestamp now = ctx.clock.now();
  const BatchId id = next_batch_id(ctx.store, civil(ctx.config.timezone.local_date(now)).year);
  BatchView b;
  b.id = format_batch_id(id);
  b.execution_date = format_date(exec);
  b.created_at = format_timestamp(now);
  b.created_by = ctx.actor.id;
  b.state = "exported";
  b.payer = ctx.config.payer.value_or(Payer{});
  b.sepa_version = o.sepa_version.empty() ? ctx.config.sepa_version : o.sepa_version;
  b.csv = ctx.config.csv;
  Disbursement d;
  d.dry_run = o.dry_run;
  choose(ctx, o, d, b);
  if (b.payments.empty()) return d;
  if (!o.dry_run) record_batch(ctx, b, id);
  d.chain_head = chain_head(ctx.store);
  if (!o.dry_run) txn.commit();
  d.batch = std::move(b);
  return d;
}

void void_batch(const OpContext& ctx, BatchId batch, std::string_view reason_text) {
  authorize_disburse(ctx);
  const std::string reason = required_reason(reason_text);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const BatchView b = find_batch(ctx.store, batch);
  if (b.state == "voided")
    // TRANSLATORS: {} are a batch id and the time it was voided.
    throw Error(ErrorKind::conflict, trf("batch {} was voided already, {}", b.id, b.voided_at));
  EventLog events(ctx.store);
  for (const PaymentView& p : b.payments)
    if (p.state == "sent") unpay(ctx, events, p.pilot_id, b.id, EventAction::void_payment, reason);
  record_void(ctx.store, b.id, format_timestamp(ctx.clock.now()), ctx.actor.id, reason);
  events.append(ctx.clock.now(), ctx.actor.id, EventAction::void_batch, "", void_batch_detail(b.id, reason));
  txn.commit();
}

std::string return_payment(const OpContext& ctx, PilotId pilot, std::string_view reason_text) {
  authorize_disburse(ctx);
  const std::string reason = required_reason(reason_text);
  const std::string id = format_pilot_id(pilot);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const std::optional<std::string> batch_id = live_payment_batch(ctx.store, id);
  if (!batch_id) {
    require_pilot(ctx.store, id);
    throw Error(ErrorKind::conflict, trf("{} has no payment on its way to return", id));
  }
  EventLog events(ctx.store);
  unpay(ctx, events, id, *batch_id, EventAction::payment_return, reason);
  record_return(ctx.store, *batch_id, id, format_timestamp(ctx.clock.now()), ctx.actor.id, reason);
  txn.commit();
  return *batch_id;
}

BatchView batch_for_export(const OpContext& ctx, BatchId id) {
  authorize_disburse(ctx);
  Transaction snapshot = ctx.store.read();
  BatchView b = find_batch(ctx.store, id);
  snapshot.commit();
  if (b.state == "voided")
    throw Error(ErrorKind::conflict, trf("{} was voided: its files are not written again", b.id),
                tr("its pilots are paid again in a new batch: 'minipilot disburse'"));
  for (const PaymentView& p : b.payments)
    if (p.iban.empty())
      throw Error(ErrorKind::conflict,
                  trf("cannot write the files of {}: the payee details of {} were erased", b.id, p.pilot_id),
                  tr("a batch whose retention has ended and whose payees were purged can no longer be exported"));
  return b;
}

}  // namespace minipilot

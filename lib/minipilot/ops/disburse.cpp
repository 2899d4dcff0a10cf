// Disbursement: choose what may be paid, record the batch and its payments, and their undoing.
#include "minipilot/ops/disburse.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/banking_days.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/ops/payee_checks.h"
#include "minipilot/store/applicants.h"
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

// `now`: the transaction's time (the server's on a shared ledger), so that an office machine set wrong cannot put a
// wrong date in a payment file.
Date execution_date(const OpContext& ctx, const DisburseOptions& o, Timestamp now) {
  const Date today = ctx.config.timezone.local_date(now);
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
      d.left_out.push_back({p.pilot_id, std::move(v.reason), ErrorKind::conflict});
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
void record_batch(const OpContext& ctx, const BatchView& b, BatchId id, Timestamp now) {
  insert_batch(ctx.store, b, id);
  EventLog events(ctx.store);
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
                batch_detail(b.id, static_cast<int64_t>(b.payments.size()), b.total().value, b.execution_date,
                             b.state == "prepared"));
}

std::string required_reason(std::string_view text) {
  // TRANSLATORS: the reason given for voiding a batch or returning a payment, in messages such as "reason is
  // required".
  const Checked<std::string> r = check_required_text(text, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!r.ok()) throw Error(ErrorKind::invalid, r.error);
  return r.value;
}

// Takes one live payment's pilot back to approved (the transition unpay) and records why.
void unpay(const OpContext& ctx, const Transaction& txn, EventLog& events, const std::string& pilot_id,
           const std::string& batch_id, EventAction action, const std::string& reason) {
  if (!mark_unpaid(ctx.store, pilot_id))
    throw Error(ErrorKind::conflict, trf("{} is not disbursed: its outcome is recorded", pilot_id),
                tr("a completed pilot's payment cannot be undone"));
  events.append(txn.now(), ctx.actor.id, action, pilot_id, unpay_detail(batch_id, reason));
}

// The shared-IBAN warnings of a batch's payees (spec §5: a dry run names them before anything is paid).
std::vector<std::string> batch_iban_notes(Store& store, const BatchView& b) {
  std::vector<std::string> ibans;
  ibans.reserve(b.payments.size());
  for (const PaymentView& p : b.payments) ibans.push_back(p.iban);
  return shared_iban_notes(shared_iban_users(store, ibans));
}

// The batch `id`, which must be waiting for confirmation (`confirming`: to be confirmed, else cancelled).
BatchView prepared_batch(const OpContext& ctx, BatchId id, bool confirming) {
  BatchView b = find_batch(ctx.store, id);
  if (b.state == "prepared") return b;
  const std::string why = b.state == "voided" ? trf("it was voided, {}", b.voided_at)
                          : b.confirmed_by.empty()
                              ? tr("it was made without batch approval and sent as it was made")
                              // TRANSLATORS: a user id and a time: "pekka confirmed it 2026-03-03T09:00:00Z"
                              : trf("{} confirmed it {}", b.confirmed_by, b.confirmed_at);
  throw Error(ErrorKind::conflict,
              confirming ? trf("cannot confirm {}: {}", b.id, why) : trf("cannot cancel {}: {}", b.id, why),
              b.state == "voided" || confirming ? std::string()
                                                : trf("a batch sent to the bank is voided: 'minipilot disburse void {} "
                                                      "--reason TEXT'",
                                                      b.id));
}

}  // namespace

std::string LeftOut::why() const {
  switch (kind) {
    case ErrorKind::integrity:
      return "changed_outside";
    case ErrorKind::permission:
      return "four_eyes";
    case ErrorKind::conflict:
      return "on_hold";
    default:
      return "no_valid_iban";
  }
}

bool Disbursement::refused_any() const {
  return std::any_of(left_out.begin(), left_out.end(), [](const LeftOut& l) { return l.kind != ErrorKind::conflict; });
}

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
  Transaction txn = o.dry_run ? ctx.store.rehearse(ctx.clock) : ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  const Date exec = execution_date(ctx, o, now);  // a refusal here rolls back: nothing was written
  const BatchId id = next_batch_id(ctx.store, civil(ctx.config.timezone.local_date(now)).year);
  BatchView b;
  b.id = format_batch_id(id);
  b.execution_date = format_date(exec);
  b.created_at = format_timestamp(now);
  b.created_by = ctx.actor.id;
  b.state = ctx.config.batch_approval ? "prepared" : "exported";
  b.payer = ctx.config.payer.value_or(Payer{});
  b.sepa_version = o.sepa_version.empty() ? ctx.config.sepa_version : o.sepa_version;
  b.csv = ctx.config.csv;
  Disbursement d;
  d.dry_run = o.dry_run;
  choose(ctx, o, d, b);
  if (b.payments.empty()) return d;
  std::vector<std::string> notes;
  if (o.dry_run)
    notes = batch_iban_notes(ctx.store, b);
  else
    record_batch(ctx, b, id, now);
  d.chain_head = chain_head(ctx.store);
  if (!o.dry_run) txn.commit();
  d.batch = std::move(b);
  for (const std::string& n : notes) ctx.notices.note(n);
  return d;
}

void void_batch(const OpContext& ctx, BatchId batch, std::string_view reason_text) {
  authorize_disburse(ctx);
  const std::string reason = required_reason(reason_text);
  Transaction txn = ctx.store.write(ctx.clock);
  const BatchView b = find_batch(ctx.store, batch);
  if (b.state == "voided")
    // TRANSLATORS: {} are a batch id and the time it was voided.
    throw Error(ErrorKind::conflict, trf("batch {} was voided already, {}", b.id, b.voided_at));
  if (b.state == "prepared")
    throw Error(ErrorKind::conflict, trf("batch {} has not been sent to the bank: it waits for confirmation", b.id),
                trf("cancel it with 'minipilot disburse cancel {}'", b.id));
  for (const PaymentView& p : b.payments)
    if (p.state == "confirmed")
      throw Error(ErrorKind::conflict,
                  trf("batch {} cannot be voided: the bank reported the payment of {} executed", b.id, p.pilot_id),
                  tr("a payment the bank returns afterwards is recorded with 'minipilot disburse return' or "
                     "'minipilot disburse reconcile'"));
  EventLog events(ctx.store);
  for (const PaymentView& p : b.payments)
    if (p.state == "sent") unpay(ctx, txn, events, p.pilot_id, b.id, EventAction::void_payment, reason);
  record_void(ctx.store, b.id, format_timestamp(txn.now()), ctx.actor.id, reason);
  events.append(txn.now(), ctx.actor.id, EventAction::void_batch, "", void_batch_detail(b.id, reason));
  txn.commit();
}

std::vector<Returned> return_payments(const OpContext& ctx, const std::vector<PilotId>& pilots,
                                      std::string_view reason_text) {
  authorize_disburse(ctx);
  const std::string reason = required_reason(reason_text);
  Transaction txn = ctx.store.write(ctx.clock);
  EventLog events(ctx.store);
  std::vector<Returned> out;
  const std::string now = format_timestamp(txn.now());
  for (const PilotId pilot : pilots) {
    const std::string id = format_pilot_id(pilot);
    const std::optional<std::string> batch_id = live_payment_batch(ctx.store, id);
    if (!batch_id) {
      require_pilot(ctx.store, id);
      throw Error(ErrorKind::conflict, trf("{} has no payment on its way to return", id));
    }
    if (batch_state(ctx.store, *batch_id) == "prepared")
      // Its files are not written yet: returning one payment would still send it when the batch is confirmed.
      throw Error(ErrorKind::conflict, trf("{} is in {}, which has not been sent to the bank", id, *batch_id),
                  trf("cancel the batch with 'minipilot disburse cancel {}'", *batch_id));
    unpay(ctx, txn, events, id, *batch_id, EventAction::payment_return, reason);
    record_return(ctx.store, *batch_id, id, now, ctx.actor.id, reason, "");
    out.push_back({id, *batch_id});
  }
  txn.commit();
  return out;
}

BatchView confirm_batch(const OpContext& ctx, BatchId id, ChainHead* head) {
  authorize_disburse(ctx);
  Transaction txn = ctx.store.write(ctx.clock);
  BatchView b = prepared_batch(ctx, id, true);
  for (const PaymentView& p : b.payments)
    if (p.state !=
        "sent")  // cannot happen through the tool: a prepared batch's payments are neither returned nor confirmed
      throw Error(ErrorKind::integrity, trf("cannot confirm {}: the payment of {} is {}", b.id, p.pilot_id, p.state),
                  tr("run 'minipilot verify'; cancel the batch and make a new one"));
  if (b.created_by == ctx.actor.id)
    throw Error(ErrorKind::permission, trf("{} made {}: another finance user confirms it", ctx.actor.id, b.id),
                tr("under [controls] batch_approval a batch needs a second pair of eyes"));
  if (ctx.config.four_eyes && ctx.actor.access_control()) {
    // The confirmer pays too: four-eyes holds for them as for the maker.
    for (const PaymentDeciders& p : payment_deciders(ctx.store, b.id)) {
      const std::string why =
          p.decided_by == ctx.actor.id    ? trf("{} was approved by {}: four-eyes", p.pilot_id, ctx.actor.id)
          : p.iban_set_by == ctx.actor.id ? trf("{}'s IBAN was last set by {}: four-eyes", p.pilot_id, ctx.actor.id)
                                          : std::string();
      if (!why.empty())
        throw Error(ErrorKind::permission, trf("cannot confirm {}: {}", b.id, why),
                    tr("under four-eyes another finance user must confirm this batch"));
    }
  }
  const std::string now = format_timestamp(txn.now());
  record_batch_confirmed(ctx.store, b.id, now, ctx.actor.id);
  EventLog(ctx.store).append(txn.now(), ctx.actor.id, EventAction::batch_confirm, "",
                             batch_step_detail(b.id, static_cast<int64_t>(b.payments.size()), b.total().value));
  if (head) *head = chain_head(ctx.store);
  txn.commit();
  b.state = "exported";
  b.confirmed_at = now;
  b.confirmed_by = ctx.actor.id;
  return b;
}

BatchView cancel_batch(const OpContext& ctx, BatchId id, std::string_view reason_text) {
  authorize_disburse(ctx);
  const Checked<std::string> reason = check_text(reason_text, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!reason.ok()) throw Error(ErrorKind::invalid, reason.error);
  Transaction txn = ctx.store.write(ctx.clock);
  BatchView b = prepared_batch(ctx, id, false);
  EventLog events(ctx.store);
  for (const PaymentView& p : b.payments)
    if (p.state == "sent") unpay(ctx, txn, events, p.pilot_id, b.id, EventAction::void_payment, reason.value);
  const std::string now = format_timestamp(txn.now());
  record_void(ctx.store, b.id, now, ctx.actor.id, reason.value);
  events.append(txn.now(), ctx.actor.id, EventAction::batch_cancel, "",
                batch_step_detail(b.id, static_cast<int64_t>(b.payments.size()), b.total().value));
  txn.commit();
  b.state = "voided";
  b.voided_at = now;
  b.void_reason = reason.value;
  return b;
}

BatchView batch_for_export(const OpContext& ctx, BatchId id, ChainHead* head) {
  authorize_disburse(ctx);
  Transaction snapshot = ctx.store.read();
  BatchView b = find_batch(ctx.store, id);
  if (head) *head = batch_head(ctx.store, b.id);
  snapshot.commit();
  if (b.state == "voided")
    throw Error(ErrorKind::conflict, trf("{} was voided: its files are not written again", b.id),
                tr("its pilots are paid again in a new batch: 'minipilot disburse'"));
  if (b.state == "prepared")
    throw Error(ErrorKind::conflict, trf("{} waits for confirmation: its files are written when it is confirmed", b.id),
                trf("another finance user confirms it: 'minipilot disburse confirm {} --sepa FILE'", b.id));
  for (const PaymentView& p : b.payments)
    if (p.iban.empty())
      throw Error(ErrorKind::conflict,
                  trf("cannot write the files of {}: the payee details of {} were erased", b.id, p.pilot_id),
                  tr("a batch whose retention has ended and whose payees were purged can no longer be exported"));
  return b;
}

}  // namespace minipilot

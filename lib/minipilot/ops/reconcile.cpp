// disburse reconcile: every file read first, then all of them applied in one transaction.
#include "minipilot/ops/reconcile.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/bank_reasons.h"
#include "minipilot/domain/event.h"
#include "minipilot/ops/disburse.h"
#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"
#include "minipilot/validate/bank_message.h"

namespace minipilot {

namespace {

// A batch as loaded for this command, with its payments by pilot id; updated
// as statuses apply, so that a later status in the same run sees the change.
struct LoadedBatch {
  BatchView view;
  std::unordered_map<std::string, size_t> by_pilot;
};

class Applier {
 public:
  // One EventLog for the whole command: it holds the chain's head as it appends. `now`: the transaction's time.
  Applier(const OpContext& ctx, Reconciliation& out, EventLog& events, Timestamp now)
      : ctx_(ctx), out_(out), at_(now), now_(format_timestamp(now)), events_(events) {}

  void apply(const BankMessage& m, ReconciledFile& f) {
    for (const BankStatus& s : m.statuses)
      if (s.verdict == BankStatus::Verdict::duplicate && s.scope == BankStatus::Scope::file) {
        f.outcome = ReconciledFile::Outcome::duplicate;
        return;  // the bank processed the first upload; this one changes nothing
      }
    for (const BankStatus& s : m.statuses) {
      if (s.verdict == BankStatus::Verdict::duplicate) {
        // A block or payment refused as a copy of one the bank holds: the first is being paid.
        ++f.unchanged;
        notes.push_back(trf("{}: the bank refused {} as a duplicate ({}): it holds the first copy; nothing changed",
                            f.name, s.pilot_id.empty() ? s.batch_id : s.pilot_id, s.code));
        continue;
      }
      LoadedBatch& b = batch(f, s.batch_id);
      if (s.scope == BankStatus::Scope::payment) {
        apply_one(m, f, b, payment(f, b, s.pilot_id), s);
      } else {
        for (size_t i = 0; i < b.view.payments.size(); ++i) apply_one(m, f, b, i, s);
      }
    }
  }

 private:
  LoadedBatch& batch(const ReconciledFile& f, const std::string& id) {
    if (auto it = batches_.find(id); it != batches_.end()) return it->second;
    const Checked<BatchId> parsed = parse_batch_id(id);
    if (!parsed.ok())
      throw Error(ErrorKind::not_found,
                  trf("{} names the payment file {}, which is not a batch of minipilot", f.name, id),
                  tr("give the bank's feedback on a batch this ledger made"));
    LoadedBatch loaded;
    try {
      loaded.view = find_batch(ctx_.store, parsed.value);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::not_found) throw;
      // TRANSLATORS: a bank file and the batch it names.
      throw Error(ErrorKind::not_found, trf("{} names the batch {}, which this ledger does not have", f.name, id),
                  tr("check that the file is from this city's bank and that --db names the right ledger"));
    }
    if (loaded.view.state == "prepared")
      throw Error(
          ErrorKind::conflict,
          trf("{} names the batch {}, which waits for confirmation and has not been sent to the bank", f.name, id),
          tr("check that the file is the bank's feedback on this ledger's batches"));
    for (size_t i = 0; i < loaded.view.payments.size(); ++i) loaded.by_pilot[loaded.view.payments[i].pilot_id] = i;
    return batches_.emplace(id, std::move(loaded)).first->second;
  }

  static size_t payment(const ReconciledFile& f, const LoadedBatch& b, const std::string& pilot) {
    const auto it = b.by_pilot.find(pilot);
    if (it == b.by_pilot.end())
      // TRANSLATORS: a bank file, a batch and a payment (pilot id) the file names.
      throw Error(ErrorKind::not_found,
                  trf("{} names a payment of {} to {}, which that batch does not have", f.name, b.view.id,
                      pilot.empty() ? "?" : pilot),
                  tr("'minipilot report payments' lists each batch's payments"));
    return it->second;
  }

  void apply_one(const BankMessage& m, ReconciledFile& f, LoadedBatch& b, size_t index, const BankStatus& s) {
    PaymentView& p = b.view.payments[index];
    const bool voided = b.view.state == "voided";
    if (s.verdict == BankStatus::Verdict::executed) {
      if (voided && p.state != "returned")
        throw Error(ErrorKind::conflict,
                    trf("{} reports the payment of {} in {} executed, but that batch was voided: its pilot may have "
                        "been paid again in another batch",
                        f.name, p.pilot_id, b.view.id),
                    tr("ask the bank which payments it executed before anything else is paid"));
      if (p.state == "returned") {
        // Paid after all, though recorded as returned (typed in, or rejected before): it may be paid again.
        ++f.unchanged;
        notes.push_back(
            trf("{}: the bank reports the payment of {} in {} executed, but it is recorded as returned: "
                "check that the pilot is not paid twice",
                f.name, p.pilot_id, b.view.id));
        return;
      }
      if (p.state != "sent") {
        ++f.unchanged;  // confirmed already
        return;
      }
      record_payment_confirmed(ctx_.store, b.view.id, p.pilot_id, now_);
      events_.append(at_, ctx_.actor.id, EventAction::payment_confirm, p.pilot_id,
                     payment_confirm_detail(b.view.id, m.message_id));
      p.state = "confirmed";
      p.confirmed_at = now_;
      ++f.confirmed;
      out_.payments.push_back({f.name, p.pilot_id, b.view.id, false, "", ""});
      return;
    }
    // Rejected or returned: the money did not reach the payee, or came back.
    if (p.state == "returned" || voided) {
      ++f.unchanged;
      return;
    }
    if (p.state == "confirmed" && s.verdict == BankStatus::Verdict::rejected) {
      // The bank booked it, and now a status report calls it rejected: paying it again could pay it twice.
      ++f.unchanged;
      notes.push_back(
          trf("{}: the bank rejects the payment of {} in {}, which it reported executed before: it "
              "stays confirmed; ask the bank",
              f.name, p.pilot_id, b.view.id));
      return;
    }
    if (!mark_unpaid(ctx_.store, p.pilot_id))
      throw Error(
          ErrorKind::conflict,
          trf("{} returns the payment of {}, whose outcome is recorded: it is not disbursed", f.name, p.pilot_id),
          tr("a completed pilot's payment cannot be undone; settle the money with the payee"));
    events_.append(at_, ctx_.actor.id, EventAction::payment_return, p.pilot_id,
                   unpay_detail(b.view.id, s.text, s.code, m.message_id));
    record_return(ctx_.store, b.view.id, p.pilot_id, now_, ctx_.actor.id, s.text, s.code);
    p.state = "returned";
    ++f.returned;
    out_.payments.push_back({f.name, p.pilot_id, b.view.id, true, s.code, s.text});
  }

  const OpContext& ctx_;
  Reconciliation& out_;

 public:
  std::vector<std::string> notes;  ///< told once the transaction has committed

 private:
  Timestamp at_;
  std::string now_;
  EventLog& events_;
  std::map<std::string, LoadedBatch> batches_;
};

}  // namespace

Reconciliation reconcile(const OpContext& ctx, const std::vector<BankFile>& files) {
  authorize_disburse(ctx);
  // Every file is read before the ledger is locked: a bad one refuses them all, and others need not wait.
  std::vector<BankMessage> messages;
  std::vector<std::string> digests;
  messages.reserve(files.size());
  for (const BankFile& f : files) {
    messages.push_back(read_bank_message(f.bytes, f.name));
    digests.push_back(sha256_hex(f.bytes));
  }
  Reconciliation out;
  Transaction txn = ctx.store.write(ctx.clock);
  EventLog events(ctx.store);
  Applier applier(ctx, out, events, txn.now());
  for (size_t i = 0; i < files.size(); ++i) {
    const BankMessage& m = messages[i];
    ReconciledFile f;
    f.name = files[i].name;
    f.kind = m.kind;
    f.message_id = m.message_id;
    f.foreign = m.foreign_entries;
    for (const BankStatus& s : m.statuses)
      if (std::find(f.batches.begin(), f.batches.end(), s.batch_id) == f.batches.end()) f.batches.push_back(s.batch_id);
    if (std::find(digests.begin(), digests.begin() + static_cast<std::ptrdiff_t>(i), digests[i]) !=
        digests.begin() + static_cast<std::ptrdiff_t>(i)) {
      f.outcome = ReconciledFile::Outcome::given_twice;
    } else if (const std::optional<BankFileRead> before = find_bank_file(ctx.store, digests[i])) {
      f.outcome = ReconciledFile::Outcome::read_before;
      f.read_at = before->read_at;
      f.read_by = before->read_by;
    } else {
      applier.apply(m, f);
      insert_bank_file(ctx.store, digests[i], {m.kind, m.message_id, format_timestamp(txn.now()), ctx.actor.id},
                       f.returned, f.confirmed);
      events.append(txn.now(), ctx.actor.id, EventAction::reconcile, "",
                    reconcile_detail(m.kind, m.message_id, digests[i], f.returned, f.confirmed));
    }
    out.files.push_back(std::move(f));
  }
  out.chain_head = chain_head(ctx.store);
  txn.commit();
  for (const std::string& n : applier.notes) ctx.notices.note(n);
  return out;
}

}  // namespace minipilot

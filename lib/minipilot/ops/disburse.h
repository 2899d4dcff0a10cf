// Paying approved grants in batches, and undoing a payment the bank refused or returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/ids.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"
#include "minipilot/ops/context.h"
#include "minipilot/store/batches.h"

namespace minipilot {

/// What `disburse` is asked to do.
struct DisburseOptions {
  std::optional<Date> execution_date;  ///< default: the next banking day
  std::string area;                    ///< "" for every area
  std::optional<int64_t> limit;        ///< pay at most this many
  bool dry_run = false;
  std::string sepa_version;  ///< "" for [export.sepa] version
};

/// A pilot waiting to be paid that this batch leaves out, and why.
struct LeftOut {
  std::string pilot_id;
  std::string reason;  ///< a sentence naming the pilot
  ErrorKind kind;  ///< integrity (changed outside), invalid (no valid IBAN), permission (four-eyes), conflict (hold)
  /// The same as a word for scripts: changed_outside, no_valid_iban, four_eyes, on_hold.
  std::string why() const;
};

/// What `disburse` did or, in a dry run, would do.
struct Disbursement {
  std::optional<BatchView> batch;  ///< none when nothing could be paid
  std::vector<LeftOut> left_out;   ///< in pilot-id order, holds among them
  bool dry_run = false;
  ChainHead chain_head;  ///< after the batch was recorded (before, in a dry run)
  /// Whether any pilot was left out for something else than a hold: with no
  /// batch made, the command is refused rather than told there was nothing to pay.
  bool refused_any() const;
};

/// Refuses (Error{permission}) an actor who may not make, undo or send
/// payment batches (finance and admins may).
void authorize_disburse(const OpContext& ctx);

/// Whether a waiting pilot goes into the batch, and why not.
struct PayVerdict {
  enum class Kind { pay, on_hold, left_out } kind = Kind::pay;
  std::string reason;                    ///< a sentence naming the pilot; "" for pay
  ErrorKind error = ErrorKind::invalid;  ///< left_out: integrity, invalid or permission
};

/// The rules of the choice, in order: payee details that differ from their
/// last commitment (changed outside minipilot) are never paid; a hold keeps
/// a pilot out; so does a missing or invalid IBAN; and with `four_eyes` the
/// `actor` pays nobody they approved or whose IBAN they last set.
PayVerdict judge_payable(const Payable& p, std::string_view actor, bool four_eyes);

/// Pays every approved, unpaid pilot not on hold (of `area`, at most
/// `limit`) as one new batch, in one transaction: the batch, its payments,
/// the pilots' new status and their events. Left out: pilots without a
/// valid IBAN, and under four-eyes (with access control on) those the actor
/// approved or whose IBAN the actor last set. A dry run computes the same
/// batch and writes nothing. Throws: permission (role), invalid (execution
/// date in the past or not a banking day), not_found (area), config (no payer
/// while `need_payer`).
Disbursement disburse(const OpContext& ctx, const DisburseOptions& options, bool need_payer);

/// The bank refused the whole batch: it is kept as voided, its live
/// payments stop being live, and their pilots return to approved.
/// Throws: not_found, conflict (already voided; prepared, which is
/// cancelled instead; a payment the bank confirmed; a pilot completed),
/// invalid (no reason), permission.
void void_batch(const OpContext& ctx, BatchId batch, std::string_view reason);

/// A pilot's payment taken back, and the batch it was in.
struct Returned {
  std::string pilot_id, batch_id;
};

/// The bank returned these payments: each is marked returned and its pilot
/// returns to approved, all in one transaction or none. Throws: not_found,
/// conflict (no live payment), invalid (no reason), permission.
std::vector<Returned> return_payments(const OpContext& ctx, const std::vector<PilotId>& pilots,
                                      std::string_view reason);

/// Under [controls] batch_approval: a finance user other than its maker
/// confirms a prepared batch, which is then exported (its files may be
/// written). Returns the batch as confirmed. Throws: permission (role; the
/// maker; under four-eyes, a confirmer who approved a pilot of the batch or
/// last set its IBAN), not_found, conflict (not prepared).
/// With `head`, also the chain's head after the confirmation.
BatchView confirm_batch(const OpContext& ctx, BatchId id, ChainHead* head = nullptr);

/// Cancels a prepared batch before it reaches the bank: it is kept as
/// voided with the reason (may be empty), and its pilots are approved and
/// unpaid again. Throws: permission, not_found, conflict (not prepared).
BatchView cancel_batch(const OpContext& ctx, BatchId id, std::string_view reason);

/// The batch `id` for `disburse export` to write its files again, in one
/// read transaction. Throws: permission (not finance), not_found, conflict (a
/// voided batch: its files must not reach the bank twice, spec §5; a
/// prepared one, not confirmed yet; a payee's details purged after their
/// retention: no longer a copy of the batch).
/// With `head`, also the chain's head as the batch was recorded (batch_head).
BatchView batch_for_export(const OpContext& ctx, BatchId id, ChainHead* head = nullptr);

}  // namespace minipilot

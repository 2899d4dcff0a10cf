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
  std::string reason;
  ErrorKind kind;  ///< invalid (no valid IBAN), permission (four-eyes)
};

/// What `disburse` did or, in a dry run, would do.
struct Disbursement {
  std::optional<BatchView> batch;  ///< none when nothing could be paid
  std::vector<LeftOut> left_out;
  std::vector<std::string> on_hold;  ///< approved pilots kept out by a hold
  bool dry_run = false;
  ChainHead chain_head;  ///< after the batch was recorded (before, in a dry run)
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
/// Throws: not_found, conflict (already voided, or a pilot completed),
/// invalid (no reason), permission.
void void_batch(const OpContext& ctx, BatchId batch, std::string_view reason);

/// The bank returned one payment: it is marked returned and its pilot
/// returns to approved. Throws: not_found, conflict (no live payment),
/// invalid (no reason), permission.
std::string return_payment(const OpContext& ctx, PilotId pilot, std::string_view reason);

/// The batch `id` for `disburse export` to write its files again, in one
/// read transaction. Throws: permission (not finance), not_found, conflict (a
/// voided batch: its files must not reach the bank twice, spec §5; a payee's
/// details purged after their retention: no longer a copy of the batch).
BatchView batch_for_export(const OpContext& ctx, BatchId id);

}  // namespace minipilot

// Payment batches: what may be paid, the batch and its payments, their undoing, and reading them back.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/core/money.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The next batch id of `year`.
BatchId next_batch_id(Store& store, int year);

/// An approved pilot with what the choice of a batch needs.
struct Payable {
  std::string pilot_id;
  std::string payee_name, iban, bic, salt;  ///< the applicant's details now
  Cents grant;
  std::string title;
  std::string decided_by;   ///< who approved it
  std::string iban_set_by;  ///< who last set the IBAN
  std::string hold_reason;  ///< "" when not on hold
  std::string commitment;   ///< the last apply or amend event's payee commitment, "" before schema 5
};

/// How many approved pilots (of `area`, "" for all) wait for payment.
int64_t count_payable(Store& store, const std::string& area);

/// Hands every approved pilot (of `area`) to `take` in id order, one row at
/// a time, so that only what the caller keeps is held in memory.
void for_each_payable(Store& store, const std::string& area, const std::function<void(Payable&&)>& take);

/// Stores the batch `b` (numbered `id`, in its state: prepared or exported) and its payments
/// (sent, live), counting them into the summary's payment durations in one
/// go. The pilots' statuses are left to mark_disbursed().
void insert_batch(Store& store, const BatchView& b, BatchId id);

/// Moves the approved pilots paid in `batch_id` to disbursed; returns how many moved.
int mark_disbursed(Store& store, const std::string& batch_id);

/// Moves a disbursed pilot back to approved; false when it is not disbursed.
bool mark_unpaid(Store& store, const std::string& pilot_id);

/// Records the batch as voided and its payments as no longer live.
void record_void(Store& store, const std::string& batch_id, const std::string& at, const std::string& by,
                 const std::string& reason);

/// The state of the batch `batch_id` (prepared, exported, voided); "" when there is none.
std::string batch_state(Store& store, const std::string& batch_id);

/// The batch of the pilot's live payment, if it has one.
std::optional<std::string> live_payment_batch(Store& store, const std::string& pilot_id);

/// Records the pilot's payment in the batch as returned and no longer live,
/// with the bank's reason code ("" when typed in by hand).
void record_return(Store& store, const std::string& batch_id, const std::string& pilot_id, const std::string& at,
                   const std::string& by, const std::string& reason, const std::string& code);

/// Records a sent payment as confirmed: the bank reported it executed.
void record_payment_confirmed(Store& store, const std::string& batch_id, const std::string& pilot_id,
                              const std::string& at);

/// Records a prepared batch as confirmed by `by`, and so exported.
void record_batch_confirmed(Store& store, const std::string& batch_id, const std::string& at, const std::string& by);

/// A bank file read by `disburse reconcile`.
struct BankFileRead {
  std::string message;     ///< "pain.002.001.10"
  std::string message_id;  ///< the bank's MsgId
  std::string read_at;
  std::string read_by;
};

/// The bank file of this SHA-256 (hex), if it was read before.
std::optional<BankFileRead> find_bank_file(Store& store, const std::string& sha256);

/// Records a bank file as read, with how many payments it returned and confirmed.
void insert_bank_file(Store& store, const std::string& sha256, const BankFileRead& read, int64_t returned,
                      int64_t confirmed);

/// Who approved a paid pilot and who last set its IBAN (four-eyes at confirmation).
struct PaymentDeciders {
  std::string pilot_id, decided_by, iban_set_by;
};
/// Those of every payment of the batch, in pilot-id order.
std::vector<PaymentDeciders> payment_deciders(Store& store, const std::string& batch_id);

/// The chain's head as the batch was recorded: the event that made it, or
/// that confirmed it under batch approval. The genesis head when there is none.
ChainHead batch_head(Store& store, const std::string& batch_id);

/// The batch `id` with its payments in pilot-id order; throws Error{not_found}.
BatchView find_batch(Store& store, BatchId id);

/// Every batch of `year` (0: every year), oldest first, with their payments;
/// with `areas`, only the payments of those areas' pilots, and only the
/// batches that have some (cost allocation).
std::vector<BatchView> find_batches(Store& store, int year, const std::vector<std::string>& areas = {});

/// The totals of `year` (0: every year), by year, then payee name and IBAN.
std::vector<PayeeTotal> find_payee_totals(Store& store, int year);

}  // namespace minipilot

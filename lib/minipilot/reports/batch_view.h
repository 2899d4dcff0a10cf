// A payment batch as stored: everything its CSV and SEPA files are made from.
#pragma once

#include <string>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/core/ids.h"
#include "minipilot/core/money.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// One payment of a batch.
struct PaymentView {
  std::string pilot_id;
  std::string payee_name;
  std::string iban;  ///< electronic form
  std::string bic;
  Cents amount;
  std::string message;
  std::string state;  ///< sent | returned
  std::string returned_at;
  std::string return_reason;
  std::string salt = {};  ///< for the payee commitment; not shown, not exported
};

/// A batch with its payments in pilot-id order. The payer, SEPA version and
/// CSV dialect are those it was made with.
struct BatchView {
  std::string id;
  std::string execution_date;  ///< "2026-03-03"
  std::string created_at;      ///< ISO 8601 UTC
  std::string created_by;
  std::string state;  ///< exported | voided
  std::string voided_at;
  std::string void_reason;
  Payer payer;
  std::string sepa_version;
  CsvDialect csv;
  std::vector<PaymentView> payments;

  Cents total() const;
};

/// Loads a batch; throws Error{not_found} when there is none.
BatchView load_batch(Ledger& ledger, BatchId id);

/// Every batch, oldest first (for `report payments`).
/// In one read snapshot; with `head`, also the chain head of that snapshot.
std::vector<BatchView> load_batches(Ledger& ledger, int year, ChainHead* head = nullptr);

}  // namespace minipilot

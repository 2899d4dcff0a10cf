// Reading the bank's feedback back: pain.002 status reports and camt.054 notifications against the batches.
#pragma once

#include <string>
#include <vector>

#include "minipilot/domain/reconciliation.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// A bank file as given: its name (for messages) and its bytes.
struct BankFile {
  std::string name;
  std::string bytes;
};

/// Reads every file and applies what the bank says, in one transaction for
/// all of them (spec §4): a rejected or returned payment is marked returned
/// with the bank's reason and its pilot is approved again (as `disburse
/// return`); an executed one is confirmed; a rejection of a whole block or
/// file returns every payment of it; a duplicate-upload refusal (DU01) and
/// statuses already recorded change nothing. Each file read is recorded by
/// its SHA-256, so that reading it again changes nothing and says so.
/// Throws, changing nothing: permission (not finance), invalid (a file that
/// is not one of the four messages, or lacks what reconciliation needs),
/// not_found (a batch or a payment it names does not exist), conflict (a
/// batch never sent to the bank, one the bank reports executed though it
/// was voided, a completed pilot's payment returned).
Reconciliation reconcile(const OpContext& ctx, const std::vector<BankFile>& files);

}  // namespace minipilot

// What reading the bank's feedback did: per file, and per payment changed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "minipilot/domain/chain.h"

namespace minipilot {

/// One payment the bank's files changed.
struct ReconciledPayment {
  std::string file;  ///< the name of the file that said so
  std::string pilot_id, batch_id;
  bool returned = false;  ///< true: returned (rejected or sent back); false: confirmed
  std::string code;       ///< the bank's reason code of a return, "" when none
  std::string text;       ///< the bank's own words, "" when none
};

/// What one file did.
struct ReconciledFile {
  std::string name, kind, message_id;
  std::vector<std::string> batches;  ///< the batches it names, in order of appearance
  enum class Outcome {
    read,         ///< its statuses were applied (some may have changed nothing)
    read_before,  ///< the same bytes were read before: nothing changed
    duplicate,    ///< the bank refused a whole upload as a duplicate (DU01): no payment changed
    given_twice   ///< the same file twice in one command: read once
  } outcome = Outcome::read;
  std::string read_at, read_by;  ///< read_before: when and by whom
  int64_t returned = 0, confirmed = 0;
  int64_t unchanged = 0;  ///< statuses already known (a return recorded, a confirmation read)
  int64_t foreign = 0;    ///< camt.054 entries about the account's other transactions
};

/// What `disburse reconcile` did.
struct Reconciliation {
  std::vector<ReconciledFile> files;
  std::vector<ReconciledPayment> payments;  ///< the changes, in file order
  ChainHead chain_head;                     ///< after the changes
  int64_t changed() const { return static_cast<int64_t>(payments.size()); }
};

}  // namespace minipilot

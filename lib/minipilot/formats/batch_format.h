// A payment batch (made, dry-run, or listed) as JSON and as a Document.
#pragma once

#include <string>
#include <vector>

#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// A pilot a batch left out, for scripts: why is changed_outside,
/// no_valid_iban, four_eyes or on_hold; reason is the sentence.
struct LeftOutRow {
  std::string pilot_id, why, reason;
};

/// One batch: id, state, execution date, who and when, count, total_cents,
/// and its payments with amount_cents; `dry_run` says nothing was recorded
/// (the batch's and payments' state are then "would_pay"). With `head`, also
/// the event chain's head (spec §6: printed with every batch); `left_out`
/// lists the pilots waiting that it does not pay.
std::string batch_json(const BatchView& b, bool dry_run, const ChainHead* head = nullptr,
                       const std::vector<LeftOutRow>& left_out = {});

/// The batch for people: its figures, then its payments.
Document batch_document(const BatchView& b, bool dry_run, const ChainHead* head = nullptr);

/// `report payments`: every batch with its payments, for reconciliation.
std::string batches_json(const std::vector<BatchView>& batches, const ChainHead* head = nullptr);
Document batches_document(const std::vector<BatchView>& batches);

/// `report payees`: {"payees": [{year, payee_name, iban, payments, total_cents}]}.
std::string payees_json(const std::vector<PayeeTotal>& rows, const ChainHead* head = nullptr);
Document payees_document(const std::vector<PayeeTotal>& rows);

}  // namespace minipilot

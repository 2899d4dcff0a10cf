// What `disburse reconcile` did, as JSON and as a Document.
#pragma once

#include <string>

#include "minipilot/domain/reconciliation.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// {"files": [{file, message, message_id, batches, outcome, read_at,
/// read_by, returned, confirmed, unchanged, foreign}], "payments": [{file,
/// pilot_id, batch_id, state, code, reason, bank_text}], "changed", "chain_head"}.
/// outcome is read, read_before, duplicate or given_twice; state returned or confirmed.
std::string reconciliation_json(const Reconciliation& r);

/// The same for people: a line per file, then the payments changed, with
/// each return's reason code and its meaning in the output language.
Document reconciliation_document(const Reconciliation& r);

}  // namespace minipilot

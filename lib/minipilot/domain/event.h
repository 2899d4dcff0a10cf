// What the event log records: the actions by name, and each action's detail object, built in one place.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/domain/status.h"

namespace minipilot {

/// Every action the event log records (spec §2). Stored as to_string() gives
/// it; `return` and `void` are C++ keywords, hence payment_return and void_payment.
enum class EventAction {
  amend,
  apply,
  approve,
  batch,
  batch_cancel,
  batch_confirm,
  complete,
  payment_confirm,
  disburse,
  erase,
  hold,
  interest_add,
  interest_remove,
  lessons_import,
  reconcile,
  reject,
  release,
  payment_return,
  void_payment,
  void_batch,
  withdraw
};

/// A stored action name ("approve") as people read it in the output
/// language: "hyväksyntä" in Finnish, the name itself in English. Unknown
/// names are shown as they are.
std::string action_text(std::string_view name);

/// Every action, in the order of their stored names (`log --action` lists them so).
inline constexpr std::array<EventAction, 21> kAllEventActions{
    EventAction::amend,           EventAction::apply,          EventAction::approve,      EventAction::batch,
    EventAction::batch_cancel,    EventAction::batch_confirm,  EventAction::complete,     EventAction::payment_confirm,
    EventAction::disburse,        EventAction::erase,          EventAction::hold,         EventAction::interest_add,
    EventAction::interest_remove, EventAction::lessons_import, EventAction::reconcile,    EventAction::reject,
    EventAction::release,         EventAction::payment_return, EventAction::void_payment, EventAction::void_batch,
    EventAction::withdraw};

/// The stored name: "approve", "return", "void", "void batch", "interest add", ...
std::string_view to_string(EventAction a);
/// The action stored as `text`, if any.
std::optional<EventAction> parse_event_action(std::string_view text);
/// The event that records `a` (approve, reject, withdraw, disburse,
/// complete). Error{internal} for unpay: a return and a void record it differently.
EventAction event_action(Action a);
/// The step of the status machine an event records: approve, reject,
/// withdraw, disburse, complete, and unpay for a return or a voided payment;
/// nullopt for the events that change no status.
std::optional<Action> status_action(EventAction a);

// The detail objects. None holds personal data (names, contacts, IBANs):
// events are never erased, personal data must be erasable. A payee's details
// appear only as their salted commitment (payee_commitment).

/// apply: {"before":{},"after":{"status":"submitted","title":..,"area":..,
/// "applicant_id":..,"applicant_type":..},"payee":..}
std::string apply_detail(std::string_view title, std::string_view area, int64_t applicant_id,
                         std::string_view applicant_type, std::string_view payee);
/// What an approval or rejection records beside its statuses (spec §2, §7).
struct DecisionFacts {
  std::string number;       ///< "2026/12"
  std::string reason_code;  ///< a rejection's code of [[reasons]], "" when none
};
/// approve, reject, withdraw: the statuses before and after, the grant fixed
/// (approve, when > 0), and the note or reason under `note_key` when given.
/// With `facts` (approve, reject) also the decision number, the reason code
/// when there is one, and `"declared_interest": false`: the decider was
/// checked against their declared interests and had none in the applicant.
std::string decision_detail(Status before, Status after, std::string_view note_key, std::string_view note,
                            int64_t grant_cents = 0, const DecisionFacts* facts = nullptr);
/// complete: disbursed -> completed with the outcome and participants (null when not told).
/// lessons import: {"city", "lessons": N, "generated_at", "sha256"} of the file read.
std::string lessons_import_detail(std::string_view city, int64_t lessons, std::string_view generated_at,
                                  std::string_view sha256);

std::string complete_detail(std::string_view outcome, std::optional<int64_t> participants,
                            const std::vector<std::string>& tags = {});
/// amend: which field, the number of the applicant_changes row, and the
/// payee's new commitment when the field is part of it.
std::string amend_detail(std::string_view field, int64_t change, std::string_view payee);
/// amend of a field that is not personal data (title, area, type, dates):
/// {"field": F, "before": {F: old}, "after": {F: new}}, "" as null.
std::string amend_value_detail(std::string_view field, std::string_view before, std::string_view after);
/// hold and release: the reason of the hold.
std::string hold_detail(std::string_view reason);
/// disburse: approved -> disbursed in `batch_id`, the amount, the payee's
/// commitment ("" for an applicant from before schema 5: left out).
std::string disburse_detail(std::string_view batch_id, int64_t amount_cents, std::string_view payee);
/// batch: the batch made, its size, total and execution date; under batch
/// approval also `"state": "prepared"` (its files wait for a second user).
std::string batch_detail(std::string_view batch_id, int64_t payments, int64_t total_cents,
                         std::string_view execution_date, bool prepared = false);
/// void and return: disbursed -> approved, the batch and the bank's reason;
/// a return read from the bank's file also its reason code and the file's
/// message id.
std::string unpay_detail(std::string_view batch_id, std::string_view reason, std::string_view code = {},
                         std::string_view message_id = {});
/// confirm: the bank reported the payment executed, in its file `message_id`.
std::string payment_confirm_detail(std::string_view batch_id, std::string_view message_id);
/// batch confirm (a second user confirmed a prepared batch) and batch
/// cancel: the batch, its size and total.
std::string batch_step_detail(std::string_view batch_id, int64_t payments, int64_t total_cents);
/// reconcile: a bank file read, by its kind, message id and SHA-256, and what it changed.
std::string reconcile_detail(std::string_view kind, std::string_view message_id, std::string_view sha256,
                             int64_t returned, int64_t confirmed);
/// void batch: the batch and the reason.
std::string void_batch_detail(std::string_view batch_id, std::string_view reason);
/// interest add and interest remove: the interest's number, its user and
/// kind, and (add) the salted commitment to its value and reason; never the
/// value itself, which is personal data.
std::string interest_detail(int64_t interest, std::string_view user, std::string_view kind,
                            std::string_view commitment);
/// erase: the applicant, the kinds of data removed, whether the payee's
/// details went, the batches whose copies of them went, and why.
std::string erase_detail(int64_t applicant_id, const std::vector<std::string>& erased, bool payee,
                         const std::vector<std::string>& payments, std::string_view reason);

}  // namespace minipilot

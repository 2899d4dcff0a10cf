// A batch's total, and its states in words.
#include "minipilot/domain/batch.h"

#include "minipilot/core/i18n.h"

namespace minipilot {

Cents BatchView::total() const {
  Cents sum;
  for (const PaymentView& p : payments) sum = sum + p.amount;
  return sum;
}

Cents BatchView::paid() const {
  Cents sum;
  if (state != "exported") return sum;
  for (const PaymentView& p : payments)
    if (p.state != "returned") sum = sum + p.amount;
  return sum;
}

std::string_view payment_state(const BatchView& batch, const PaymentView& payment) {
  if (batch.state == "voided" && payment.state != "returned") return "voided";
  return payment.state;
}

std::string state_text(std::string_view state) {
  // TRANSLATORS: the state of a payment batch under batch approval: made, waiting for a second user to confirm it.
  if (state == "prepared") return tr(N_("prepared"));
  // TRANSLATORS: the state of a payment batch: its files were written.
  if (state == "exported") return tr(N_("exported"));
  // TRANSLATORS: the state of a payment batch: cancelled before the bank paid it.
  if (state == "voided") return tr(N_("voided"));
  // TRANSLATORS: the state of one payment: sent to the bank in a batch.
  if (state == "sent") return tr(N_("sent"));
  // TRANSLATORS: the state of one payment: the bank sent the money back.
  if (state == "returned") return tr(N_("returned"));
  // TRANSLATORS: the state of one payment: the bank reported it executed.
  if (state == "confirmed") return tr(N_("confirmed"));
  return std::string(state);
}

}  // namespace minipilot

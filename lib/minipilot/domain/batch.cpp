// A batch's total.
#include "minipilot/domain/batch.h"

namespace minipilot {

Cents BatchView::total() const {
  Cents sum;
  for (const PaymentView& p : payments) sum = sum + p.amount;
  return sum;
}

}  // namespace minipilot

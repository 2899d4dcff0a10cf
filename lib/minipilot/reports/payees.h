// Each payee's total per calendar year, for the city's tax and payroll unit.
#pragma once

#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// Money actually paid to one payee (name and IBAN as paid) in one year:
/// live payments only (not in a voided batch, not returned), by the year of
/// the batch's execution date.
struct PayeeTotal {
  int year = 0;
  std::string payee_name;
  std::string iban;
  int64_t payments = 0;
  Cents total;
};

/// The totals of `year` (0: every year), by year, then payee name.
/// With `head`, also the chain head of the same snapshot.
std::vector<PayeeTotal> payee_totals(Ledger& ledger, int year, ChainHead* head = nullptr);

}  // namespace minipilot

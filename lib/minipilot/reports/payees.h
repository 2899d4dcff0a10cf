// Each payee's total per calendar year, for the city's tax and payroll unit.
#pragma once

#include <vector>

#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The totals of `year` (0: every year), by year, then payee name as the output
/// language sorts names (Finnish: å, ä, ö after z), then IBAN.
/// With `head`, also the chain head of the same snapshot. Error{permission}
/// for an actor who may not read.
std::vector<PayeeTotal> payee_totals(const OpContext& ctx, int year, ChainHead* head = nullptr);

}  // namespace minipilot

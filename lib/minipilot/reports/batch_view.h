// Payment batches as recorded: everything their CSV and SEPA files are made from.
#pragma once

#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Loads a batch in one read transaction; throws Error{permission} (may not
/// read), Error{not_found} when there is none.
BatchView load_batch(const OpContext& ctx, BatchId id);

/// Every batch of `year` (0: every year), oldest first (for `report payments`).
/// In one read snapshot; with `head`, also the chain head of that snapshot.
/// Error{permission} for an actor who may not read.
/// With `areas`, only their pilots' payments (find_batches).
std::vector<BatchView> load_batches(const OpContext& ctx, int year, ChainHead* head = nullptr,
                                    const std::vector<std::string>& areas = {});

}  // namespace minipilot

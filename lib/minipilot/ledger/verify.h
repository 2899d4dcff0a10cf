// verify: SQLite's own checks plus every invariant of spec §2 the ledger holds so far.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/progress.h"
#include "minipilot/config/config.h"
#include "minipilot/domain/verify_report.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// Runs every check, each connection in a read transaction of its own (three
/// connections; the chain is checked up to the head the first one sees). With `expected` (a head
/// printed earlier and kept outside the ledger) it also checks that the
/// chain still holds that event with that hash: a ledger put back to an
/// older copy, cut short or rewritten fails. Finding problems is not an
/// error here; the command turns a non-empty report into exit 9.
/// `progress` hears how many events of the chain have been re-hashed (from
/// the second thread that re-hashes them).
VerifyReport verify_ledger(Ledger& ledger, const Config& config,
                           const std::optional<ChainHead>& expected = std::nullopt,
                           Progress& progress = no_progress());

}  // namespace minipilot

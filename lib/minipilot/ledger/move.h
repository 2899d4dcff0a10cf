// Moving a ledger file to a shared ledger on PostgreSQL (issue 19): every table copied as it is, so that the copy
// verifies to the same chain head.
#pragma once

#include <string>

#include "minipilot/config/config.h"
#include "minipilot/core/progress.h"
#include "minipilot/domain/backup.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// Copies `file` (a ledger file, at this binary's schema) into the database
/// `url` names, creating the schema there when the database is empty, in one
/// transaction on each side: the file's snapshot, and the target's write with
/// its triggers suspended, since the counts they keep are copied too. Then
/// verifies the target, which must hold the file's chain head. Refuses
/// (conflict) a target that holds any row or other tables, and (integrity) a
/// copy that does not verify (the copy then stays in the database for a look:
/// the ledger file is unchanged either way).
MoveReport move_to_shared(Ledger& file, const std::string& url, const Config& config, Progress& progress);

}  // namespace minipilot

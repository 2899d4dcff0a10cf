// Registering applications: one from flags, or many from a CSV file in one transaction.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/import.h"
#include "minipilot/ops/context.h"
#include "minipilot/validate/application.h"
#include "minipilot/validate/header.h"

namespace minipilot {

/// Registers one application as `submitted` and returns its new id.
/// Throws Error: invalid input (the findings joined), not_found for an
/// unknown area, conflict for a duplicate of a live application,
/// permission when the actor may not apply.
PilotId apply_one(const OpContext& ctx, const ApplicationInput& input);

/// How an import file is read: its encoding, and which column gives which
/// field.
struct CsvImport {
  TextEncoding encoding = TextEncoding::utf8;
  HeaderRules header;
};

/// Imports every row of a CSV file (read as DecodingBuf reads it, its
/// header mapped by map_header) in one transaction. Without `on_rejected` a
/// single bad row refuses the whole file (nothing imported; the error lists
/// the first rows and reasons). With it, bad rows are handed to
/// `on_rejected` and the good rows are imported. `before_commit`, when
/// given, runs with the result inside the transaction, just before it
/// commits: what it throws rolls the import back (the rejects file is
/// written there, so that a full disk imports nothing). A file that is not
/// text in its encoding is refused whole, wherever the bad byte is.
BulkResult apply_csv(const OpContext& ctx, std::istream& in, const CsvImport& how = {},
                     const std::function<void(const RejectedRow&)>& on_rejected = {},
                     const std::function<void(const BulkResult&)>& before_commit = {});

}  // namespace minipilot

// What a bulk import did, and the rows it did not import with why.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/ids.h"

namespace minipilot {

/// A CSV row that was not imported, and why.
struct RejectedRow {
  size_t line = 0;
  std::vector<std::string> fields;  ///< the row as read
  std::string reason;
  ErrorKind kind = ErrorKind::invalid;
};

/// What a bulk import did.
struct BulkResult {
  size_t imported = 0;
  size_t rejected = 0;
  std::vector<PilotId> ids;         ///< the new ids, in file order
  std::vector<std::string> header;  ///< the file's header cells
  char delimiter = ',';
};

}  // namespace minipilot

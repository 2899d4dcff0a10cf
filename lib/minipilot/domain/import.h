// What a bulk import did, and the rows it did not import with why.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/ids.h"

namespace minipilot {

/// The character encoding of an import file: UTF-8 (with or without BOM),
/// or Windows-1252 as Excel's "CSV (erotin)" writes it.
enum class TextEncoding { utf8, cp1252 };

/// A CSV row that was not imported, and why.
struct RejectedRow {
  size_t line = 0;
  /// The row as read, but for the columns `line` and `error` of an earlier
  /// rejects file (a new rejects file gives its own).
  std::vector<std::string> fields;
  std::string reason;
  ErrorKind kind = ErrorKind::invalid;
};

/// What a bulk import did.
struct BulkResult {
  size_t imported = 0;
  size_t rejected = 0;
  std::vector<PilotId> ids;  ///< the new ids, in file order
  /// The file's header cells as written, but for `line` and `error` (as in
  /// RejectedRow::fields): what the rejects file repeats.
  std::vector<std::string> header;
  char delimiter = ',';
  bool bom = false;  ///< the file began with a UTF-8 byte order mark
  TextEncoding encoding = TextEncoding::utf8;
};

}  // namespace minipilot

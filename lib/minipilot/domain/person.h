// Everything held about one applicant record, row by row, for the GDPR right of access.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace minipilot {

/// One stored value with its column name and type.
struct Cell {
  enum class Kind { null, integer, text };
  std::string column;
  Kind kind = Kind::null;
  std::string text;  ///< the text, or the integer in decimal
  int64_t integer = 0;
};

/// One row as stored, in table order: an export lists every column, so that
/// nothing held is left out by accident.
using Row = std::vector<Cell>;

struct PersonRecord {
  Row applicant;
  std::vector<Row> pilots;
  std::vector<Row> changes;   ///< applicant_changes: old and new values of amendments
  std::vector<Row> payments;  ///< as paid: payee name, IBAN, amount, batch, state
};

}  // namespace minipilot

// `applicant export`: everything the ledger holds about one person (GDPR right of access), as plain data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "minipilot/ledger/ledger.h"
#include "minipilot/ledger/person_lookup.h"

namespace minipilot {

/// One stored value with its column name and SQLite type.
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

/// Reads every applicant record of the person `key` names (find_person),
/// with their pilots, amendments and payments, in one read transaction.
/// Throws Error{not_found} when none matches, Error{conflict} when the key is
/// shared by people of different names.
std::vector<PersonRecord> export_person(Ledger& ledger, const PersonKey& key);

}  // namespace minipilot

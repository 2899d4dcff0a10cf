// `applicant export`: everything the ledger holds about one person (GDPR right of access), as plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// Whom to export: exactly one of the three is set.
struct PersonQuery {
  std::optional<int64_t> applicant_id;
  std::string pilot_id;  ///< the applicant of this pilot
  std::string email;     ///< every applicant with this e-mail, compared case-insensitively
};

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

/// Reads every applicant the query names, with their pilots, amendments and
/// payments, in one read transaction. Throws Error{not_found} when none matches.
std::vector<PersonRecord> export_person(Ledger& ledger, const PersonQuery& query);

}  // namespace minipilot

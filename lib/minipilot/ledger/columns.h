// Reading result columns and binding lists the same way everywhere: NULL text reads as "".
#pragma once

#include <string>
#include <vector>

#include "minipilot/core/json.h"
#include "minipilot/ledger/sql.h"

namespace minipilot {

/// The name a grant is paid to, of the applicants row `a`: its payee name when
/// set (schema 8), else the applicant's name. Disburse, commitments and verify
/// read it so.
#define MINIPILOT_PAYEE_NAME_OF_A "CASE WHEN a.payee_name <> '' THEN a.payee_name ELSE a.name END"

/// Column `col` of the current row as text; "" for NULL.
inline std::string text_column(sql::Statement& q, int col) {
  return q.column(col).is_null() ? std::string() : q.column(col).text();
}

/// `values` as one parameter, for SQL that reads it as a list with
/// `IN (SELECT value FROM json_each(?))`: a JSON array of strings (`[]` when
/// empty), so that any number of values is bound, never written into the SQL.
inline std::string json_list(const std::vector<std::string>& values) {
  JsonWriter j;
  j.begin_array();
  for (const std::string& v : values) j.value(v);
  j.end_array();
  return j.str();
}

}  // namespace minipilot

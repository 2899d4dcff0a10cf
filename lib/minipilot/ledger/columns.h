// Reading result columns the same way everywhere: NULL text reads as "".
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace minipilot {

/// Column `col` of the current row as text; "" for NULL.
inline std::string text_column(SQLite::Statement& q, int col) {
  return q.getColumn(col).isNull() ? std::string() : q.getColumn(col).getString();
}

}  // namespace minipilot

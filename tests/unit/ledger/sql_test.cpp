// Tests of the statement seam's engine-neutral parts: SQLite's parameters as PostgreSQL's.
#include "minipilot/ledger/sql.h"

#include <doctest/doctest.h>

using namespace minipilot::sql;

TEST_CASE("sql: ? and ?N become $N, numbered as SQLite numbers them") {
  CHECK(numbered_placeholders("SELECT 1") == "SELECT 1");
  CHECK(numbered_placeholders("INSERT INTO t VALUES (?, ?, ?)") == "INSERT INTO t VALUES ($1, $2, $3)");
  CHECK(numbered_placeholders("WHERE a = ?2 AND b = ?1 OR c = ?2") == "WHERE a = $2 AND b = $1 OR c = $2");
  // A bare ? takes the number after the largest so far (SQLite's rule).
  CHECK(numbered_placeholders("?3, ?, ?1, ?") == "$3, $4, $1, $5");
  CHECK(numbered_placeholders("?12") == "$12");
  CHECK(placeholder_count(numbered_placeholders("?3, ?, ?1, ?")) == 5);
  CHECK(placeholder_count("SELECT 1") == 0);
}

TEST_CASE("sql: a ? inside quoted text, a quoted name or a comment is not a parameter") {
  CHECK(numbered_placeholders("SELECT '?', ? FROM t") == "SELECT '?', $1 FROM t");
  CHECK(numbered_placeholders("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1");
  CHECK(numbered_placeholders("SELECT \"a?b\" FROM t WHERE x = ?") == "SELECT \"a?b\" FROM t WHERE x = $1");
  CHECK(numbered_placeholders("SELECT ? -- why?\n, ?") == "SELECT $1 -- why?\n, $2");
  CHECK(numbered_placeholders("WHERE x = '$1' AND y = ?") == "WHERE x = '$1' AND y = $1");
  CHECK(placeholder_count("WHERE x = '$7' AND y = $1 -- $9") == 1);
  // Unterminated quotes end the statement rather than run past it.
  CHECK(numbered_placeholders("SELECT 'open ?") == "SELECT 'open ?");
}

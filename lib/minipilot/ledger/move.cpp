// migrate-ledger: a ledger file copied table for table into a shared ledger, verified to the same head.
#include "minipilot/ledger/move.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "minipilot/core/i18n.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/pg_ledger.h"
#include "minipilot/ledger/pg_schema.h"
#include "minipilot/ledger/schema.h"
#include "minipilot/ledger/verify.h"

namespace minipilot {

namespace {

// A value as SQLite stored it; the shared ledger's columns are BIGINT or TEXT.
struct Cell {
  bool null = false;
  bool integer = false;
  int64_t number = 0;
  std::string text;
};

// A name as both engines read it quoted, whatever a later schema calls a table or column.
std::string ident(const std::string& name) {
  std::string out = "\"";
  for (char ch : name) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::vector<std::string> shared_columns(sql::Connection& db, const std::string& table) {
  sql::Statement q(db,
                   "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
                   "table_name = ? ORDER BY ordinal_position");
  q.bind(1, table);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

std::set<std::string> file_columns(sql::Connection& db, const std::string& table) {
  sql::Statement q(db, "SELECT name FROM pragma_table_info(?)");
  q.bind(1, table);
  std::set<std::string> out;
  while (q.step()) out.insert(q.column(0).text());
  return out;
}

// The shared ledger's tables, each after the tables its foreign keys name, so that every row's parents are there.
std::vector<std::string> shared_tables(sql::Connection& db) {
  std::set<std::string> left;
  {
    sql::Statement q(
        db,
        "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace "
        "AND relname <> 'minipilot_ledger'");
    while (q.step()) left.insert(q.column(0).text());
  }
  std::multimap<std::string, std::string> parents;
  {
    sql::Statement q(db,
                     "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                     "JOIN pg_class p ON p.oid = k.confrelid WHERE k.contype = 'f' AND "
                     "c.relnamespace = current_schema()::regnamespace");
    while (q.step()) parents.emplace(q.column(0).text(), q.column(1).text());
  }
  std::vector<std::string> out;
  while (!left.empty()) {
    const auto ready = std::find_if(left.begin(), left.end(), [&](const std::string& t) {
      const auto [from, to] = parents.equal_range(t);
      return std::all_of(from, to, [&](const auto& p) { return p.second == t || !left.count(p.second); });
    });
    if (ready == left.end()) throw Error(ErrorKind::internal, "the shared ledger's foreign keys form a cycle");
    out.push_back(*ready);
    left.erase(ready);
  }
  return out;
}

std::set<std::string> file_tables(sql::Connection& db) {
  sql::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  std::set<std::string> out;
  while (q.step()) out.insert(q.column(0).text());
  return out;
}

// Both sides must have the same tables with the same columns: a column only one of them has would be lost.
void same_tables(sql::Connection& from, sql::Connection& to, const std::vector<std::string>& tables,
                 const std::string& database) {
  std::set<std::string> theirs = file_tables(from), ours(tables.begin(), tables.end());
  std::vector<std::string> differ;
  std::set_symmetric_difference(theirs.begin(), theirs.end(), ours.begin(), ours.end(), std::back_inserter(differ));
  for (const std::string& t : tables) {
    const std::vector<std::string> cols = shared_columns(to, t);
    if (theirs.count(t) && file_columns(from, t) != std::set<std::string>(cols.begin(), cols.end()))
      differ.push_back(t);
  }
  if (!differ.empty())
    // TRANSLATORS: {} are "the database X on HOST" and a table's name.
    throw Error(ErrorKind::integrity, trf("the ledger file and {} differ in the table {}", database, differ.front()),
                tr("both must have this minipilot's schema: run 'minipilot verify' on each"));
}

// "a", "b", ...
std::string quoted(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + ident(n);
  return out;
}

// INSERT ... VALUES (?, ...), (?, ...): `rows` rows of the columns' values in one round trip.
std::string insert_sql(const std::string& table, const std::vector<std::string>& columns, size_t rows) {
  std::string row = "(?";
  for (size_t i = 1; i < columns.size(); ++i) row += ", ?";
  row += ")";
  std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ", ident(table), quoted(columns));
  for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + row;
  return sql;
}

// Copies one table; the number of rows.
int64_t copy_table(sql::Connection& from, sql::Connection& to, const std::string& table,
                   const std::vector<std::string>& columns) {
  // PostgreSQL takes at most 65,535 parameters a statement; 500 rows a round trip is past the point of mattering.
  const size_t per_batch = std::min<size_t>(500, 60000 / columns.size());
  sql::Statement read(from, fmt::format("SELECT {} FROM {}", quoted(columns), ident(table)));
  std::optional<sql::Statement> full;
  std::vector<Cell> cells;
  cells.reserve(per_batch * columns.size());
  int64_t rows = 0;
  const auto flush = [&](sql::Statement& insert) {
    for (size_t i = 0; i < cells.size(); ++i) {
      const int at = static_cast<int>(i) + 1;
      if (cells[i].null)
        insert.bind(at);
      else if (cells[i].integer)
        insert.bind(at, cells[i].number);
      else
        insert.bind_ref(at, cells[i].text);
    }
    insert.run();
    insert.reset();
    cells.clear();
  };
  while (read.step()) {
    for (size_t c = 0; c < columns.size(); ++c) {
      const sql::Column v = read.column(static_cast<int>(c));
      Cell cell;
      cell.null = v.is_null();
      cell.integer = !cell.null && v.is_integer();
      if (cell.integer)
        cell.number = v.int64();
      else if (!cell.null)
        cell.text = v.text();
      cells.push_back(std::move(cell));
    }
    ++rows;
    if (cells.size() == per_batch * columns.size()) {
      if (!full) full.emplace(to, insert_sql(table, columns, per_batch));
      flush(*full);
    }
  }
  if (!cells.empty()) {
    sql::Statement rest(to, insert_sql(table, columns, cells.size() / columns.size()));
    flush(rest);
  }
  return rows;
}

}  // namespace

MoveReport move_to_shared(Ledger& file, const std::string& url, const Config& config, Progress& progress) {
  if (schema_version() != kPgSchemaVersion)
    throw Error(ErrorKind::internal, trf("this minipilot's schemas differ: {} in a file, {} on PostgreSQL",
                                         schema_version(), kPgSchemaVersion));
  // A damaged file is named before anything is written anywhere.
  if (const VerifyReport v = verify_ledger(file, config, std::nullopt, progress); !v.ok())
    throw Error(ErrorKind::integrity,
                trnf("the ledger file does not verify: {} problem", "the ledger file does not verify: {} problems",
                     static_cast<unsigned long>(v.problem_count), v.problem_count),
                tr("run 'minipilot verify' on the file; nothing was moved"));
  Ledger target = [&] {
    try {
      return open_shared_ledger(url, config.busy_timeout_ms);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::not_found) throw;  // an empty database: its schema is made first
      create_shared_ledger(url, config.busy_timeout_ms);
      return open_shared_ledger(url, config.busy_timeout_ms);
    }
  }();
  MoveReport r;
  r.database = target.where();
  sql::Connection& from = file.sql();
  sql::Connection& to = target.sql();
  // The file's write lock for the whole copy: nothing written to it meanwhile can be left behind.
  from.begin(sql::Mode::write);
  try {
    to.begin(sql::Mode::write);
    const std::vector<std::string> tables = shared_tables(to);
    same_tables(from, to, tables, r.database);
    for (const std::string& t : tables)
      if (sql::one_int64(to, fmt::format("SELECT COUNT(*) FROM (SELECT 1 FROM {} LIMIT 1) AS any_row", ident(t))) != 0)
        // TRANSLATORS: {} is "the database X on HOST".
        throw Error(ErrorKind::conflict, trf("{} holds a ledger with rows already", r.database),
                    tr("a ledger file moves only into an empty database or an empty ledger"));
    // The counts the triggers keep are copied as they are: the triggers would count every row twice.
    for (const std::string& t : tables) to.run_script("ALTER TABLE " + ident(t) + " DISABLE TRIGGER USER");
    ProgressScope shown(progress);
    // TRANSLATORS: progress of migrate-ledger, as "tables copied 3/12".
    const char* what = tr("tables copied");
    uint64_t done = 0;
    for (const std::string& t : tables) {
      r.rows += copy_table(from, to, t, shared_columns(to, t));
      shown.step(what, ++done, tables.size());
    }
    for (const std::string& t : tables) to.run_script("ALTER TABLE " + ident(t) + " ENABLE TRIGGER USER");
    r.pilots = sql::one_int64(to, "SELECT COUNT(*) FROM pilots");
    r.events = sql::one_int64(to, "SELECT COUNT(*) FROM events");
    r.head = chain_head(from);
    // The copy's chain ends where the file's does, checked before it is committed.
    if (chain_head(to).hash != r.head.hash)
      throw Error(ErrorKind::internal, trf("the copy in {} does not end at the file's chain head", r.database));
    to.commit();
  } catch (...) {
    to.rollback();
    from.rollback();
    throw;
  }
  from.rollback();
  const VerifyReport v = verify_ledger(target, config, r.head, progress);
  if (!v.ok())
    // TRANSLATORS: {} is "the database X on HOST"; then how many problems verify found there.
    throw Error(ErrorKind::integrity,
                trnf("{} holds the copy, but verify found {} problem in it",
                     "{} holds the copy, but verify found {} problems in it",
                     static_cast<unsigned long>(v.problem_count), r.database, v.problem_count),
                tr("run 'minipilot verify' with the URL as --db to see them; the ledger file is unchanged: to try "
                   "again, drop and create the database"));
  return r;
}

}  // namespace minipilot

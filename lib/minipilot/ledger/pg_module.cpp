// minipilot-pg.so: the PostgreSQL ledger, loaded by the binary only for a shared ledger. It answers in PgAnswer
// (pg_module.h) and never throws from its entry point; the connection it hands over throws sql::Failure.
#include "minipilot/ledger/pg_module.h"

#include "minipilot/ledger/pg_connection.h"
#include "minipilot/ledger/pg_schema.h"

namespace minipilot {

namespace {

using Problem = PgAnswer::Problem;

// How many tables the database holds in the schema it writes to (the URL's search_path).
int64_t tables_in_schema(sql::Connection& c) {
  return sql::one_int64(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
}

bool has_marker(sql::Connection& c) {
  return sql::one_int64(c, "SELECT (to_regclass('minipilot_ledger') IS NOT NULL)::int") != 0;
}

Problem create(PgConnection& c, PgAnswer& answer) {
  c.run_script("BEGIN");  // ended by COMMIT below, or by closing the connection
  if (has_marker(c)) return Problem::holds_ledger;
  if ((answer.count = tables_in_schema(c)) > 0) return Problem::other_tables;
  c.run_script(pg_schema_sql());
  c.run_script("INSERT INTO minipilot_ledger (application_id, schema_version) VALUES (" +
               std::to_string(kPgApplicationId) + ", " + std::to_string(kPgSchemaVersion) + ")");
  c.run_script("COMMIT");
  return Problem::none;
}

Problem open(PgConnection& c, PgAnswer& answer) {
  c.begin(sql::Mode::read);
  if (!has_marker(c)) {
    c.rollback();
    return tables_in_schema(c) == 0 ? Problem::no_ledger : Problem::no_marker;
  }
  sql::Statement q(c, "SELECT application_id, schema_version FROM minipilot_ledger");
  const bool one = q.step();
  const bool ours = one && !q.column(0).is_null() && q.column(0).int64() == kPgApplicationId && !q.column(1).is_null();
  if (ours) answer.count = q.column(1).int64();
  const bool more = one && q.step();
  c.commit();
  if (!ours || more) return Problem::foreign_marker;
  if (answer.count > kPgSchemaVersion) return Problem::newer;
  // PostgreSQL ledgers began at version 12: an older number was not written by minipilot.
  if (answer.count < kPgSchemaVersion) return Problem::older;
  return Problem::none;
}

Problem problem_of(sql::Failure::Kind kind) {
  switch (kind) {
    case sql::Failure::Kind::busy:
      return Problem::busy;
    case sql::Failure::Kind::unwritable:
      return Problem::unwritable;
    case sql::Failure::Kind::refused:
      return Problem::refused;
    case sql::Failure::Kind::unreachable:
      return Problem::unreachable;
    case sql::Failure::Kind::unique:
    case sql::Failure::Kind::missing:
    case sql::Failure::Kind::internal:
      break;
  }
  return Problem::internal;
}

}  // namespace

}  // namespace minipilot

extern "C" __attribute__((visibility("default"))) void minipilot_pg_ledger_v2(const minipilot::PgRequest& request,
                                                                              minipilot::PgAnswer& answer) noexcept {
  using minipilot::PgAnswer;
  using minipilot::PgRequest;
  try {
    auto c = std::make_unique<minipilot::PgConnection>(request.url, request.busy_timeout_ms);
    answer.database = c->database();
    answer.host = c->host();
    if (request.verb == PgRequest::Verb::create) {
      answer.problem = minipilot::create(*c, answer);
    } else {
      answer.problem = minipilot::open(*c, answer);
      if (answer.problem == PgAnswer::Problem::none) answer.connection = std::move(c);
    }
  } catch (const minipilot::sql::Failure& e) {
    answer.problem = minipilot::problem_of(e.kind());
    answer.detail = e.what();
  } catch (const std::exception& e) {
    answer.problem = PgAnswer::Problem::internal;
    answer.detail = e.what();
  } catch (...) {
    answer.problem = PgAnswer::Problem::internal;
    answer.detail = "unknown failure";
  }
}

static_assert(std::is_same_v<MinipilotPgEntry, decltype(minipilot_pg_ledger_v2)>);

// minipilot-pg.so: the PostgreSQL ledger through libpqxx, loaded by the binary only for a shared ledger. It answers
// in PgAnswer (pg_module.h) and never throws: the binary words every refusal in the user's language.
#include "minipilot/ledger/pg_module.h"

#include <pqxx/pqxx>

#include "minipilot/ledger/pg_schema.h"

namespace minipilot {

namespace {

// libpq's messages run over several lines ("connection to server ... failed: ...\n\tIs the server running ...?");
// a refusal is one line, with single spaces ("FATAL:  database" has two).
std::string one_line(std::string_view what) {
  std::string s;
  for (char ch : what) {
    if (ch == '\n' || ch == '\t' || ch == ' ') {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += ch;
    }
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::unique_ptr<pqxx::connection> connect(const PgRequest& request, PgAnswer& answer) {
  auto c = std::make_unique<pqxx::connection>(request.url);
  answer.database = c->dbname();
  const char* host = c->hostname();
  answer.host = host && *host ? host : "localhost";
  pqxx::nontransaction setup(*c);
  // UTC so that no time the server prints depends on where it stands; the lock timeout is the busy timeout.
  setup.exec0("SET TimeZone = 'UTC'; SET application_name = 'minipilot'; SET lock_timeout = " +
              std::to_string(request.busy_timeout_ms));
  return c;
}

// How many tables the database holds in the schema it writes to (the URL's search_path).
int64_t tables_in_schema(pqxx::transaction_base& t) {
  return t.exec1("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")[0].as<int64_t>();
}

bool has_marker(pqxx::transaction_base& t) {
  return t.exec1("SELECT to_regclass('minipilot_ledger') IS NOT NULL")[0].as<bool>();
}

PgAnswer::Problem create(const PgRequest& request, PgAnswer& answer) {
  auto c = connect(request, answer);
  pqxx::work t(*c);
  if (has_marker(t)) return PgAnswer::Problem::holds_ledger;
  if ((answer.count = tables_in_schema(t)) > 0) return PgAnswer::Problem::other_tables;
  t.exec0(pg_schema_sql());
  t.exec0("INSERT INTO minipilot_ledger (application_id, schema_version) VALUES (" + std::to_string(kPgApplicationId) +
          ", " + std::to_string(kPgSchemaVersion) + ")");
  t.commit();
  return PgAnswer::Problem::none;
}

PgAnswer::Problem open(const PgRequest& request, PgAnswer& answer) {
  auto c = connect(request, answer);
  pqxx::read_transaction t(*c);
  if (!has_marker(t)) return tables_in_schema(t) == 0 ? PgAnswer::Problem::no_ledger : PgAnswer::Problem::no_marker;
  const pqxx::result r = t.exec("SELECT application_id, schema_version FROM minipilot_ledger");
  if (r.size() != 1 || r[0][0].is_null() || r[0][0].as<int64_t>() != kPgApplicationId || r[0][1].is_null())
    return PgAnswer::Problem::foreign_marker;
  answer.count = r[0][1].as<int64_t>();
  if (answer.count > kPgSchemaVersion) return PgAnswer::Problem::newer;
  // PostgreSQL ledgers began at version 12: an older number was not written by minipilot.
  if (answer.count < kPgSchemaVersion) return PgAnswer::Problem::older;
  return PgAnswer::Problem::none;
}

}  // namespace

}  // namespace minipilot

extern "C" __attribute__((visibility("default"))) void minipilot_pg_ledger_v1(const minipilot::PgRequest& request,
                                                                              minipilot::PgAnswer& answer) noexcept {
  using minipilot::PgAnswer;
  using minipilot::PgRequest;
  try {
    answer.problem =
        request.verb == PgRequest::Verb::create ? minipilot::create(request, answer) : minipilot::open(request, answer);
  } catch (const pqxx::broken_connection& e) {
    answer.problem = PgAnswer::Problem::unreachable;
    answer.detail = minipilot::one_line(e.what());
  } catch (const pqxx::sql_error& e) {
    const std::string state = e.sqlstate();
    answer.detail = minipilot::one_line(e.what());
    if (state == "55P03" || state == "40001" || state == "40P01")  // lock_not_available, serialization, deadlock
      answer.problem = PgAnswer::Problem::busy;
    else if (state.rfind("53", 0) == 0 || state == "25006")  // insufficient resources (disk full), read-only
      answer.problem = PgAnswer::Problem::unwritable;
    else if (state == "42501")  // insufficient_privilege
      answer.problem = PgAnswer::Problem::refused;
    else
      answer.problem = PgAnswer::Problem::internal;
  } catch (const std::exception& e) {
    answer.problem = PgAnswer::Problem::internal;
    answer.detail = minipilot::one_line(e.what());
  } catch (...) {
    answer.problem = PgAnswer::Problem::internal;
    answer.detail = "unknown failure";
  }
}

static_assert(std::is_same_v<MinipilotPgEntry, decltype(minipilot_pg_ledger_v1)>);

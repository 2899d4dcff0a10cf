// Applicant rows on SQLite.
#include "minipilot/store/applicants.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <functional>

#include "minipilot/core/i18n.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

PayeeDetails payee_details(Store& store, int64_t applicant_id) {
  sql::Statement q(engine(store).sql(),
                   "SELECT a.salt, " MINIPILOT_PAYEE_NAME_OF_A ", a.iban, a.bic FROM applicants a WHERE a.id = ?");
  q.bind(1, applicant_id);
  if (!q.step()) throw Error(ErrorKind::not_found, trf("no applicant {}", applicant_id));
  return {q.column(0).text(), q.column(1).text(), q.column(2).text(), q.column(3).text()};
}

void set_payee_salt(Store& store, int64_t applicant_id, const std::string& salt) {
  sql::Statement u(engine(store).sql(), "UPDATE applicants SET salt = ? WHERE id = ?");
  u.bind(1, salt);
  u.bind(2, applicant_id);
  u.run();
}

namespace {

constexpr const char* kKeyColumns = "SELECT id, name, email, iban, business_id FROM applicants ";

std::vector<ApplicantKeys> keys(sql::Statement& q) {
  std::vector<ApplicantKeys> out;
  while (q.step())
    out.push_back(
        {q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text(), q.column(4).text()});
  return out;
}

}  // namespace

std::vector<ApplicantKeys> applicants_numbered(Store& store, int64_t n) {
  sql::Statement q(engine(store).sql(), std::string(kKeyColumns) + "WHERE id = ?");
  q.bind(1, n);
  return keys(q);
}

std::vector<ApplicantKeys> applicant_of_pilot(Store& store, const std::string& pilot_id) {
  sql::Statement q(engine(store).sql(),
                   std::string(kKeyColumns) + "WHERE id = (SELECT applicant_id FROM pilots WHERE id = ?)");
  q.bind(1, pilot_id);
  return keys(q);
}

std::vector<ApplicantKeys> applicants_sharing(Store& store, const std::set<std::string>& emails,
                                              const std::set<std::string>& ibans,
                                              const std::set<std::string>& business_ids) {
  std::vector<std::string> terms;
  const auto in = [&terms](const char* col, const std::set<std::string>& values) {
    if (!values.empty())
      terms.push_back(fmt::format("({0} <> '' AND {0} IN ({1}))", col,
                                  fmt::join(std::vector<std::string>(values.size(), "?"), ", ")));
  };
  // SQLite's lower() folds ASCII only, as the caller does.
  in("lower(email)", emails);
  in("iban", ibans);
  in("business_id", business_ids);
  if (terms.empty()) return {};
  sql::Statement q(engine(store).sql(), fmt::format("{}WHERE {} ORDER BY id", kKeyColumns, fmt::join(terms, " OR ")));
  int i = 0;
  for (const auto* values : {&emails, &ibans, &business_ids})
    for (const std::string& v : *values) q.bind(++i, v);
  return keys(q);
}

namespace {

// The salts are not the person's data but the ledger's keys to its commitments.
bool exported(const std::string& name) { return name != "salt" && name != "match_key"; }

std::vector<Row> rows(sql::Statement& q) {
  std::vector<Row> out;
  while (q.step()) {
    Row r;
    for (int c = 0; c < q.columns(); ++c) {
      const std::string name = q.column_name(c);
      if (!exported(name)) continue;
      const sql::Column v = q.column(c);
      if (v.is_null())
        r.push_back({name, Cell::Kind::null, "", 0});
      else if (v.is_integer())
        r.push_back({name, Cell::Kind::integer, "", v.int64()});
      else
        r.push_back({name, Cell::Kind::text, v.text(), 0});
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Row> rows_of(sql::Connection& db, const char* sql, int64_t id) {
  sql::Statement q(db, sql);
  q.bind(1, id);
  return rows(q);
}

}  // namespace

// SELECT *, so that a column added later is exported too.
PersonRecord applicant_record(Store& store, int64_t id) {
  sql::Connection& db = engine(store).sql();
  PersonRecord p;
  std::vector<Row> applicant = rows_of(db, "SELECT * FROM applicants WHERE id = ?", id);
  if (applicant.empty()) throw Error(ErrorKind::not_found, trf("no applicant {}", id));
  p.applicant = std::move(applicant.front());
  p.pilots = rows_of(db, "SELECT * FROM pilots WHERE applicant_id = ? ORDER BY year, seq", id);
  p.changes = rows_of(db, "SELECT * FROM applicant_changes WHERE applicant_id = ? ORDER BY seq", id);
  p.payments = rows_of(db,
                       "SELECT y.*, b.execution_date FROM payments y JOIN batches b ON b.id = y.batch_id "
                       "JOIN pilots p ON p.id = y.pilot_id WHERE p.applicant_id = ? ORDER BY b.year, b.seq",
                       id);
  return p;
}

namespace {

// A payee's identity: the business ID when there is one, else the name as compared case-folded.
#define MINIPILOT_PAYEE_KEY_OF_A \
  "CASE WHEN a.business_id <> '' THEN 'b:' || a.business_id ELSE 'n:' || fold_case(" MINIPILOT_PAYEE_NAME_OF_A ") END"

// Every pilot paid to one of the IBANs `asked` (SQL giving a column `iban`, with its one parameter ?1) that
// several identities use.
std::vector<IbanUser> iban_users(Store& store, const std::string& asked,
                                 const std::function<void(sql::Statement&)>& bind) {
  // SQLite's CROSS JOIN fixes the join order; PostgreSQL knows only the standard JOIN ... ON.
  const std::string join = engine(store).sql().engine() == sql::Engine::sqlite ? "CROSS JOIN" : "JOIN";
  sql::Statement q(engine(store).sql(),
                   "WITH asked AS (" + asked +
                       "), shared AS (SELECT a.iban FROM applicants a "
                       "  WHERE a.iban <> '' AND a.iban IN (SELECT iban FROM asked) GROUP BY a.iban "
                       "  HAVING COUNT(DISTINCT " MINIPILOT_PAYEE_KEY_OF_A
                       ") > 1) "
                       "SELECT iban, id, name, business_id, n FROM (SELECT a.iban, p.id, " MINIPILOT_PAYEE_NAME_OF_A
                       " AS name, a.business_id, "
                       "  row_number() OVER (PARTITION BY a.iban ORDER BY p.year, p.seq) AS k, "
                       "  count(*) OVER (PARTITION BY a.iban) AS n "
                       // CROSS JOIN and the repeated condition keep this order and the partial IBAN index:
                       // without them SQLite scanned every pilot (0.24 s per apply at 1M pilots).
                       "  FROM shared s " +
                       join +
                       " applicants a ON a.iban = s.iban AND a.iban <> '' "
                       "  JOIN pilots p ON p.applicant_id = a.id) AS u "
                       "WHERE k <= ?2 ORDER BY iban, k");
  bind(q);
  q.bind(2, kIbanUsersShown);
  std::vector<IbanUser> out;
  while (q.step())
    out.push_back({text_column(q, 0), text_column(q, 1), text_column(q, 2), text_column(q, 3), q.column(4).int64()});
  return out;
}

#undef MINIPILOT_PAYEE_KEY_OF_A

}  // namespace

std::vector<IbanUser> shared_iban_users(Store& store, const std::vector<std::string>& ibans) {
  return iban_users(store, "SELECT value AS iban FROM json_each(?1)",
                    [&](sql::Statement& q) { q.bind(1, json_list(ibans)); });
}

std::vector<IbanUser> shared_iban_users_from(Store& store, int64_t first_id) {
  return iban_users(store, "SELECT DISTINCT iban FROM applicants WHERE id >= ?1 AND iban <> ''",
                    [&](sql::Statement& q) { q.bind(1, first_id); });
}

int64_t last_applicant_id(Store& store) {
  return sql::one_int64(engine(store).sql(), "SELECT COALESCE(MAX(id), 0) FROM applicants");
}

}  // namespace minipilot

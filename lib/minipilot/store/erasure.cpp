// Erasure on SQLite: the statements of one command, prepared once.
#include "minipilot/store/erasure.h"

#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

void run(sql::Statement& q, int64_t id) {
  q.bind(1, id);
  q.run();
  q.reset();
}

// Binds the applicant's id to a query and resets it when the reading is done.
struct Reset {
  Reset(sql::Statement& q, int64_t id) : q_(q) { q_.bind(1, id); }
  ~Reset() { q_.reset_quietly(); }  // never throws: it may run while an error unwinds
  sql::Statement& q_;
};

}  // namespace

struct ErasureStore::Impl {
  explicit Impl(sql::Connection& db)
      : contact(db, "UPDATE applicants SET email = '', phone = '' WHERE id = ?"),
        free_text(db, "UPDATE pilots SET description = '', outcome_summary = '', lessons = '' WHERE applicant_id = ?"),
        contact_changes(db,
                        "UPDATE applicant_changes SET old_value = '', new_value = '' "
                        "WHERE applicant_id = ? AND (field = 'email' OR field = 'phone' OR field = 'description')"),
        payee(db,
              "UPDATE applicants SET name = '', payee_name = '', iban = '', bic = '', business_id = '', salt = '' "
              "WHERE id = ?"),
        // The duplicate rule's key holds the folded name: keep the title part and
        // make the key the pilot's own, so that it stays unique among live pilots.
        match_key(db,
                  "UPDATE pilots SET match_key = 'erased:' || id || CASE WHEN instr(match_key, '\x1f') > 0 "
                  "THEN substr(match_key, instr(match_key, '\x1f')) ELSE '' END WHERE applicant_id = ?"),
        payee_changes(db, "UPDATE applicant_changes SET old_value = '', new_value = '' WHERE applicant_id = ?"),
        payments(db,
                 "UPDATE payments SET payee_name = '', iban = '', bic = '', salt = '' "
                 "WHERE pilot_id IN (SELECT id FROM pilots WHERE applicant_id = ?)"),
        applicant_q(db,
                    "SELECT email <> '', phone <> '', name <> '', iban <> '', bic <> '', business_id <> '', "
                    "payee_name <> '', salt <> '' FROM applicants WHERE id = ?"),
        changes_q(db,
                  "SELECT COALESCE(MAX(CASE WHEN field = 'email' OR field = 'phone' OR field = 'description' THEN 1 "
                  "ELSE 0 END), 0), "
                  "COALESCE(MAX(CASE WHEN field <> 'email' AND field <> 'phone' AND field <> 'description' THEN 1 ELSE "
                  "0 END), 0) "
                  "FROM applicant_changes "
                  "WHERE applicant_id = ? AND (old_value <> '' OR new_value <> '')"),
        pilots_q(db,
                 "SELECT id, status, description <> '' OR outcome_summary <> '' OR lessons <> '' "
                 "FROM pilots WHERE applicant_id = ? ORDER BY year, seq"),
        payments_q(db,
                   "SELECT y.batch_id, y.pilot_id, CAST(substr(b.execution_date, 1, 4) AS INTEGER), "
                   "y.payee_name = '' AND y.iban = '' AND y.bic = '' AND y.salt = '' "
                   "FROM pilots p JOIN payments y ON y.pilot_id = p.id JOIN batches b ON b.id = y.batch_id "
                   "WHERE p.applicant_id = ? ORDER BY b.year, b.seq, y.pilot_id") {}

  sql::Statement contact, free_text, contact_changes, payee, match_key, payee_changes, payments;
  sql::Statement applicant_q, changes_q, pilots_q, payments_q;
};

ErasureStore::ErasureStore(Store& store) : impl_(std::make_unique<Impl>(engine(store).sql())) {}
ErasureStore::~ErasureStore() = default;

ErasureSubject ErasureStore::load(int64_t id) {
  Impl& i = *impl_;
  ErasureSubject s;
  s.id = id;
  Reset a(i.applicant_q, id);
  if (!i.applicant_q.step()) throw Error(ErrorKind::not_found, trf("no applicant {}", id));
  s.email = i.applicant_q.column(0).int32() != 0;
  s.phone = i.applicant_q.column(1).int32() != 0;
  int column = 2;
  for (const char* field : {"name", "iban", "bic", "business_id", "payee_name"})
    if (i.applicant_q.column(column++).int32() != 0) s.payee.push_back(field);
  s.salt = i.applicant_q.column(7).int32() != 0;
  Reset c(i.changes_q, id);
  i.changes_q.step();
  s.contact_changes = i.changes_q.column(0).int32() != 0;
  s.payee_changes = i.changes_q.column(1).int32() != 0;
  Reset p(i.pilots_q, id);
  while (i.pilots_q.step()) {
    const std::string pilot = i.pilots_q.column(0).text(), status = i.pilots_q.column(1).text();
    const std::optional<Status> st = parse_status(status);
    if (!st)
      throw Error(ErrorKind::integrity, trf("{} has no valid status: '{}'", pilot, status),
                  tr("run 'minipilot verify'; the ledger was changed outside minipilot"));
    s.pilots.push_back({pilot, *st, i.pilots_q.column(2).int32() != 0});
  }
  Reset y(i.payments_q, id);
  while (i.payments_q.step())
    s.payments.push_back({i.payments_q.column(0).text(), i.payments_q.column(1).text(), i.payments_q.column(2).int32(),
                          i.payments_q.column(3).int32() != 0});
  return s;
}

void ErasureStore::erase_contact_and_free_text(int64_t id) {
  run(impl_->contact, id);
  run(impl_->free_text, id);
  run(impl_->contact_changes, id);
}

void ErasureStore::erase_payee(int64_t id) {
  run(impl_->payee, id);
  run(impl_->match_key, id);
  run(impl_->payee_changes, id);
  run(impl_->payments, id);
}

std::vector<int64_t> purge_candidates(Store& store, int through_year, const TimeZone& zone) {
  // One pass over the pilots of applicants who still hold something: the last
  // year of a payment or, never paid, of the rejection or withdrawal; none open.
  sql::Statement q(engine(store).sql(),
                   "WITH paid AS (SELECT y.pilot_id, MAX(CAST(substr(b.execution_date, 1, 4) AS INTEGER)) AS year "
                   "  FROM payments y JOIN batches b ON b.id = y.batch_id GROUP BY y.pilot_id) "
                   "SELECT p.applicant_id FROM pilots p JOIN applicants a ON a.id = p.applicant_id "
                   "LEFT JOIN paid ON paid.pilot_id = p.id "
                   "WHERE a.name <> '' OR a.email <> '' OR a.phone <> '' OR a.iban <> '' OR a.payee_name <> '' "
                   "GROUP BY p.applicant_id "
                   "HAVING MAX(CASE WHEN p.status = 'submitted' OR p.status = 'approved' THEN 1 ELSE 0 END) = 0 "
                   "AND MAX(COALESCE(paid.year, 0)) <= ?1 "
                   "AND MAX(COALESCE(p.closed_at, p.decided_at, p.submitted_at)) < ?2 ORDER BY p.applicant_id");
  // A rejection's or withdrawal's year is local: before the first instant of the next local year.
  q.bind(1, through_year);
  q.bind(2, format_timestamp(zone.start_of(Date{end_of_year(through_year).days + 1})));
  std::vector<int64_t> ids;
  while (q.step()) ids.push_back(q.column(0).int64());
  return ids;
}

// SQLite overwrites freed space with zeros under secure_delete; a checkpoint
// that truncates the WAL drops the older page images there.
// PostgreSQL keeps a changed row's old version until VACUUM reclaims it, and its write-ahead log until a checkpoint
// recycles it: VACUUM runs after the commit (it cannot run inside a transaction); the log and the backups are the
// database administrator's (docs/guide-admin.md).
void scrub_erased_space(Store& store) {
  if (engine(store).sql().engine() == sql::Engine::sqlite) engine(store).sql().run_script("PRAGMA secure_delete = ON");
}

void scrub_erased_history(Store& store) {
  sql::Connection& db = engine(store).sql();
  if (db.engine() == sql::Engine::postgresql) {
    // VACUUM is the tables' owner's (another role gets a warning per table, on stderr): an office role leaves it to
    // autovacuum, which the guide says.
    if (sql::one_int64(db,
                       "SELECT CASE WHEN pg_has_role(current_user, relowner, 'USAGE') THEN 1 ELSE 0 END "
                       "FROM pg_class WHERE oid = 'applicants'::regclass") == 1)
      db.run_script("VACUUM applicants, applicant_changes, pilots, payments, interests, events");
    return;
  }
  sql::Statement q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  q.step();
}

}  // namespace minipilot

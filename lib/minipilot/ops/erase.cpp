// Erasure and purge: what may go now, what the Accounting Act keeps and until when, and the event that says so.
#include "minipilot/ops/erase.h"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/json.h"
#include "minipilot/ledger/events.h"

namespace minipilot {

namespace {

constexpr const char* kPayeeDetails = "payee name, IBAN, BIC and business ID";

struct PilotRow {
  std::string id, status;
  bool free_text = false;  // description, outcome summary or lessons not empty
};

struct PaymentRow {
  std::string batch_id, pilot_id;
  int year = 0;         // of the batch's execution date
  bool erased = false;  // payee details already gone
};

// Everything an erasure decides on, read inside its write transaction.
struct Subject {
  int64_t id = 0;
  bool email = false, phone = false;  // which of the applicant's own fields hold a value
  std::vector<std::string> payee;     // name, iban, bic, business_id: those that hold a value
  bool salt = false;
  bool contact_changes = false, payee_changes = false;
  std::vector<PilotRow> pilots;
  std::vector<PaymentRow> payments;
};

// Decides what goes now and what is kept. The payee details go only as a whole
// (name, IBAN, BIC, business ID, the payments' copies, their amendments).
Erasure plan(const Subject& s, Date today, int years, bool& payee_goes) {
  Erasure e;
  e.applicant_id = s.id;
  for (const PilotRow& p : s.pilots) e.pilots.push_back(p.id);
  if (s.email) e.erased.push_back("email");
  if (s.phone) e.erased.push_back("phone");
  if (std::any_of(s.pilots.begin(), s.pilots.end(), [](const PilotRow& p) { return p.free_text; }))
    e.erased.push_back("free_text");
  if (s.contact_changes) e.erased.push_back("amended_contact_details");

  const bool payee_left = !s.payee.empty() || s.salt || s.payee_changes ||
                          std::any_of(s.payments.begin(), s.payments.end(), [](const PaymentRow& y) { return !y.erased; });
  payee_goes = false;
  if (!payee_left) return e;
  for (const PilotRow& p : s.pilots)
    if (p.status == "submitted" || p.status == "approved") {
      e.kept.push_back({kPayeeDetails, fmt::format("{} is {} and not yet paid", p.id, p.status), std::nullopt});
      return e;
    }
  if (!s.payments.empty()) {
    const auto last = std::max_element(s.payments.begin(), s.payments.end(),
                                       [](const PaymentRow& a, const PaymentRow& b) { return a.year < b.year; });
    const Date until = retention_end(last->year, years);
    if (today <= until) {
      std::vector<std::string> batches;
      for (const PaymentRow& y : s.payments)
        if (std::find(batches.begin(), batches.end(), y.batch_id) == batches.end()) batches.push_back(y.batch_id);
      e.kept.push_back({kPayeeDetails, fmt::format("paid in {} (Accounting Act)", fmt::join(batches, ", ")), until});
      return e;
    }
  }
  payee_goes = true;
  e.erased.insert(e.erased.end(), s.payee.begin(), s.payee.end());
  if (s.payee_changes) e.erased.push_back("amended_payee_details");
  for (const PaymentRow& y : s.payments)
    if (!y.erased && std::find(e.batches.begin(), e.batches.end(), y.batch_id) == e.batches.end())
      e.batches.push_back(y.batch_id);
  return e;
}

// Carries out a plan and records one `erase` event per pilot.
class Eraser {
 public:
  explicit Eraser(const OpContext& ctx)
      : ctx_(ctx),
        events_(ctx.ledger.db()),
        contact_(ctx.ledger.db(), "UPDATE applicants SET email = '', phone = '' WHERE id = ?"),
        free_text_(ctx.ledger.db(),
                   "UPDATE pilots SET description = '', outcome_summary = '', lessons = '' WHERE applicant_id = ?"),
        contact_changes_(ctx.ledger.db(),
                         "UPDATE applicant_changes SET old_value = '', new_value = '' "
                         "WHERE applicant_id = ? AND (field = 'email' OR field = 'phone')"),
        payee_(ctx.ledger.db(),
               "UPDATE applicants SET name = '', iban = '', bic = '', business_id = '', salt = '' WHERE id = ?"),
        // The duplicate rule's key holds the folded name: keep the title part and
        // make the key the pilot's own, so that it stays unique among live pilots.
        match_key_(ctx.ledger.db(),
                   "UPDATE pilots SET match_key = 'erased:' || id || CASE WHEN instr(match_key, char(31)) > 0 "
                   "THEN substr(match_key, instr(match_key, char(31))) ELSE '' END WHERE applicant_id = ?"),
        payee_changes_(ctx.ledger.db(),
                       "UPDATE applicant_changes SET old_value = '', new_value = '' WHERE applicant_id = ?"),
        payments_(ctx.ledger.db(),
                  "UPDATE payments SET payee_name = '', iban = '', bic = '', salt = '' "
                  "WHERE pilot_id IN (SELECT id FROM pilots WHERE applicant_id = ?)"),
        applicant_q_(ctx.ledger.db(),
                     "SELECT email <> '', phone <> '', name <> '', iban <> '', bic <> '', business_id <> '', "
                     "salt <> '' FROM applicants WHERE id = ?"),
        changes_q_(ctx.ledger.db(),
                   "SELECT COALESCE(MAX(field = 'email' OR field = 'phone'), 0), "
                   "COALESCE(MAX(field <> 'email' AND field <> 'phone'), 0) FROM applicant_changes "
                   "WHERE applicant_id = ? AND (old_value <> '' OR new_value <> '')"),
        pilots_q_(ctx.ledger.db(),
                  "SELECT id, status, description <> '' OR outcome_summary <> '' OR lessons <> '' "
                  "FROM pilots WHERE applicant_id = ? ORDER BY year, seq"),
        payments_q_(ctx.ledger.db(),
                    "SELECT y.batch_id, y.pilot_id, CAST(substr(b.execution_date, 1, 4) AS INTEGER), "
                    "y.payee_name = '' AND y.iban = '' AND y.bic = '' AND y.salt = '' "
                    "FROM pilots p JOIN payments y ON y.pilot_id = p.id JOIN batches b ON b.id = y.batch_id "
                    "WHERE p.applicant_id = ? ORDER BY b.year, b.seq, y.pilot_id") {}

  // Everything about one applicant that the plan needs. The statements are
  // prepared once per command: purge loads hundreds of thousands.
  Subject load(int64_t id) {
    Subject s;
    s.id = id;
    Reset a(applicant_q_, id);
    if (!applicant_q_.executeStep()) throw Error(ErrorKind::not_found, fmt::format("no applicant {}", id));
    s.email = applicant_q_.getColumn(0).getInt() != 0;
    s.phone = applicant_q_.getColumn(1).getInt() != 0;
    int column = 2;
    for (const char* field : {"name", "iban", "bic", "business_id"})
      if (applicant_q_.getColumn(column++).getInt() != 0) s.payee.push_back(field);
    s.salt = applicant_q_.getColumn(6).getInt() != 0;
    Reset c(changes_q_, id);
    changes_q_.executeStep();
    s.contact_changes = changes_q_.getColumn(0).getInt() != 0;
    s.payee_changes = changes_q_.getColumn(1).getInt() != 0;
    Reset p(pilots_q_, id);
    while (pilots_q_.executeStep())
      s.pilots.push_back({pilots_q_.getColumn(0).getString(), pilots_q_.getColumn(1).getString(),
                          pilots_q_.getColumn(2).getInt() != 0});
    Reset y(payments_q_, id);
    while (payments_q_.executeStep())
      s.payments.push_back({payments_q_.getColumn(0).getString(), payments_q_.getColumn(1).getString(),
                            payments_q_.getColumn(2).getInt(), payments_q_.getColumn(3).getInt() != 0});
    return s;
  }

  void apply(const Subject& s, const Erasure& e, bool payee_goes, std::string_view reason) {
    if (!e.changed()) return;
    run(contact_, e.applicant_id);
    run(free_text_, e.applicant_id);
    run(contact_changes_, e.applicant_id);
    if (payee_goes) {
      run(payee_, e.applicant_id);
      run(match_key_, e.applicant_id);
      run(payee_changes_, e.applicant_id);
      run(payments_, e.applicant_id);
    }
    for (const std::string& pilot : e.pilots) {
      JsonWriter j;
      j.begin_object().key("applicant_id").value(e.applicant_id).key("erased").begin_array();
      for (const std::string& f : e.erased) j.value(f);
      j.end_array();
      if (payee_goes) j.key("payee").value("erased");
      j.key("payments").begin_array();
      for (const PaymentRow& y : s.payments)
        if (y.pilot_id == pilot && std::find(e.batches.begin(), e.batches.end(), y.batch_id) != e.batches.end())
          j.value(y.batch_id);
      j.end_array().key("reason").value(reason).end_object();
      events_.append(ctx_.clock.now(), ctx_.actor.id, "erase", pilot, j.str());
    }
  }

 private:
  static void run(SQLite::Statement& q, int64_t id) {
    q.bind(1, id);
    q.exec();
    q.reset();
  }

  const OpContext& ctx_;
  EventLog events_;
  // Binds the applicant's id to a query and resets it when the reading is done.
  struct Reset {
    Reset(SQLite::Statement& q, int64_t id) : q_(q) { q_.bind(1, id); }
    ~Reset() { q_.tryReset(); }  // never throws: it may run while an error unwinds
    SQLite::Statement& q_;
  };

  SQLite::Statement contact_, free_text_, contact_changes_, payee_, match_key_, payee_changes_, payments_;
  SQLite::Statement applicant_q_, changes_q_, pilots_q_, payments_q_;
};

Erasure erase_one(const OpContext& ctx, Eraser& eraser, int64_t id, std::string_view reason, bool dry_run) {
  const Subject s = eraser.load(id);
  bool payee_goes = false;
  Erasure e = plan(s, date_of(ctx.clock.now()), ctx.config.retention_years, payee_goes);
  if (!dry_run) eraser.apply(s, e, payee_goes, reason);
  return e;
}

// Erased values must not linger in the file: SQLite overwrites freed space with
// zeros under secure_delete, and a checkpoint that truncates the WAL drops the
// older page images there (best effort: a reader still active keeps its pages).
void scrub_before(SQLite::Database& db) { db.exec("PRAGMA secure_delete = ON"); }
void scrub_after(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  q.executeStep();
}

}  // namespace

Date retention_end(int payment_year, int years) { return end_of_year(payment_year + years); }

std::vector<Erasure> erase_person(const OpContext& ctx, const PersonKey& who) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  scrub_before(ctx.ledger.db());
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  Eraser eraser(ctx);
  std::vector<Erasure> out;
  bool changed = false;
  for (const int64_t id : find_person(ctx.ledger.db(), who)) {
    out.push_back(erase_one(ctx, eraser, id, "request", false));
    changed = changed || out.back().changed();
  }
  txn.commit();
  if (changed) scrub_after(ctx.ledger.db());
  return out;
}

Purge purge(const OpContext& ctx, bool dry_run) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  Purge out;
  out.through_year = civil(date_of(ctx.clock.now())).year - ctx.config.retention_years - 1;
  auto& db = ctx.ledger.db();
  scrub_before(db);
  WriteTransaction txn = dry_run ? ctx.ledger.rehearse() : ctx.ledger.write(ctx.clock.now());
  // One pass over the pilots of applicants who still hold something: the last
  // year of a payment or, never paid, of the rejection or withdrawal; none open.
  SQLite::Statement q(db,
                      "WITH paid AS (SELECT y.pilot_id, MAX(CAST(substr(b.execution_date, 1, 4) AS INTEGER)) AS year "
                      "  FROM payments y JOIN batches b ON b.id = y.batch_id GROUP BY y.pilot_id) "
                      "SELECT p.applicant_id FROM pilots p JOIN applicants a ON a.id = p.applicant_id "
                      "LEFT JOIN paid ON paid.pilot_id = p.id "
                      "WHERE a.name <> '' OR a.email <> '' OR a.phone <> '' OR a.iban <> '' "
                      "GROUP BY p.applicant_id "
                      "HAVING MAX(p.status = 'submitted' OR p.status = 'approved') = 0 "
                      "AND MAX(max(COALESCE(paid.year, 0), CAST(substr(COALESCE(p.closed_at, p.decided_at, "
                      "p.submitted_at), 1, 4) AS INTEGER))) <= ? ORDER BY p.applicant_id");
  q.bind(1, out.through_year);
  std::vector<int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  Eraser eraser(ctx);
  for (const int64_t id : ids) {
    Erasure e = erase_one(ctx, eraser, id, "retention ended", dry_run);
    if (e.changed()) out.erased.push_back(std::move(e));
  }
  if (dry_run) return out;  // the transaction rolls back: nothing was written
  txn.commit();
  if (!out.erased.empty()) scrub_after(db);
  return out;
}

}  // namespace minipilot

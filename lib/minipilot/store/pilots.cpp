// Pilot rows on SQLite.
#include "minipilot/store/pilots.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/store/pilot_lists.h"

namespace minipilot {

Error pilot_not_found(std::string_view id) {
  return Error(ErrorKind::not_found, trf("no pilot {}", id),
               tr("check the id's year and number, or find the pilot with 'minipilot report pilots --search TEXT'"));
}

void require_pilot(Store& store, const std::string& id) {
  sql::Statement q(engine(store).sql(), "SELECT 1 FROM pilots WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) throw pilot_not_found(id);
}

struct PilotLookup::Impl {
  explicit Impl(sql::Connection& db)
      : q(db, "SELECT area, status, applicant_id, hold_reason FROM pilots WHERE id = ?") {}
  sql::Statement q;
};

PilotLookup::PilotLookup(Store& store) : impl_(std::make_unique<Impl>(engine(store).sql())) {}
PilotLookup::~PilotLookup() = default;

std::optional<PilotState> PilotLookup::find(const std::string& id) {
  sql::Statement& q = impl_->q;
  q.reset();
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  const std::optional<Status> status = parse_status(q.column(1).text());
  if (!status)
    throw Error(ErrorKind::integrity, trf("{} has no valid status: '{}'", id, q.column(1).text()),
                tr("run 'minipilot verify'; the ledger was changed outside minipilot"));
  PilotState p{id, q.column(0).text(), *status, q.column(2).int64(), std::nullopt};
  if (!q.column(3).is_null()) p.hold_reason = q.column(3).text();
  return p;
}

PilotState PilotLookup::get(const std::string& id) {
  std::optional<PilotState> p = find(id);
  if (!p) throw pilot_not_found(id);
  return std::move(*p);
}

namespace {

// The columns each decision sets; the ids come as a JSON array.
const char* decision_sql(Action a) {
  switch (a) {
    case Action::approve:
      return "UPDATE pilots SET status = 'approved', decided_at = ?1, decided_by = ?2, decision_note = ?3, "
             "grant_cents = ?4, approved_year = ?5, approved_month = ?6, decision_year = ?5, "
             "decision_seq = ?7 + j.key "
             "FROM json_each(?8) AS j WHERE pilots.id = j.value";
    case Action::reject:
      return "UPDATE pilots SET status = 'rejected', decided_at = ?1, decided_by = ?2, decision_note = ?3, "
             "reject_code = ?4, decision_year = ?5, decision_seq = ?6 + j.key "
             "FROM json_each(?7) AS j WHERE pilots.id = j.value";
    case Action::withdraw:
      return "UPDATE pilots SET status = 'withdrawn', closed_at = ?1, closed_reason = ?2 "
             "WHERE id IN (SELECT value FROM json_each(?3))";
    default:
      throw Error(ErrorKind::internal, trf("{} is not a decision", to_string(a)));
  }
}

}  // namespace

std::vector<DecisionNumber> record_decision(Store& store, const std::vector<std::string>& ids,
                                            const DecisionRecord& d) {
  sql::Connection& db = engine(store).sql();
  const bool numbered = d.action == Action::approve || d.action == Action::reject;
  int64_t last = 0;  // the year's last decision number: the unique index answers it
  if (numbered) {
    sql::Statement q(
        db, "SELECT coalesce(max(decision_seq), 0) FROM pilots WHERE decision_year = ? AND decision_seq IS NOT NULL");
    q.bind(1, d.year);
    if (q.step()) last = q.column(0).int64();
  }
  JsonWriter list;
  list.begin_array();
  for (const std::string& id : ids) list.value(id);
  list.end_array();
  // A long list touches pilot rows and index pages all over a large ledger
  // (100,000 ids on a million pilots: 5.2 s with SQLite's 2 MiB, 3.5 s with 16 MiB;
  // the 32 MiB of expect_bulk in docs/performance.md).
  if (ids.size() >= 10000) store.expect_bulk();
  // One set-based update instead of one per pilot: the summary tally triggers
  // cost 3 µs a row in one statement, 15 µs in a statement each.
  sql::Statement update(db, decision_sql(d.action));
  // Every parameter is used, numbered in the order of decision_sql(): PostgreSQL refuses a gap.
  update.bind(1, d.at);
  if (d.action == Action::withdraw) {
    update.bind(2, d.note);
    update.bind(3, list.str());
  } else {
    update.bind(2, d.by);
    update.bind(3, d.note);
    const int64_t base = last + 1;  // json_each's key counts from 0
    if (d.action == Action::approve) {
      update.bind(4, d.grant_cents);
      update.bind(5, d.year);
      update.bind(6, d.month);
      update.bind(7, base);
      update.bind(8, list.str());
    } else {
      update.bind(4, d.reject_code);
      update.bind(5, d.year);
      update.bind(6, base);
      update.bind(7, list.str());
    }
  }
  if (const int changed = update.run(); changed != static_cast<int>(ids.size()))
    throw Error(ErrorKind::internal, trf("{} pilots to update, {} updated", ids.size(), changed));
  std::vector<DecisionNumber> numbers;
  if (numbered) {
    numbers.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) numbers.push_back({d.year, last + 1 + static_cast<int64_t>(i)});
  }
  return numbers;
}

void set_hold(Store& store, const std::string& id, const std::optional<std::string>& reason) {
  sql::Statement u(engine(store).sql(), "UPDATE pilots SET hold_reason = ? WHERE id = ?");
  if (reason) {
    u.bind(1, *reason);
  } else {
    u.bind(1);
  }
  u.bind(2, id);
  u.run();
}

void set_iban_set_by(Store& store, const std::string& id, std::string_view actor) {
  sql::Statement who(engine(store).sql(), "UPDATE pilots SET iban_set_by = ? WHERE id = ?");
  who.bind(1, std::string(actor));
  who.bind(2, id);
  who.run();
}

void record_outcome(Store& store, const std::string& id, const OutcomeRecord& o) {
  sql::Statement u(engine(store).sql(),
                   "UPDATE pilots SET status = 'completed', outcome = ?, participants = ?, "
                   "outcome_summary = ?, lessons = ?, completed_at = ?, tags = ? WHERE id = ?");
  u.bind(1, o.outcome);
  if (o.participants) {
    u.bind(2, *o.participants);
  } else {
    u.bind(2);
  }
  u.bind(3, o.summary);
  u.bind(4, o.lessons);
  u.bind(5, o.at);
  u.bind(6, o.tags);
  u.bind(7, id);
  u.run();
}

PilotPlan pilot_plan(Store& store, const std::string& id) {
  sql::Statement q(engine(store).sql(), "SELECT end_date, tags FROM pilots WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return {};
  return {text_column(q, 0), q.column(1).text()};
}

void set_tags(Store& store, const std::string& id, const std::string& tags) {
  sql::Statement u(engine(store).sql(), "UPDATE pilots SET tags = ? WHERE id = ? AND status = 'completed'");
  u.bind(1, tags);
  u.bind(2, id);
  if (u.run() != 1) throw Error(ErrorKind::internal, "set_tags: " + id + " is not a completed pilot");
}

Cents committed_in_year(Store& store, int year) {
  sql::Statement q(engine(store).sql(),
                   "SELECT COALESCE(SUM(grant_cents), 0) FROM pilots WHERE approved_year = ? "
                   "AND status IN ('approved', 'disbursed', 'completed')");
  q.bind(1, year);
  q.step();
  return Cents{q.column(0).int64()};
}

PilotView find_pilot(Store& store, PilotId pid) {
  PilotView v;
  v.id = format_pilot_id(pid);
  sql::Statement q(engine(store).sql(),
                   "SELECT p.title, p.description, p.area, p.status, a.name, a.type, a.email, "
                   "a.phone, a.business_id, a.iban, a.bic, p.start_date, p.end_date, "
                   "p.submitted_at, p.submitted_by, p.decided_at, p.decided_by, "
                   "p.decision_note, p.grant_cents, p.closed_at, p.closed_reason, p.hold_reason, "
                   "p.outcome, p.participants, p.outcome_summary, p.lessons, p.completed_at, a.payee_name, "
                   "p.decision_year, p.decision_seq, p.reject_code, p.tags "
                   "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.id = ?");
  q.bind(1, v.id);
  if (!q.step()) throw pilot_not_found(v.id);
  v.title = text_column(q, 0);
  v.description = text_column(q, 1);
  v.area = text_column(q, 2);
  v.status = text_column(q, 3);
  v.applicant = Applicant{text_column(q, 4),  *parse_applicant_type(text_column(q, 5)),
                          text_column(q, 6),  text_column(q, 7),
                          text_column(q, 8),  text_column(q, 9),
                          text_column(q, 10), text_column(q, 27)};
  v.start_date = text_column(q, 11);
  v.end_date = text_column(q, 12);
  v.submitted_at = text_column(q, 13);
  v.submitted_by = text_column(q, 14);
  v.decided_at = text_column(q, 15);
  v.decided_by = text_column(q, 16);
  v.decision_note = text_column(q, 17);
  if (!q.column(18).is_null()) v.grant = Cents{q.column(18).int64()};
  v.closed_at = text_column(q, 19);
  v.closed_reason = text_column(q, 20);
  v.hold_reason = text_column(q, 21);
  v.outcome = text_column(q, 22);
  if (!q.column(23).is_null()) v.participants = q.column(23).int64();
  v.outcome_summary = text_column(q, 24);
  if (!q.column(29).is_null()) v.decision_number = format_decision_number({q.column(28).int32(), q.column(29).int64()});
  v.reject_code = text_column(q, 30);
  v.tags = split_tags(text_column(q, 31));
  v.lessons = text_column(q, 25);
  v.completed_at = text_column(q, 26);
  return v;
}

}  // namespace minipilot

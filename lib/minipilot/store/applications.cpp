// Application rows on SQLite: prepared once, bound without copies.
#include "minipilot/store/applications.h"

#include <map>
#include <utility>

#include "minipilot/ledger/ledger.h"
#include "minipilot/ledger/tallies.h"

namespace minipilot {

struct ApplicationWriter::Impl {
  Impl(sql::Connection& d, int y, std::string at, std::string by)
      : db(d),
        year(y),
        submitted_at(std::move(at)),
        actor(std::move(by)),
        applicant(db,
                  "INSERT INTO applicants (name, type, email, phone, business_id, iban, bic, salt, payee_name, id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pilot(db,
              "INSERT INTO pilots (id, year, seq, title, description, area, applicant_id, "
              "start_date, end_date, status, match_key, submitted_at, submitted_by, iban_set_by, month) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?12, ?13)"),
        live(db,
             "SELECT id, year = ?2 AND seq >= ?3 FROM pilots WHERE match_key = ?1 "
             "AND status <> 'rejected' AND status <> 'withdrawn'") {
    sql::Statement max(db, "SELECT COALESCE(MAX(seq), 0) FROM pilots WHERE year = ?");
    max.bind(1, year);
    max.step();
    next_seq = max.column(0).int64() + 1;
    // Numbered here, under the write lock, as SQLite would number them (the largest + 1): the same numbers on
    // both engines, and no sequence that a rollback leaves with a gap.
    next_applicant = sql::one_int64(db, "SELECT COALESCE(MAX(id), 0) FROM applicants") + 1;
    live.bind(2, year);
    live.bind(3, next_seq);  // the first pilot this writer numbers
  }

  void bind_date(int index, const std::optional<Date>& d) {
    if (d) {
      pilot.bind(index, format_date(*d));
    } else {
      pilot.bind(index);
    }
  }

  sql::Connection& db;
  int year;
  std::string submitted_at, actor, month;
  int64_t next_seq = 1;
  int64_t next_applicant = 1;
  sql::Statement applicant, pilot, live;
  std::map<std::pair<std::string, std::string_view>, int64_t> inserted;  // by area and applicant type
};

ApplicationWriter::ApplicationWriter(Store& store, int year, std::string month, std::string submitted_at,
                                     std::string actor)
    : impl_(std::make_unique<Impl>(engine(store).sql(), year, std::move(submitted_at), std::move(actor))) {
  impl_->month = std::move(month);
}
ApplicationWriter::~ApplicationWriter() = default;

ApplicationWriter::Live ApplicationWriter::live_pilot_with_key(const std::string& key) {
  sql::Statement& q = impl_->live;
  q.reset();  // keeps the bindings of ?2 and ?3
  q.bind_ref(1, key);
  if (!q.step()) return {};
  return {q.column(0).text(), q.column(1).int32() != 0};
}

ApplicationWriter::Inserted ApplicationWriter::insert(const Application& a, const std::string& key,
                                                      const std::string& salt) {
  Impl& i = *impl_;
  i.applicant.reset();
  // bindNoCopy: every string bound here outlives exec(), so SQLite need not copy it.
  i.applicant.bind_ref(1, a.applicant.name);
  i.applicant.bind_ref(2, to_string(a.applicant.type).data());  // views a string literal
  i.applicant.bind_ref(3, a.applicant.email);
  i.applicant.bind_ref(4, a.applicant.phone);
  i.applicant.bind_ref(5, a.applicant.business_id);
  i.applicant.bind_ref(6, a.applicant.iban);
  i.applicant.bind_ref(7, a.applicant.bic);
  i.applicant.bind_ref(8, salt);
  i.applicant.bind_ref(9, a.applicant.payee_name);
  const int64_t applicant_id = i.next_applicant++;
  i.applicant.bind(10, applicant_id);
  i.applicant.run();

  const PilotId id{i.year, i.next_seq++};
  std::string text_id = format_pilot_id(id);
  i.pilot.reset();
  i.pilot.bind_ref(1, text_id);
  i.pilot.bind(2, id.year);
  i.pilot.bind(3, id.seq);
  i.pilot.bind_ref(4, a.title);
  i.pilot.bind_ref(5, a.description);
  i.pilot.bind_ref(6, a.area);
  i.pilot.bind(7, applicant_id);
  i.bind_date(8, a.start);
  i.bind_date(9, a.end);
  i.pilot.bind_ref(10, key);
  i.pilot.bind_ref(11, i.submitted_at);
  i.pilot.bind_ref(12, i.actor);
  i.pilot.bind_ref(13, i.month);
  i.pilot.run();
  ++i.inserted[{a.area, to_string(a.applicant.type)}];
  return {id, std::move(text_id), applicant_id};
}

struct BulkPilotTally::Impl {
  Impl(sql::Connection& d, const ApplicationWriter::Impl& w)
      : db(d),
        writer(w),
        before(w.inserted),
        trigger(d, "pilots_tally_insert"),
        grant_month(d, "pilots_grant_month_insert") {}
  sql::Connection& db;
  const ApplicationWriter::Impl& writer;
  const decltype(ApplicationWriter::Impl::inserted) before;  // counted by the trigger already
  SuspendedTrigger trigger;
  // Counts only granted pilots, and an application has no grant; but a
  // trigger on the table makes every insert keep a statement journal (the
  // pages it changes, to undo itself if the trigger fails): 14 writes to a
  // temporary file per imported row.
  SuspendedTrigger grant_month;
};

BulkPilotTally::BulkPilotTally(Store& store, const ApplicationWriter& writer)
    : impl_(std::make_unique<Impl>(engine(store).sql(), *writer.impl_)) {}
BulkPilotTally::~BulkPilotTally() = default;

void BulkPilotTally::finish() {
  const ApplicationWriter::Impl& w = impl_->writer;
  for (const auto& [key, n] : w.inserted) {
    const auto earlier = impl_->before.find(key);
    const int64_t added = n - (earlier == impl_->before.end() ? 0 : earlier->second);
    if (added > 0) tally_submitted(impl_->db, w.year, key.first, std::string(key.second), w.month, added);
  }
  impl_->trigger.restore();
  impl_->grant_month.restore();
}

}  // namespace minipilot

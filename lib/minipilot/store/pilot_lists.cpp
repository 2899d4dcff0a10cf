// The lists of pilots on SQLite: one query each, the filter bound as parameters.
#include "minipilot/store/pilot_lists.h"

#include "minipilot/core/collate.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

// ?1 year (0: any), ?2 areas (a JSON array, empty for any), ?3 status ('' any), ?4 from, ?5 before ('' open) over the
// time `on`: the first instants of the local days `from` and `to` + 1, as stored times sort; ?6 on hold only.
std::string where(const char* on) {
  return std::string(
             " WHERE (?1 = 0 OR p.year = ?1) AND (json_array_length(?2) = 0 OR p.area IN (SELECT value FROM "
             "json_each(?2)))"
             " AND (?3 = '' OR p.status = ?3) AND (?6 = 0 OR p.hold_reason IS NOT NULL)"
             " AND (?4 = '' OR ") +
         on + " >= ?4) AND (?5 = '' OR " + on + " < ?5) ";
}

// ?7 found ('' any) in the title, the applicant's name or the description, ?8 in the applicant's name ('' any),
// both folded, as fold_case (registered by the ledger on every connection) folds the columns: case never matters.
constexpr const char* kTexts =
    "AND (?7 = '' OR instr(fold_case(p.title), ?7) > 0 OR instr(fold_case(a.name), ?7) > 0 "
    "OR instr(fold_case(p.description), ?7) > 0) AND (?8 = '' OR instr(fold_case(a.name), ?8) > 0) ";

void bind(sql::Statement& q, const PilotFilter& f) {
  q.bind(1, f.year);
  q.bind(2, json_list(f.areas));
  q.bind(3, f.status ? std::string(to_string(*f.status)) : std::string());
  q.bind(4, f.from ? format_timestamp(f.zone.start_of(*f.from)) : std::string());
  q.bind(5, f.to ? format_timestamp(f.zone.start_of(Date{f.to->days + 1})) : std::string());
  q.bind(6, f.on_hold ? 1 : 0);
}

}  // namespace

std::vector<std::string> split_tags(const std::string& joined) {
  std::vector<std::string> out;
  for (size_t start = 0; start < joined.size();) {
    const size_t comma = std::min(joined.find(',', start), joined.size());
    if (comma > start) out.push_back(joined.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::vector<PilotRow> find_pilots(Store& store, const PilotFilter& filter) {
  sql::Statement q(engine(store).sql(),
                   "SELECT p.id, p.title, p.area, p.status, p.hold_reason IS NOT NULL, a.name, a.type, "
                   "p.submitted_at, p.decided_at, p.grant_cents, "
                   "(SELECT y.batch_id FROM payments y WHERE y.pilot_id = p.id AND y.live = 1), p.outcome "
                   "FROM pilots p JOIN applicants a ON a.id = p.applicant_id" +
                       where("p.submitted_at") + kTexts + "ORDER BY p.year, p.seq");
  bind(q, filter);
  q.bind(7, fold_case(filter.search));
  q.bind(8, fold_case(filter.applicant));
  std::vector<PilotRow> out;
  while (q.step()) {
    PilotRow r;
    r.id = q.column(0).text();
    r.title = q.column(1).text();
    r.area = q.column(2).text();
    r.status = q.column(3).text();
    r.on_hold = q.column(4).int32() != 0;
    r.applicant_name = q.column(5).text();
    r.applicant_type = q.column(6).text();
    r.submitted_at = q.column(7).text();
    r.decided_at = text_column(q, 8);
    if (!q.column(9).is_null()) r.grant = Cents{q.column(9).int64()};
    r.batch_id = text_column(q, 10);
    r.outcome = text_column(q, 11);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<OutcomeRow> find_outcomes(Store& store, const PilotFilter& filter, bool for_public) {
  // The public catalogue does not even join the applicants: what is not read cannot leak.
  const std::string name = for_public ? "''" : "(SELECT a.name FROM applicants a WHERE a.id = p.applicant_id)";
  PilotFilter f = filter;
  f.status.reset();
  f.on_hold = false;
  sql::Statement q(engine(store).sql(),
                   "SELECT p.id, p.title, p.area, p.outcome, p.participants, p.outcome_summary, p.lessons, "
                   "p.start_date, p.end_date, p.completed_at, " +
                       name + ", p.tags FROM pilots p" + where("p.completed_at") +
                       "AND p.outcome IS NOT NULL AND (?7 = '' OR instr(fold_case(p.title), ?7) > 0 "
                       "OR instr(fold_case(p.outcome_summary), ?7) > 0 OR instr(fold_case(p.lessons), ?7) > 0) "
                       "AND (?8 = '' OR instr(',' || p.tags || ',', ',' || ?8 || ',') > 0) ORDER BY p.area, "
                       "CASE p.outcome WHEN 'success' THEN 0 WHEN 'partial' THEN 1 ELSE 2 END, p.year, p.seq");
  bind(q, f);
  q.bind(7, fold_case(filter.search));
  q.bind(8, filter.tag);
  std::vector<OutcomeRow> out;
  while (q.step()) {
    OutcomeRow r;
    r.id = q.column(0).text();
    r.title = q.column(1).text();
    r.area = q.column(2).text();
    r.outcome = q.column(3).text();
    if (!q.column(4).is_null()) r.participants = q.column(4).int64();
    r.summary = q.column(5).text();
    r.lessons = q.column(6).text();
    r.start_date = text_column(q, 7);
    r.end_date = text_column(q, 8);
    r.completed_at = q.column(9).text();
    r.applicant_name = q.column(10).text();
    r.tags = split_tags(q.column(11).text());
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<OverdueRow> find_overdue(Store& store, int year, const std::vector<std::string>& areas,
                                     const std::string& cutoff, bool contacts) {
  // Without contacts the applicants are not even joined: what is not read cannot leak.
  const std::string person = contacts
                                 ? "a.name, a.email, a.phone FROM pilots p JOIN applicants a ON a.id = p.applicant_id"
                                 : "'', '', '' FROM pilots p";
  sql::Statement q(engine(store).sql(),
                   "SELECT p.id, p.title, p.area, p.end_date, p.paid_on, " + person +
                       " WHERE p.status = 'disbursed' AND coalesce(p.end_date, p.paid_on) < ?3"
                       " AND (?1 = 0 OR p.year = ?1) AND (json_array_length(?2) = 0 OR p.area IN "
                       "(SELECT value FROM json_each(?2))) ORDER BY coalesce(p.end_date, p.paid_on), p.year, p.seq");
  q.bind(1, year);
  q.bind(2, json_list(areas));
  q.bind(3, cutoff);
  std::vector<OverdueRow> out;
  while (q.step()) {
    OverdueRow r;
    r.id = q.column(0).text();
    r.title = q.column(1).text();
    r.area = q.column(2).text();
    r.end_date = text_column(q, 3);
    r.paid_on = text_column(q, 4);
    r.applicant_name = q.column(5).text();
    r.email = q.column(6).text();
    r.phone = q.column(7).text();
    r.contact = contacts;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace minipilot

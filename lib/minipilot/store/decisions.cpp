// The decision list on SQLite.
#include "minipilot/store/decisions.h"

#include <fmt/format.h>

#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

std::vector<DecisionRow> find_decisions(Store& store, const DecisionFilter& f) {
  // A rejected pilot stays rejected; every other numbered pilot was approved.
  std::string sql =
      "SELECT p.decision_year, p.decision_seq, p.decided_at, p.decided_by, p.area, p.id, p.title, a.name, a.type, "
      "p.status <> 'rejected', p.grant_cents, p.reject_code, p.decision_note "
      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.decision_seq IS NOT NULL "
      "AND (json_array_length(?1) = 0 OR p.area IN (SELECT value FROM json_each(?1))) ";
  // Positional parameters, numbered as the filters given are added (both engines number them so).
  int n = 1;
  if (f.year) sql += fmt::format("AND p.decision_year = ?{} ", ++n);
  if (!f.from.empty()) sql += fmt::format("AND p.decided_at >= ?{} ", ++n);
  if (!f.to.empty()) sql += fmt::format("AND p.decided_at < ?{} ", ++n);
  sql::Statement q(engine(store).sql(), sql + "ORDER BY p.decision_year, p.decision_seq");
  q.bind(1, json_list(f.areas));
  n = 1;
  if (f.year) q.bind(++n, *f.year);
  if (!f.from.empty()) q.bind(++n, f.from);
  if (!f.to.empty()) q.bind(++n, f.to);
  std::vector<DecisionRow> out;
  while (q.step()) {
    DecisionRow r;
    r.year = q.column(0).int32();
    r.seq = q.column(1).int64();
    r.decided_at = text_column(q, 2);
    r.decided_by = text_column(q, 3);
    r.area = text_column(q, 4);
    r.pilot_id = text_column(q, 5);
    r.title = text_column(q, 6);
    r.applicant_name = text_column(q, 7);
    r.applicant_type = text_column(q, 8);
    r.approved = q.column(9).int32() != 0;
    if (!q.column(10).is_null()) r.grant_cents = q.column(10).int64();
    r.reject_code = text_column(q, 11);
    r.note = text_column(q, 12);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace minipilot

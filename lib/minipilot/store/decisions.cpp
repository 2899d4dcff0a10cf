// The decision list on SQLite.
#include "minipilot/store/decisions.h"

#include <SQLiteCpp/Statement.h>

#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

std::vector<DecisionRow> find_decisions(Store& store, const DecisionFilter& f) {
  // A rejected pilot stays rejected; every other numbered pilot was approved.
  std::string sql =
      "SELECT p.decision_year, p.decision_seq, p.decided_at, p.decided_by, p.area, p.id, p.title, a.name, a.type, "
      "p.status <> 'rejected', p.grant_cents, p.reject_code, p.decision_note "
      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.decision_seq IS NOT NULL "
      "AND (json_array_length(:areas) = 0 OR p.area IN (SELECT value FROM json_each(:areas))) ";
  if (f.year) sql += "AND p.decision_year = :year ";
  if (!f.from.empty()) sql += "AND p.decided_at >= :from ";
  if (!f.to.empty()) sql += "AND p.decided_at < :to ";
  SQLite::Statement q(engine(store).db(), sql + "ORDER BY p.decision_year, p.decision_seq");
  q.bind(":areas", json_list(f.areas));
  if (f.year) q.bind(":year", *f.year);
  if (!f.from.empty()) q.bind(":from", f.from);
  if (!f.to.empty()) q.bind(":to", f.to);
  std::vector<DecisionRow> out;
  while (q.executeStep()) {
    DecisionRow r;
    r.year = q.getColumn(0).getInt();
    r.seq = q.getColumn(1).getInt64();
    r.decided_at = text_column(q, 2);
    r.decided_by = text_column(q, 3);
    r.area = text_column(q, 4);
    r.pilot_id = text_column(q, 5);
    r.title = text_column(q, 6);
    r.applicant_name = text_column(q, 7);
    r.applicant_type = text_column(q, 8);
    r.approved = q.getColumn(9).getInt() != 0;
    if (!q.getColumn(10).isNull()) r.grant_cents = q.getColumn(10).getInt64();
    r.reject_code = text_column(q, 11);
    r.note = text_column(q, 12);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace minipilot

// Reading one pilot and its events.
#include "minipilot/reports/pilot_view.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace minipilot {

namespace {

std::string text(SQLite::Statement& q, int col) {
  return q.getColumn(col).isNull() ? std::string() : q.getColumn(col).getString();
}

}  // namespace

PilotView load_pilot(Ledger& ledger, PilotId pid) {
  PilotView v;
  v.id = format_pilot_id(pid);
  SQLite::Statement q(ledger.db(),
                      "SELECT p.title, p.description, p.area, p.status, a.name, a.type, a.email, "
                      "a.phone, a.business_id, a.iban, a.bic, p.start_date, p.end_date, "
                      "p.submitted_at, p.submitted_by, p.decided_at, p.decided_by, "
                      "p.decision_note, p.grant_cents, p.closed_at, p.closed_reason "
                      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.id = ?");
  q.bind(1, v.id);
  if (!q.executeStep())
    throw Error(ErrorKind::not_found, fmt::format("no pilot {}", v.id),
                "'minipilot report pilots' lists the pilots");
  v.title = text(q, 0);
  v.description = text(q, 1);
  v.area = text(q, 2);
  v.status = text(q, 3);
  v.applicant = Applicant{text(q, 4), *parse_applicant_type(text(q, 5)), text(q, 6), text(q, 7),
                          text(q, 8), text(q, 9), text(q, 10)};
  v.start_date = text(q, 11);
  v.end_date = text(q, 12);
  v.submitted_at = text(q, 13);
  v.submitted_by = text(q, 14);
  v.decided_at = text(q, 15);
  v.decided_by = text(q, 16);
  v.decision_note = text(q, 17);
  if (!q.getColumn(18).isNull()) v.grant = Cents{q.getColumn(18).getInt64()};
  v.closed_at = text(q, 19);
  v.closed_reason = text(q, 20);

  SQLite::Statement e(ledger.db(),
                      "SELECT seq, at, actor, action, detail, "
                      "json_extract(detail, '$.before.status'), json_extract(detail, '$.after.status'), "
                      "COALESCE(json_extract(detail, '$.note'), json_extract(detail, '$.reason')) "
                      "FROM events WHERE pilot_id = ? "
                      "ORDER BY seq");
  e.bind(1, v.id);
  while (e.executeStep())
    v.events.push_back(EventView{e.getColumn(0).getInt64(), text(e, 1), text(e, 2), text(e, 3),
                                 v.id, text(e, 4), text(e, 5), text(e, 6), text(e, 7)});
  return v;
}

}  // namespace minipilot

// Reading one pilot and its events.
#include "minipilot/reports/pilot_view.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/pilot_lookup.h"
#include "minipilot/reports/audit_log.h"

namespace minipilot {

PilotView load_pilot(Ledger& ledger, PilotId pid) {
  PilotView v;
  v.id = format_pilot_id(pid);
  SQLite::Statement q(ledger.db(),
                      "SELECT p.title, p.description, p.area, p.status, a.name, a.type, a.email, "
                      "a.phone, a.business_id, a.iban, a.bic, p.start_date, p.end_date, "
                      "p.submitted_at, p.submitted_by, p.decided_at, p.decided_by, "
                      "p.decision_note, p.grant_cents, p.closed_at, p.closed_reason, p.hold_reason, "
                      "p.outcome, p.participants, p.outcome_summary, p.lessons, p.completed_at "
                      "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.id = ?");
  q.bind(1, v.id);
  if (!q.executeStep()) throw pilot_not_found(v.id);
  v.title = text_column(q, 0);
  v.description = text_column(q, 1);
  v.area = text_column(q, 2);
  v.status = text_column(q, 3);
  v.applicant = Applicant{text_column(q, 4), *parse_applicant_type(text_column(q, 5)), text_column(q, 6), text_column(q, 7),
                          text_column(q, 8), text_column(q, 9), text_column(q, 10)};
  v.start_date = text_column(q, 11);
  v.end_date = text_column(q, 12);
  v.submitted_at = text_column(q, 13);
  v.submitted_by = text_column(q, 14);
  v.decided_at = text_column(q, 15);
  v.decided_by = text_column(q, 16);
  v.decision_note = text_column(q, 17);
  if (!q.getColumn(18).isNull()) v.grant = Cents{q.getColumn(18).getInt64()};
  v.closed_at = text_column(q, 19);
  v.closed_reason = text_column(q, 20);
  v.hold_reason = text_column(q, 21);
  v.outcome = text_column(q, 22);
  if (!q.getColumn(23).isNull()) v.participants = q.getColumn(23).getInt64();
  v.outcome_summary = text_column(q, 24);
  v.lessons = text_column(q, 25);
  v.completed_at = text_column(q, 26);

  v.events = load_events(ledger, v.id);
  return v;
}

}  // namespace minipilot

// The rules of spec §2 checked from the rows and the event log, independently of the ops that wrote them.
#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/i18n.h"
#include "minipilot/core/ids.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/status.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/verifier.h"

namespace minipilot {

void Verifier::pilots_match_events() {
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("pilot ids"));
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("status follows the event log"));
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("grant fixed at approval"));
  r_.checks.push_back(kPayeeCheck);
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("decision numbers"));
  sql::Statement pilots(db_,
                        "SELECT p.id, p.year, p.seq, p.status, p.grant_cents, a.id, a.salt, " MINIPILOT_PAYEE_NAME_OF_A
                        ", a.iban, a.bic, "
                        "a.salt = '' AND a.name = '' AND a.iban = '' AND a.bic = '' AND a.business_id = '' "
                        "AND a.payee_name = '', p.decided_at IS NOT NULL, p.decision_year || '/' || p.decision_seq "
                        "FROM pilots p JOIN applicants a ON a.id = p.applicant_id ORDER BY p.id");
  sql::Statement events(db_,
                        "SELECT pilot_id, seq, action, "
                        "json_extract(detail, '$.before.status'), "
                        "json_extract(detail, '$.after.status'), "
                        "json_extract(detail, '$.after.grant_cents'), "
                        "CASE WHEN action = 'apply' OR action = 'amend' OR action = 'erase' "
                        "THEN json_extract(detail, '$.payee') END, "
                        "CASE WHEN action = 'approve' OR action = 'reject' "
                        "THEN json_extract(detail, '$.decision_number') END "
                        "FROM events WHERE pilot_id IS NOT NULL ORDER BY pilot_id, seq");
  bool more_events = events.step();
  while (pilots.step()) {
    ++r_.pilots;
    const std::string id = pilots.column(0).text();
    if (format_pilot_id({pilots.column(1).int32(), pilots.column(2).int64()}) != id)
      problem("pilot ids", id, tr("the id does not match its year and number"));
    std::string replayed, committed, numbered;  // numbered: the decision number its event recorded
    int64_t grant = 0, committed_by = 0;
    while (more_events && events.column(0).text() == id) {
      if (!events.column(4).is_null()) replay(id, events, replayed, grant);
      if (!events.column(7).is_null()) numbered = events.column(7).text();
      if (!events.column(6).is_null()) {
        committed = events.column(6).text();
        committed_by = events.column(1).int64();
      }
      more_events = events.step();
    }
    const std::string status = pilots.column(3).text();
    if (replayed != status)
      problem("status follows the event log", id,
              replayed.empty() ? trf("status is {} but its events say nothing", status_text(status))
                               // TRANSLATORS: {} are statuses: the pilot's, then the one its events lead to.
                               : trf("status is {} but its events say {}", status_text(status), status_text(replayed)));
    const int64_t stored = pilots.column(4).is_null() ? 0 : pilots.column(4).int64();
    if (stored != grant && status != "withdrawn")
      problem("grant fixed at approval", id, trf("grant is {} cents but its approval fixed {} cents", stored, grant));
    if (!committed.empty()) check_applicant_payee(pilots, id, committed, committed_by);
    // Schema 9: a decided pilot has a number, an undecided one none, and the
    // number is the one its decision's event recorded (events before schema 9 recorded none).
    const bool decided = pilots.column(11).int32() != 0;
    const std::string number = pilots.column(12).is_null() ? "" : pilots.column(12).text();
    if (decided && number.empty())
      problem("decision numbers", id, tr("the pilot was decided but its decision has no number"));
    else if (!decided && !number.empty())
      problem("decision numbers", id, trf("the pilot was not decided but has the decision number {}", number));
    else if (!numbered.empty() && numbered != number)
      problem("decision numbers", id,
              trf("its decision number is {} but its decision's event says {}", number, numbered));
  }
}

void Verifier::check_applicant_payee(sql::Statement& p, const std::string& pilot, const std::string& committed,
                                     int64_t by) {
  const std::string salt = p.column(6).text();
  const std::string subject = fmt::format("{} (applicant {})", pilot, p.column(5).int64());
  if (committed == "erased") {
    if (p.column(10).int32() == 0)
      problem(kPayeeCheck, subject, trf("event {} erased the payee's details, but the ledger holds some again", by));
    return;
  }
  if (payee_commitment(salt, p.column(7).text(), p.column(8).text(), p.column(9).text()) == committed) return;
  problem(kPayeeCheck, subject,
          salt.empty() ? trf("the salt of the payee's details is gone, but event {} committed to them", by)
                       : trf("the payee's name, IBAN or BIC differ from what event {} recorded", by));
}

void Verifier::replay(const std::string& id, sql::Statement& e, std::string& status, int64_t& grant) {
  const int64_t seq = e.column(1).int64();
  const std::string action = e.column(2).text();
  const std::string before = e.column(3).is_null() ? "" : e.column(3).text();
  const std::string after = e.column(4).is_null() ? "" : e.column(4).text();
  if (before != status)
    problem("status follows the event log", fmt::format("{} event {}", id, seq),
            // TRANSLATORS: {} are an event's action (approve, reject, ...: not translated), then statuses.
            before.empty() ? trf("{} starts from nothing but the pilot was {}", action, status_text(status))
            : status.empty()
                ? trf("{} starts from {} but the pilot was nothing", action, status_text(before))
                : trf("{} starts from {} but the pilot was {}", action, status_text(before), status_text(status)));
  const auto from = parse_status(before), to = parse_status(after);
  const bool legal =
      before.empty() ? after == "submitted" && action == "apply" : from && to && legal_step(*from, action, *to);
  if (!legal)
    problem("status follows the event log", fmt::format("{} event {}", id, seq),
            // TRANSLATORS: {} are an event's action (approve, reject, ...: not translated), then statuses.
            before.empty()
                ? trf("{} from nothing to {} is not a legal transition", action, status_text(after))
                : trf("{} from {} to {} is not a legal transition", action, status_text(before), status_text(after)));
  if (action == "approve") grant = e.column(5).is_null() ? 0 : e.column(5).int64();
  status = after;
}

void Verifier::payments() {
  // TRANSLATORS: the name of a check of verify.
  const std::string check = N_("one live payment per paid pilot");
  r_.checks.push_back(check);
  sql::Statement q(db_,
                   "SELECT p.id, p.status, p.grant_cents, COUNT(y.pilot_id), COALESCE(SUM(y.amount_cents), 0) "
                   "FROM pilots p LEFT JOIN payments y ON y.pilot_id = p.id AND y.live = 1 "
                   "GROUP BY p.id, p.status, p.grant_cents HAVING (p.status IN ('disbursed', 'completed')) <> "
                   "(COUNT(y.pilot_id) = 1) "
                   "OR (COUNT(y.pilot_id) = 1 AND SUM(y.amount_cents) <> p.grant_cents)");
  while (q.step()) {
    const int64_t n = q.column(3).int64();
    problem(check, q.column(0).text(),
            n == 0  ? trf("it is {} but has no live payment", status_text(q.column(1).text()))
            : n > 1 ? trf("it has {} live payments", n)
            : q.column(1).text() != "disbursed" && q.column(1).text() != "completed"
                ? trf("it is {} but has a live payment", status_text(q.column(1).text()))
                : trf("its live payment is {} cents, its grant {} cents", q.column(4).int64(),
                      q.column(2).is_null() ? 0 : q.column(2).int64()));
  }
  sql::Statement voided(db_,
                        "SELECT DISTINCT y.batch_id FROM payments y JOIN batches b ON b.id = y.batch_id "
                        "WHERE b.state = 'voided' AND y.live = 1");
  while (voided.step()) problem(check, voided.column(0).text(), tr("a voided batch still has live payments"));
}

void Verifier::budgets() {
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("committed grants within each year's budget"));
  // What committed_in_year (store/pilots) counts, for every year at once.
  sql::Statement years(db_,
                       "SELECT approved_year, COALESCE(SUM(grant_cents), 0) FROM pilots WHERE approved_year "
                       "IS NOT NULL AND status IN ('approved', 'disbursed', 'completed') GROUP BY approved_year");
  while (years.step()) {
    const int year = years.column(0).int32();
    const Cents committed{years.column(1).int64()};
    const auto it = config_.budget.find(year);
    const Cents budget = it == config_.budget.end() ? Cents{} : it->second;
    if (committed > budget)
      problem("committed grants within each year's budget", std::to_string(year),
              trf("{} EUR committed, budget {} EUR", committed, budget));
  }
}

void Verifier::payee_payments() {
  const std::string check = kPayeeCheck;
  r_.checks.push_back(check);  // also named by pilots_match_events on the other connection; merged once
  // SQLite's CROSS JOIN fixes the join order; PostgreSQL knows only the standard JOIN ... ON.
  const std::string join = db_.engine() == sql::Engine::sqlite ? "CROSS JOIN" : "JOIN";
  sql::Statement y(
      db_,
      "SELECT y.batch_id, y.pilot_id, y.salt, y.payee_name, y.iban, y.bic, e.seq, json_extract(e.detail, '$.payee'), "
      "(SELECT MAX(x.seq) FROM events x, json_each(x.detail, '$.payments') j "
      " WHERE x.pilot_id = y.pilot_id AND x.action = 'erase' AND j.value = y.batch_id) "
      // CROSS JOIN keeps this order: each payment, then its pilot's events by index
      // (the planner's choice, every event first, was 3.5x slower).
      "FROM payments y " +
          join +
          " events e ON e.pilot_id = y.pilot_id AND e.action = 'disburse' "
          "AND json_extract(e.detail, '$.batch_id') = y.batch_id WHERE json_extract(e.detail, '$.payee') IS NOT NULL");
  while (y.step()) {
    const std::string subject = fmt::format("{} in {}", y.column(1).text(), y.column(0).text());
    if (!y.column(8).is_null()) {
      if (!y.column(2).text().empty() || !y.column(3).text().empty() || !y.column(4).text().empty() ||
          !y.column(5).text().empty())
        problem(
            check, subject,
            trf("event {} erased the payment's payee details, but the ledger holds some again", y.column(8).int64()));
      continue;
    }
    if (payee_commitment(y.column(2).text(), y.column(3).text(), y.column(4).text(), y.column(5).text()) ==
        y.column(7).text())
      continue;
    problem(check, subject,
            trf("the payment's payee name, IBAN or BIC differ from what event {} recorded", y.column(6).int64()));
  }
}

void Verifier::batches() {
  // TRANSLATORS: the name of a check of verify.
  const std::string check = N_("batches match the event log");
  r_.checks.push_back(check);
  sql::Statement q(
      db_,
      // The batch events are read once, not once per batch.
      "WITH ev AS MATERIALIZED (SELECT json_extract(detail, '$.batch_id') AS id, seq FROM events "
      "  WHERE action = 'batch') "
      "SELECT ev.id, ev.seq, 'event' FROM ev WHERE NOT EXISTS (SELECT 1 FROM batches b WHERE b.id = ev.id) "
      "UNION ALL SELECT b.id, 0, 'row' FROM batches b WHERE NOT EXISTS (SELECT 1 FROM ev WHERE ev.id = b.id)");
  while (q.step()) {
    if (q.column(2).text() == "event")
      problem(check, q.column(0).text(),
              trf("event {} records this batch, but the ledger has no such batch", q.column(1).int64()));
    else
      problem(check, q.column(0).text(), tr("no event records this batch"));
  }
  // What the bank's feedback and a second user changed has its event too: a
  // payment confirmed or a batch confirmed in the file alone is not believed.
  sql::Statement confirmed(db_,
                           "SELECT y.pilot_id, y.batch_id FROM payments y WHERE y.state = 'confirmed' AND NOT EXISTS "
                           "(SELECT 1 FROM events e WHERE e.pilot_id = y.pilot_id AND e.action = 'confirm' "
                           " AND json_extract(e.detail, '$.batch_id') = y.batch_id)");
  while (confirmed.step())
    problem(check, confirmed.column(0).text(),
            trf("its payment in {} is confirmed, but no event records the bank's confirmation",
                confirmed.column(1).text()));
  sql::Statement approved(db_,
                          "SELECT b.id FROM batches b WHERE b.confirmed_by IS NOT NULL AND NOT EXISTS "
                          "(SELECT 1 FROM events e WHERE e.pilot_id IS NULL AND e.action = 'batch confirm' "
                          " AND json_extract(e.detail, '$.batch_id') = b.id)");
  while (approved.step())
    problem(check, approved.column(0).text(), tr("it is confirmed, but no event records who confirmed it"));
}

void Verifier::interests() {
  // TRANSLATORS: the name of a check of verify.
  const std::string check = N_("declared interests match the event log");
  r_.checks.push_back(check);
  // The interest events are read once; the interests are few.
  constexpr const char* kEvents =
      "WITH a AS MATERIALIZED (SELECT CAST(json_extract(detail, '$.interest') AS INTEGER) AS id, seq, actor, "
      "  json_extract(detail, '$.user') AS user, json_extract(detail, '$.kind') AS kind, "
      "  json_extract(detail, '$.commitment') AS commitment FROM events WHERE action = 'interest add'), "
      "r AS MATERIALIZED (SELECT CAST(json_extract(detail, '$.interest') AS INTEGER) AS id, seq FROM events "
      "  WHERE action = 'interest remove') ";
  sql::Statement rows(db_, std::string(kEvents) +
                               "SELECT i.id, i.user_id, i.kind, i.value, i.reason, i.salt, i.added_by, "
                               "i.removed_at IS NOT NULL, a.seq, a.actor, a.user, a.kind, a.commitment, "
                               "(SELECT COUNT(*) FROM r WHERE r.id = i.id) "
                               "FROM interests i LEFT JOIN a ON a.id = i.id ORDER BY i.id");
  while (rows.step()) {
    const std::string subject = trf("interest {}", rows.column(0).int64());
    if (rows.column(8).is_null()) {
      problem(check, subject, tr("no event records this interest"));
      continue;
    }
    const std::string committed = interest_commitment(text_column(rows, 5), text_column(rows, 1), text_column(rows, 2),
                                                      text_column(rows, 3), text_column(rows, 4));
    if (text_column(rows, 10) != text_column(rows, 1) || text_column(rows, 11) != text_column(rows, 2) ||
        text_column(rows, 12) != committed || text_column(rows, 9) != text_column(rows, 6))
      problem(check, subject,
              trf("its user, kind, value, reason or maker is not what event {} recorded", rows.column(8).int64()));
    const bool ended = rows.column(7).int32() != 0;
    const int64_t ends = rows.column(13).int64();
    if (ended && ends == 0) problem(check, subject, tr("it has ended, but no event ended it"));
    if (!ended && ends > 0) problem(check, subject, tr("an event ended it, but it is live"));
    if (ends > 1) problem(check, subject, trf("{} events ended it", ends));
  }
  sql::Statement orphans(db_,
                         std::string(kEvents) +
                             "SELECT id, seq FROM a WHERE NOT EXISTS (SELECT 1 FROM interests i WHERE i.id = a.id) "
                             "UNION ALL SELECT id, seq FROM r "
                             "WHERE NOT EXISTS (SELECT 1 FROM interests i WHERE i.id = r.id) ORDER BY 2");
  while (orphans.step())
    problem(check, trf("interest {}", text_column(orphans, 0)),
            trf("event {} records this interest, but the ledger has no such interest", orphans.column(1).int64()));
}

void Verifier::tallies() {
  // TRANSLATORS: the name of a check of verify: the counts kept for the summary report.
  const std::string check = N_("summary tallies");
  r_.checks.push_back(check);
  // The triggers that keep the counts: one dropped behind the tool's back is
  // named at once, before the counts drift at the next change. (Bulk commands
  // suspend some inside their own transaction, which no reader ever sees.)
  for (const char* name :
       {"pilots_tally_insert", "pilots_tally_update", "pilots_tally_delete", "applicants_tally_type",
        "pilots_decision_time", "pilots_durations_area", "payments_time_insert", "payments_time_update",
        "pilots_grant_month_insert", "pilots_grant_month_update", "pilots_grant_month_delete"})
    if (!has_trigger(name))
      problem(check, name, tr("the trigger that keeps the summary's counts is missing: they drift at the next change"));
  sql::Statement q(
      db_,
      "WITH r AS (SELECT p.year, p.area, a.type, p.month AS month, p.status, "
      "  coalesce(p.outcome, '') AS outcome, coalesce(p.approved_year, 0) AS approved_year, COUNT(*) AS n, "
      "  coalesce(SUM(p.grant_cents), 0) AS grant_cents "
      "  FROM pilots p JOIN applicants a ON a.id = p.applicant_id GROUP BY 1, 2, 3, 4, 5, 6, 7), "
      "t AS (SELECT * FROM tallies WHERE n <> 0 OR grant_cents <> 0) "
      "SELECT coalesce(r.year, t.year), coalesce(r.area, t.area), coalesce(r.type, t.type), "
      "  coalesce(r.month, t.month), coalesce(r.status, t.status), coalesce(r.outcome, t.outcome), "
      "  coalesce(r.n, 0), coalesce(r.grant_cents, 0), coalesce(t.n, 0), coalesce(t.grant_cents, 0) "
      "FROM r FULL JOIN t ON r.year = t.year AND r.area = t.area AND r.type = t.type AND r.month = t.month "
      "  AND r.status = t.status AND r.outcome = t.outcome AND r.approved_year = t.approved_year "
      "WHERE coalesce(r.n, 0) <> coalesce(t.n, 0) OR coalesce(r.grant_cents, 0) <> coalesce(t.grant_cents, 0)");
  while (q.step()) {
    std::string subject = fmt::format("{} {} {} {} {}", q.column(0).int32(), q.column(1).text(), q.column(2).text(),
                                      q.column(3).text(), q.column(4).text());
    if (const std::string o = q.column(5).text(); !o.empty()) subject += " " + o;
    problem(check, std::move(subject),
            trf("the tallies count {} pilots with {} EUR of grants, the pilots themselves {} with {} EUR",
                q.column(8).int64(), Cents{q.column(9).int64()}, q.column(6).int64(), Cents{q.column(7).int64()}));
  }
  sql::Statement d(
      db_,
      "WITH r AS (SELECT year, 'decision' AS kind, (unixepoch(decided_at) - unixepoch(submitted_at)) / 60 "
      "  AS minutes, area, COUNT(*) AS n FROM pilots WHERE decided_at IS NOT NULL GROUP BY 1, 3, 4 "
      "  UNION ALL SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, "
      "  p.area, COUNT(*) FROM pilots p JOIN payments y ON y.pilot_id = p.id AND y.live = 1 "
      "  JOIN batches b ON b.id = y.batch_id GROUP BY 1, 3, 4), "
      "t AS (SELECT * FROM durations WHERE n <> 0) "
      "SELECT coalesce(r.year, t.year), coalesce(r.kind, t.kind), coalesce(r.minutes, t.minutes), "
      "  coalesce(r.area, t.area), coalesce(r.n, 0), coalesce(t.n, 0) "
      "FROM r FULL JOIN t ON r.year = t.year AND r.kind = t.kind AND r.minutes = t.minutes AND r.area = t.area "
      "WHERE coalesce(r.n, 0) <> coalesce(t.n, 0)");
  while (d.step())
    problem(check,
            fmt::format("{} {} {} {} min", d.column(0).int32(), d.column(3).text(), d.column(1).text(),
                        d.column(2).int64()),
            trf("the durations count {} pilots, the pilots themselves {}", d.column(5).int64(), d.column(4).int64()));
  // Schema 12: a paid pilot's day of payment is its live payment's execution date; the money by month recounts.
  sql::Statement paid(
      db_,
      "SELECT p.id, coalesce(p.paid_on, ''), coalesce(b.execution_date, '') FROM pilots p "
      "LEFT JOIN payments y ON y.pilot_id = p.id AND y.live = 1 LEFT JOIN batches b ON b.id = y.batch_id "
      "WHERE coalesce(p.paid_on, '') <> CASE WHEN p.status = 'disbursed' OR p.status = 'completed' "
      "  THEN coalesce(b.execution_date, '') ELSE '' END ORDER BY p.year, p.seq");
  while (paid.step())
    problem(
        check, paid.column(0).text(),
        trf("the pilot says it was paid on '{}', its live payment '{}'", paid.column(1).text(), paid.column(2).text()));
  sql::Statement months(
      db_,
      "WITH r AS (SELECT approved_year, approved_month, coalesce(substr(paid_on, 1, 7), '') AS paid_month, "
      "  COUNT(*) AS n, SUM(grant_cents) AS grant_cents FROM pilots WHERE grant_cents IS NOT NULL "
      "  AND approved_year IS NOT NULL AND (status = 'approved' OR status = 'disbursed' OR status = 'completed') "
      "  GROUP BY 1, 2, 3), "
      "t AS (SELECT * FROM grant_months WHERE n <> 0 OR grant_cents <> 0) "
      "SELECT coalesce(r.approved_year, t.approved_year), coalesce(r.approved_month, t.approved_month), "
      "  coalesce(r.paid_month, t.paid_month), coalesce(r.n, 0), coalesce(r.grant_cents, 0), coalesce(t.n, 0), "
      "  coalesce(t.grant_cents, 0) "
      "FROM r FULL JOIN t ON r.approved_year = t.approved_year AND r.approved_month = t.approved_month "
      "  AND r.paid_month = t.paid_month "
      "WHERE coalesce(r.n, 0) <> coalesce(t.n, 0) OR coalesce(r.grant_cents, 0) <> coalesce(t.grant_cents, 0)");
  while (months.step())
    problem(check, fmt::format("{} {} {}", months.column(0).int32(), text_column(months, 1), text_column(months, 2)),
            trf("the money by month counts {} grants of {} EUR, the pilots themselves {} of {} EUR",
                months.column(5).int64(), Cents{months.column(6).int64()}, months.column(3).int64(),
                Cents{months.column(4).int64()}));
}

void Verifier::lessons() {
  // TRANSLATORS: the name of a check of verify: other cities' lessons read in with `lessons import`.
  const std::string check = N_("imported lessons");
  r_.checks.push_back(check);
  sql::Statement count(
      db_,
      "SELECT s.city, s.lessons, (SELECT COUNT(*) FROM lessons l WHERE l.city = s.city) "
      "FROM lesson_sources s WHERE s.lessons <> (SELECT COUNT(*) FROM lessons l WHERE l.city = s.city) "
      "ORDER BY s.city");
  while (count.step())
    problem(check, count.column(0).text(),
            trf("the catalogue held {} lessons, the ledger has {} of them", count.column(1).int64(),
                count.column(2).int64()));
  // The latest import of each city, as its event recorded it.
  sql::Statement source(
      db_,
      "WITH e AS (SELECT json_extract(detail, '$.city') AS city, CAST(json_extract(detail, '$.lessons') AS INTEGER) AS "
      "lessons, "
      "  json_extract(detail, '$.generated_at') AS generated_at, json_extract(detail, '$.sha256') AS sha256, "
      "  ROW_NUMBER() OVER (PARTITION BY fold_case(json_extract(detail, '$.city')) ORDER BY seq DESC) AS latest "
      "  FROM events WHERE action = 'lessons import') "
      "SELECT s.city FROM lesson_sources s LEFT JOIN e ON e.city = s.city AND e.latest = 1 "
      "WHERE e.city IS NULL OR e.lessons <> s.lessons OR e.generated_at <> s.generated_at OR e.sha256 <> s.sha256 "
      "ORDER BY s.city");
  while (source.step())
    problem(check, source.column(0).text(),
            tr("the catalogue kept is not the one its latest 'lessons import' event recorded"));
}

}  // namespace minipilot

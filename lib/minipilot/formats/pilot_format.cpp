// Pilot renderers.
#include "minipilot/formats/pilot_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/event.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

// The events as a table; `with_pilot` adds the pilot column (the whole log).
// Numbers, times and ids are never cut; the change and the note give way.
Section history_section(const std::vector<EventView>& events, const std::string& title, bool with_pilot) {
  // TRANSLATORS: the columns of an event log: number, time, user, action (its stored name).
  Section s{title,
            {"#", tr("When"), tr("Who"),
             // TRANSLATORS: the heading of an event's action (its stored name); also of what a problem is.
             tr("What")},
            {},
            {Col::number, Col::code, Col::code, Col::code}};
  if (with_pilot) s.columns.push_back(tr("Pilot")), s.kinds.push_back(Col::code);
  s.columns.insert(s.columns.end(), {tr("Change"), tr("Note")});
  for (const EventView& e : events) {
    std::string change = e.status_before.empty()  ? status_text(e.status_after)
                         : e.status_after.empty() ? ""
                                                  : status_text(e.status_before) + " → " + status_text(e.status_after);
    if (!e.changed.empty()) change += (change.empty() ? "" : ", ") + e.changed;
    std::vector<std::string> row{std::to_string(e.seq), time_shown(e.at), e.actor, action_text(e.action)};
    if (with_pilot) row.push_back(e.pilot_id);
    row.insert(row.end(), {change, e.note});
    s.rows.push_back(std::move(row));
  }
  return s;
}

}  // namespace

std::string pilot_json(const PilotView& p) {
  JsonWriter j(2);
  j.begin_object();
  j.key("id").value(p.id).key("status").value(p.status).key("title").value(p.title);
  j.key("description").value(p.description).key("area").value(p.area);
  const Applicant& a = p.applicant;
  j.key("applicant").begin_object().key("name").value(a.name).key("type").value(to_string(a.type));
  j.key("email").string_or_null(a.email).key("phone").string_or_null(a.phone);
  j.key("business_id").string_or_null(a.business_id).key("iban").string_or_null(a.iban);
  j.key("bic").string_or_null(a.bic).key("payee_name").string_or_null(a.payee_name).end_object();
  j.key("start_date").string_or_null(p.start_date).key("end_date").string_or_null(p.end_date);
  j.key("submitted_at").value(p.submitted_at).key("submitted_by").value(p.submitted_by);
  j.key("decided_at").string_or_null(p.decided_at).key("decided_by").string_or_null(p.decided_by);
  j.key("decision_note").string_or_null(p.decision_note);
  j.key("decision_number").string_or_null(p.decision_number).key("reason_code").string_or_null(p.reject_code);
  j.key("grant_cents");
  if (p.grant) {
    j.value(p.grant->value);
  } else {
    j.null();
  }
  j.key("withdrawn_at").string_or_null(p.closed_at);
  j.key("withdraw_reason").string_or_null(p.closed_reason);
  j.key("hold_reason").string_or_null(p.hold_reason);
  j.key("outcome").string_or_null(p.outcome).key("participants");
  if (p.participants) {
    j.value(*p.participants);
  } else {
    j.null();
  }
  j.key("outcome_summary").string_or_null(p.outcome_summary).key("lessons").string_or_null(p.lessons);
  j.key("tags").begin_array();
  for (const std::string& t : p.tags) j.value(t);
  j.end_array();
  j.key("completed_at").string_or_null(p.completed_at);
  j.key("events").begin_array();
  for (const EventView& e : p.events) {
    j.begin_object().key("seq").value(e.seq).key("at").value(e.at).key("actor").value(e.actor);
    j.key("action").value(e.action).key("detail").number_text(e.detail).end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

Document pilot_document(const PilotView& p, const std::vector<Reason>& reasons) {
  Document d{fmt::format("{}  {}", p.id, p.title), {}};
  const Applicant& a = p.applicant;
  std::vector<std::vector<std::string>> rows{
      {tr("Status"), status_text(p.status)},
      {tr("Area"), p.area},
      {tr("Applicant"), fmt::format("{} ({})", or_erased(a.name), applicant_type_text(a.type))}};
  const auto add = [&](const char* key, const std::string& value) {
    if (!value.empty()) rows.push_back({tr(key), value});
  };
  add(N_("Business ID"), a.business_id);
  add(N_("E-mail"), a.email);
  add(N_("Phone"), a.phone);
  add(N_("IBAN"), a.iban.empty() ? "" : iban_print_form(a.iban));
  add(N_("BIC"), a.bic);
  // TRANSLATORS: the account holder the grant is paid to, when not the applicant.
  add(N_("Payee"), a.payee_name);
  add(N_("Planned"), p.start_date.empty() && p.end_date.empty()
                         ? ""
                         : fmt::format("{} – {}", date_shown(p.start_date), date_shown(p.end_date)));
  add(N_("Submitted"), trf("{} by {}", time_shown(p.submitted_at), p.submitted_by));
  add(N_("Decided"), p.decided_at.empty() ? "" : trf("{} by {}", time_shown(p.decided_at), p.decided_by));
  // TRANSLATORS: the number of the decision on a pilot ("2026/12").
  add(N_("Decision number"), p.decision_number);
  if (!p.reject_code.empty()) {
    const auto r =
        std::find_if(reasons.begin(), reasons.end(), [&](const Reason& x) { return x.code == p.reject_code; });
    // TRANSLATORS: a rejection's reason code of [[reasons]] and its text ("duplicate: the same idea was funded").
    add(N_("Reason code"), r == reasons.end() ? p.reject_code : trf("{}: {}", p.reject_code, r->text(language())));
  }
  add(N_("Decision note"), p.decision_note);
  add(N_("Grant"), p.grant ? money_text(*p.grant) : "");
  add(N_("Withdrawn"), time_shown(p.closed_at));
  add(N_("Withdraw reason"), p.closed_reason);
  add(N_("On hold"), p.hold_reason);
  const std::string outcome = outcome_text(p.outcome), completed = time_shown(p.completed_at);
  std::string outcome_row;
  if (!p.participants)
    outcome_row = trf("{} ({}), participants not told", outcome, completed);
  else
    // TRANSLATORS: a pilot's outcome, when it was completed, and how many took part. The English
    // is the same for one and many; Finnish may say "1 osallistuja".
    outcome_row = trnf("{} ({}), {} participants", "{} ({}), {} participants",
                       static_cast<unsigned long>(*p.participants), outcome, completed, *p.participants);
  add(N_("Outcome"), p.outcome.empty() ? "" : outcome_row);
  add(N_("Summary"), p.outcome_summary);
  add(N_("Lessons"), p.lessons);
  add(N_("Tags"), fmt::format("{}", fmt::join(p.tags, ", ")));
  add(N_("Description"), p.description);
  d.sections.push_back({tr("Pilot"), {}, std::move(rows), {}});
  d.sections.push_back(history_section(p.events, tr("History"), false));
  return d;
}

std::string events_json(const std::vector<EventView>& events) {
  JsonWriter j(2);
  j.begin_object().key("events").begin_array();
  for (const EventView& e : events) {
    j.begin_object().key("seq").value(e.seq).key("at").value(e.at).key("actor").value(e.actor);
    j.key("action").value(e.action).key("pilot_id").string_or_null(e.pilot_id);
    j.key("detail").number_text(e.detail).key("hash").value(e.hash).end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

Document events_document(const std::vector<EventView>& events, const std::string& title) {
  return Document{title, {history_section(events, tr("Events"), true)}};
}

}  // namespace minipilot

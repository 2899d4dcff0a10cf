// Decision list renderers: the JSON keys are the contract (docs/cli.md), the labels are for people.
#include "minipilot/formats/decision_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/status.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

void optional_date(JsonWriter& j, const char* key, const std::optional<Date>& d) {
  j.key(key);
  if (d)
    j.value(format_date(*d));
  else
    j.null();
}

// "Anna Asukasagentti, aluejohtaja"; the user id when the decider is no longer configured.
std::string decider(const DecisionEntry& e) {
  if (e.decider_name.empty()) return e.decider_id;
  return e.decider_title.empty() ? e.decider_name : fmt::format("{}, {}", e.decider_name, e.decider_title);
}

std::string decision_words(const DecisionEntry& e) {
  // TRANSLATORS: the decision on an application in the decision list: a grant of an amount.
  if (e.approved) return e.grant ? trf("grant of {}", money_text(*e.grant)) : status_text(Status::approved);
  // TRANSLATORS: the decision on an application in the decision list: rejected, no grant.
  return tr("rejected: no grant");
}

std::string reasons(const DecisionEntry& e) {
  std::string out = e.reason_text.empty() ? e.reason_code : e.reason_text;
  if (!e.note.empty()) out += (out.empty() ? "" : ". ") + e.note;
  return out;
}

// "Decision list 2026", "… 1.3.2026–31.3.2026", and the areas.
std::string title(const DecisionList& l) {
  std::string period;
  if (l.query.from || l.query.to)
    period = fmt::format("{}–{}", l.query.from ? date_text(*l.query.from) : "", l.query.to ? date_text(*l.query.to) : "");
  if (l.query.year) period = period.empty() ? std::to_string(*l.query.year) : fmt::format("{} ({})", period, *l.query.year);
  // TRANSLATORS: the decision list's title; {} is the year or the period ("2026", "1.3.2026–31.3.2026").
  std::string t = trf("Decision list {}", period);
  // TRANSLATORS: after the decision list's title: the areas' ids.
  if (!l.query.areas.empty()) t += ", " + trnf("area {}", "areas {}", l.query.areas.size(),
                                               fmt::format("{}", fmt::join(l.query.areas, ", ")));
  return t;
}

}  // namespace

std::string decisions_json(const DecisionList& l) {
  JsonWriter j(2);
  j.begin_object().key("public").value(l.query.for_public).key("year");
  if (l.query.year)
    j.value(static_cast<int64_t>(*l.query.year));
  else
    j.null();
  optional_date(j, "from", l.query.from);
  optional_date(j, "to", l.query.to);
  j.key("areas").begin_array();
  for (const std::string& a : l.query.areas) j.value(a);
  j.end_array();
  j.key("count").value(static_cast<int64_t>(l.entries.size()));
  j.key("decisions").begin_array();
  for (const DecisionEntry& e : l.entries) {
    j.begin_object().key("number").value(e.number).key("date").value(format_date(e.date));
    j.key("decider").value(e.decider_id).key("decider_name").string_or_null(e.decider_name);
    j.key("decider_title").string_or_null(e.decider_title);
    j.key("area").value(e.area).key("area_name").value(e.area_name);
    j.key("pilot_id").value(e.pilot_id).key("title").value(e.title).key("applicant");
    if (e.applicant)
      j.value(*e.applicant);
    else
      j.null();
    j.key("applicant_removed").value(!e.applicant.has_value());
    j.key("applicant_type").value(e.applicant_type);
    j.key("decision").value(e.approved ? "approved" : "rejected").key("grant_cents");
    if (e.grant)
      j.value(e.grant->value);
    else
      j.null();
    j.key("reason_code").string_or_null(e.reason_code).key("reason").string_or_null(e.reason_text);
    if (!l.query.for_public) j.key("note").string_or_null(e.note);
    j.end_object();
  }
  j.end_array();
  write_chain_head(j, l.head);
  j.end_object();
  return j.str() + "\n";
}

Document decisions_document(const DecisionList& l) {
  Document d{title(l), {}};
  if (l.query.for_public)
    // TRANSLATORS: the lead of the public decision list (Kuntalaki 140 §); {} is a number of days (21).
    d.lead = trf("Applicants' names are shown until {} days have passed since the decision.", kPublicNameDays);
  Section s{tr("Decisions"),
            {tr("No."), tr("Date"), tr("Decider"), tr("Area"), tr("Pilot"), tr("Subject"), tr("Applicant"),
             tr("Decision"), tr("Reasons")},
            {},
            {Col::code, Col::code, Col::text, Col::text, Col::code, Col::text, Col::text, Col::text, Col::text}};
  for (const DecisionEntry& e : l.entries)
    s.rows.push_back({e.number, date_text(e.date), decider(e), e.area_name, e.pilot_id, e.title,
                      // TRANSLATORS: in place of an applicant's name in the public decision list, once the
                      // rectification period has passed.
                      e.applicant ? or_erased(*e.applicant) : tr("(removed)"), decision_words(e), reasons(e)});
  if (s.rows.empty())
    d.sections.push_back({tr("Decisions"), {}, {{tr("No decisions"), "0"}}, {}});
  else
    d.sections.push_back(std::move(s));
  d.footer = chain_head_footer(l.head);
  return d;
}

}  // namespace minipilot

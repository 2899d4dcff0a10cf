// Summary renderers.
#include "minipilot/formats/summary_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/status.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

void median(JsonWriter& j, std::string_view key, const std::optional<int64_t>& seconds) {
  j.key(key);
  if (seconds) {
    j.number_text(days_text(*seconds));
  } else {
    j.null();
  }
}

std::string eur(Cents c) { return money_text(c); }

}  // namespace

std::string summary_json(const Summary& s) {
  JsonWriter j(2);
  j.begin_object();
  j.key("program").value(s.program_name);
  j.key("year").value(s.filter.year);
  j.key("area").string_or_null(s.filter.areas.size() == 1 ? s.filter.areas.front() : "");
  j.key("areas").begin_array();
  for (const std::string& a : s.filter.areas) j.value(a);
  j.end_array();
  j.key("access_control").value(s.access_control);
  j.key("budget_cents").value(s.budget.value);
  j.key("committed_cents").value(s.committed.value);
  j.key("disbursed_cents").value(s.disbursed.value);
  j.key("remaining_cents").value(s.remaining.value);
  j.key("counts").begin_object();
  for (Status st : kAllStatuses) j.key(to_string(st)).value(s.counts[static_cast<size_t>(st)]);
  j.end_object();
  j.key("by_area").begin_array();
  for (const AreaSummary& a : s.by_area)
    j.begin_object()
        .key("area")
        .value(a.area)
        .key("applications")
        .value(a.applications)
        .key("approved")
        .value(a.approved)
        .key("disbursed_cents")
        .value(a.disbursed.value)
        .end_object();
  j.end_array();
  j.key("by_applicant_type").begin_array();
  for (const TypeSummary& t : s.by_applicant_type)
    j.begin_object()
        .key("type")
        .value(t.type)
        .key("applications")
        .value(t.applications)
        .key("approved")
        .value(t.approved)
        .end_object();
  j.end_array();
  j.key("by_month").begin_array();
  for (const MonthSummary& m : s.by_month)
    j.begin_object()
        .key("month")
        .value(m.month)
        .key("applications")
        .value(m.applications)
        .key("approved")
        .value(m.approved)
        .key("rejected")
        .value(m.rejected)
        .end_object();
  j.end_array();
  j.key("outcomes")
      .begin_object()
      .key("success")
      .value(s.success)
      .key("partial")
      .value(s.partial)
      .key("failed")
      .value(s.failed)
      .end_object();
  median(j, "median_days_to_decision", s.median_seconds_to_decision);
  median(j, "median_days_to_payment", s.median_seconds_to_payment);
  j.key("rejections_by_reason").begin_object();
  for (const Summary::ReasonCount& r : s.rejections_by_reason) j.key(r.reason.code).value(r.rejections);
  j.end_object();
  write_chain_head(j, s.chain_head);
  j.end_object();
  return j.str() + "\n";
}

Document summary_document(const Summary& s) {
  Document d;
  const std::string area_ids = fmt::format("{}", fmt::join(s.filter.areas, ", "));
  // TRANSLATORS: the summary's title: the programme's name, the year (and the ids of one area or several).
  d.title = s.filter.areas.empty() ? trf("{} — summary {}", s.program_name, s.filter.year)
                                   : trnf("{} — summary {}, area {}", "{} — summary {}, areas {}",
                                          s.filter.areas.size(), s.program_name, s.filter.year, area_ids);
  const auto days = [](const std::optional<int64_t>& x) { return x ? days_words(*x) : std::string("–"); };
  // TRANSLATORS: access control is "on" (users and roles are configured).
  const char* const on = N_("on");
  d.sections.push_back({tr("Budget"),
                        {},
                        {{tr("Budget"), eur(s.budget)},
                         {tr("Committed"), eur(s.committed)},
                         {tr("Disbursed"), eur(s.disbursed)},
                         {tr("Remaining"), eur(s.remaining)},
                         {tr("Median to decision"), days(s.median_seconds_to_decision)},
                         {tr("Median to payment"), days(s.median_seconds_to_payment)},
                         {tr("Access control"), s.access_control ? tr(on) : tr("off (single-user)")},
                         {tr("Chain head"), chain_head_text(s.chain_head)}},
                        {}});
  d.sections.back().charts.push_back(
      {tr("Budget: committed, disbursed and remaining"),
       {tr("euros")},
       {{tr("Committed"), {s.committed.value}, {eur(s.committed)}},
        {tr("Disbursed"), {s.disbursed.value}, {eur(s.disbursed)}},
        {tr("Remaining"), {std::max<int64_t>(s.remaining.value, 0)}, {eur(s.remaining)}}}});
  Section counts{tr("Pilots by status"), {tr("Status"), tr("Pilots")}, {}, {Col::text, Col::number}};
  for (Status st : kAllStatuses)
    counts.rows.push_back({status_text(st), std::to_string(s.counts[static_cast<size_t>(st)])});
  d.sections.push_back(std::move(counts));
  Section areas{tr("By area"),
                {tr("Area"), tr("Applications"), tr("Approved"), tr("Disbursed")},
                {},
                {Col::text, Col::number, Col::number, Col::money}};
  for (const AreaSummary& a : s.by_area)
    areas.rows.push_back(
        {a.area, std::to_string(a.applications), std::to_string(a.approved), format_money(a.disbursed)});
  Chart area_chart{tr("Pilots per area: applications and approvals"), {}, {}};
  // TRANSLATORS: a chart's legend: bars of applications, beside bars of the status "approved" (and "rejected").
  area_chart.series = {tr("applications"), status_text(Status::approved)};
  for (const AreaSummary& a : s.by_area) area_chart.groups.push_back({a.area, {a.applications, a.approved}, {}});
  areas.charts.push_back(std::move(area_chart));
  d.sections.push_back(std::move(areas));
  Section types{tr("By applicant type"),
                {tr("Type"), tr("Applications"), tr("Approved")},
                {},
                {Col::text, Col::number, Col::number}};
  for (const TypeSummary& t : s.by_applicant_type)
    types.rows.push_back({applicant_type_text(t.type), std::to_string(t.applications), std::to_string(t.approved)});
  d.sections.push_back(std::move(types));
  Section months{tr("By month"),
                 {tr("Month"), tr("Applications"), tr("Approved"), tr("Rejected")},
                 {},
                 {Col::text, Col::number, Col::number, Col::number}};
  for (const MonthSummary& m : s.by_month)
    months.rows.push_back(
        {m.month, std::to_string(m.applications), std::to_string(m.approved), std::to_string(m.rejected)});
  Chart month_chart{tr("Applications and decisions per month"),
                    {tr("applications"), status_text(Status::approved), status_text(Status::rejected)},
                    {}};
  for (const MonthSummary& m : s.by_month)
    month_chart.groups.push_back({m.month, {m.applications, m.approved, m.rejected}, {}});
  months.charts.push_back(std::move(month_chart));
  d.sections.push_back(std::move(months));
  const std::string success = outcome_text("success"), partial = outcome_text("partial"),
                    failed = outcome_text("failed");
  d.sections.push_back(
      {tr("Outcomes"),
       {tr("Outcome"), tr("Pilots")},
       {{success, std::to_string(s.success)}, {partial, std::to_string(s.partial)}, {failed, std::to_string(s.failed)}},
       {Col::text, Col::number},
       {{tr("Outcomes of completed pilots"),
         {tr("pilots")},
         {{success, {s.success}, {}}, {partial, {s.partial}, {}}, {failed, {s.failed}, {}}}}}});
  if (!s.rejections_by_reason.empty()) {
    Section reasons{tr("Rejections by reason"), {tr("Code"), tr("Reason"), tr("Rejections")}, {},
                    {Col::code, Col::text, Col::number}};
    for (const Summary::ReasonCount& r : s.rejections_by_reason)
      reasons.rows.push_back({r.reason.code, r.reason.text(language()), std::to_string(r.rejections)});
    d.sections.push_back(std::move(reasons));
  }
  return d;
}

}  // namespace minipilot

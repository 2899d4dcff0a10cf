// Summary renderers.
#include "minipilot/formats/summary_format.h"

#include <fmt/format.h>

#include <algorithm>

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

std::string eur(Cents c) { return fmt::format("{} €", c); }

}  // namespace

std::string summary_json(const Summary& s) {
  JsonWriter j(2);
  j.begin_object();
  j.key("program").value(s.program_name);
  j.key("year").value(s.filter.year);
  j.key("area").string_or_null(s.filter.area);
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
  write_chain_head(j, s.chain_head);
  j.end_object();
  return j.str() + "\n";
}

Document summary_document(const Summary& s) {
  Document d;
  d.title = fmt::format("{} — summary {}{}", s.program_name, s.filter.year,
                        s.filter.area.empty() ? "" : ", area " + s.filter.area);
  const auto days = [](const std::optional<int64_t>& x) { return x ? days_text(*x) + " days" : std::string("–"); };
  d.sections.push_back({"Budget",
                        {},
                        {{"Budget", eur(s.budget)},
                         {"Committed", eur(s.committed)},
                         {"Disbursed", eur(s.disbursed)},
                         {"Remaining", eur(s.remaining)},
                         {"Median to decision", days(s.median_seconds_to_decision)},
                         {"Median to payment", days(s.median_seconds_to_payment)},
                         {"Access control", s.access_control ? "on" : "off (single-user)"},
                         {"Chain head", chain_head_text(s.chain_head)}},
                        {}});
  d.sections.back().charts.push_back({"Budget: committed, disbursed and remaining",
                                      {"euros"},
                                      {{"Committed", {s.committed.value}, {eur(s.committed)}},
                                       {"Disbursed", {s.disbursed.value}, {eur(s.disbursed)}},
                                       {"Remaining", {std::max<int64_t>(s.remaining.value, 0)}, {eur(s.remaining)}}}});
  Section counts{"Pilots by status", {"Status", "Pilots"}, {}, {Col::text, Col::number}};
  for (Status st : kAllStatuses)
    counts.rows.push_back({std::string(to_string(st)), std::to_string(s.counts[static_cast<size_t>(st)])});
  d.sections.push_back(std::move(counts));
  Section areas{"By area",
                {"Area", "Applications", "Approved", "Disbursed"},
                {},
                {Col::text, Col::number, Col::number, Col::money}};
  for (const AreaSummary& a : s.by_area)
    areas.rows.push_back(
        {a.area, std::to_string(a.applications), std::to_string(a.approved), format_money(a.disbursed)});
  Chart area_chart{"Pilots per area: applications and approvals", {"applications", "approved"}, {}};
  for (const AreaSummary& a : s.by_area) area_chart.groups.push_back({a.area, {a.applications, a.approved}, {}});
  areas.charts.push_back(std::move(area_chart));
  d.sections.push_back(std::move(areas));
  Section types{"By applicant type", {"Type", "Applications", "Approved"}, {}, {Col::text, Col::number, Col::number}};
  for (const TypeSummary& t : s.by_applicant_type)
    types.rows.push_back({t.type, std::to_string(t.applications), std::to_string(t.approved)});
  d.sections.push_back(std::move(types));
  Section months{"By month",
                 {"Month", "Applications", "Approved", "Rejected"},
                 {},
                 {Col::text, Col::number, Col::number, Col::number}};
  for (const MonthSummary& m : s.by_month)
    months.rows.push_back(
        {m.month, std::to_string(m.applications), std::to_string(m.approved), std::to_string(m.rejected)});
  Chart month_chart{"Applications and decisions per month", {"applications", "approved", "rejected"}, {}};
  for (const MonthSummary& m : s.by_month)
    month_chart.groups.push_back({m.month, {m.applications, m.approved, m.rejected}, {}});
  months.charts.push_back(std::move(month_chart));
  d.sections.push_back(std::move(months));
  d.sections.push_back({"Outcomes",
                        {"Outcome", "Pilots"},
                        {{"success", std::to_string(s.success)},
                         {"partial", std::to_string(s.partial)},
                         {"failed", std::to_string(s.failed)}},
                        {Col::text, Col::number},
                        {{"Outcomes of completed pilots",
                          {"pilots"},
                          {{"success", {s.success}, {}}, {"partial", {s.partial}, {}}, {"failed", {s.failed}, {}}}}}});
  return d;
}

}  // namespace minipilot

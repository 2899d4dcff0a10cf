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
#include "minipilot/formats/document.h"

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

void permille(JsonWriter& j, std::string_view key, const std::optional<int64_t>& value) {
  j.key(key);
  if (value) {
    j.number_text(permille_text(*value));
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
  j.key("municipality").value(s.municipality);
  j.key("year").value(s.filter.year);
  j.key("made_on").value(s.made_on);
  j.key("period").begin_object().key("from").value(s.period_from).key("to").value(s.period_to).end_object();
  j.key("area").string_or_null(s.filter.areas.size() == 1 ? s.filter.areas.front() : "");
  j.key("areas").begin_array();
  for (const std::string& a : s.filter.areas) j.value(a);
  j.end_array();
  j.key("access_control").value(s.access_control);
  j.key("budget_cents").value(s.budget.value);
  j.key("committed_cents").value(s.committed.value);
  j.key("disbursed_cents").value(s.disbursed.value);
  j.key("remaining_cents").value(s.remaining.value);
  permille(j, "committed_percent", s.committed_permille);
  permille(j, "disbursed_percent", s.disbursed_permille);
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
        .key("name")
        .value(a.name)
        .key("outcomes")
        .begin_object()
        .key("success")
        .value(a.success)
        .key("partial")
        .value(a.partial)
        .key("failed")
        .value(a.failed)
        .end_object()
        .key("participants")
        .value(a.participants)
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
  j.key("money_by_month").begin_array();
  for (const MoneyMonth& m : s.money_by_month)
    j.begin_object()
        .key("month")
        .value(m.month)
        .key("committed_cents")
        .value(m.committed.value)
        .key("disbursed_cents")
        .value(m.disbursed.value)
        .key("committed_total_cents")
        .value(m.committed_total.value)
        .key("disbursed_total_cents")
        .value(m.disbursed_total.value)
        .end_object();
  j.end_array();
  j.key("participants").value(s.participants);
  j.key("cents_per_participant");
  s.cents_per_participant ? j.value(s.cents_per_participant->value) : j.null();
  j.key("outcome_due_days").value(static_cast<int64_t>(s.outcome_due_days));
  j.key("overdue_outcomes").value(s.overdue_outcomes);
  j.key("highlights").begin_array();
  for (const Highlight& h : s.highlights)
    j.begin_object()
        .key("id")
        .value(h.id)
        .key("title")
        .value(h.title)
        .key("area")
        .value(h.area)
        .key("area_name")
        .value(h.area_name)
        .key("outcome")
        .value(h.outcome)
        .key("completed_at")
        .value(h.completed_at)
        .key("text")
        .value(h.text)
        .end_object();
  j.end_array();
  j.key("previous_year");
  if (const auto& p = s.previous_year) {
    j.begin_object().key("year").value(static_cast<int64_t>(p->year));
    j.key("applications").value(p->applications).key("approved").value(p->approved).key("rejected").value(p->rejected);
    j.key("committed_cents").value(p->committed.value).key("disbursed_cents").value(p->disbursed.value);
    j.key("outcomes").begin_object().key("success").value(p->success).key("partial").value(p->partial);
    j.key("failed").value(p->failed).end_object();
    j.key("participants").value(p->participants).end_object();
  } else {
    j.null();
  }
  write_chain_head(j, s.chain_head);
  j.end_object();
  return j.str() + "\n";
}

namespace {

// "33.3%" in English, "33,3 %" in Finnish (a no-break space before the sign, as Finnish writes it).
std::string percent_words(int64_t permille) {
  std::string number = permille_text(permille);
  if (language() != Language::fi) return number + "%";
  std::replace(number.begin(), number.end(), '.', ',');
  return number + "\u00a0%";
}

// "1 000,00 € (33,3 % of the budget)", or the amount alone without a budget.
std::string share_words(Cents amount, const std::optional<int64_t>& permille) {
  // TRANSLATORS: an amount and its share of the year's budget: "500.00 € (33.3 % of the budget)".
  return permille ? trf("{} ({} of the budget)", money_text(amount), percent_words(*permille)) : money_text(amount);
}

// A month's label in the money chart: "3", or "1/27" in the year after.
std::string month_label(const std::string& month, int year) {
  const int y = std::stoi(month.substr(0, 4));
  const int m = std::stoi(month.substr(5, 2));
  return y == year ? std::to_string(m) : fmt::format("{}/{:02}", m, y % 100);
}

// The month as people read it: "3/2026".
std::string month_words(const std::string& month) {
  return fmt::format("{}/{}", std::stoi(month.substr(5, 2)), month.substr(0, 4));
}

std::string n(int64_t v) { return std::to_string(v); }

void key_figures(const Summary& s, Document& d) {
  const auto days = [](const std::optional<int64_t>& x) { return x ? days_words(*x) : std::string("–"); };
  // The money is the whole programme's whatever --area says (spec §2 "Budget"): a page of one area says so.
  // TRANSLATORS: the title of the summary's first block when --area narrows the rest: the money is not the area's.
  Section k{
      s.filter.areas.empty() ? tr("Key figures") : tr("Key figures (the money: the whole programme's)"), {}, {}, {}};
  k.rows.push_back({tr("Budget"), eur(s.budget)});
  k.rows.push_back({tr("Committed"), share_words(s.committed, s.committed_permille)});
  k.rows.push_back({tr("Disbursed"), share_words(s.disbursed, s.disbursed_permille)});
  k.rows.push_back({tr("Remaining"), eur(s.remaining)});
  k.rows.push_back({tr("Applications waiting"), n(s.counts[static_cast<size_t>(Status::submitted)])});
  // TRANSLATORS: the sum of participants the completed pilots reported.
  k.rows.push_back({tr("People reached"), n(s.participants)});
  k.rows.push_back({tr("Grants per participant"), s.cents_per_participant ? eur(*s.cents_per_participant) : "–"});
  // TRANSLATORS: a count of outcome reports past their due day, then the rule; {} is [program] outcome_due_days.
  k.rows.push_back(
      {tr("Overdue outcome reports"), trnf("{} (due {} day after the planned end, or the payment)",
                                           "{} (due {} days after the planned end, or the payment)", s.outcome_due_days,
                                           n(s.overdue_outcomes), s.outcome_due_days)});
  k.rows.push_back({tr("Median to decision"), days(s.median_seconds_to_decision)});
  k.rows.push_back({tr("Median to payment"), days(s.median_seconds_to_payment)});
  d.sections.push_back(std::move(k));
}

void money_months(const Summary& s, Document& d) {
  Section m{s.filter.areas.empty() ? tr("Money by month") : tr("Money by month (the whole programme)"),
            {tr("Month"), tr("Committed"), tr("Disbursed"), tr("Committed in all"), tr("Disbursed in all")},
            {},
            {Col::text, Col::money, Col::money, Col::money, Col::money}};
  // TRANSLATORS: the legend of the money chart's lines: committed and paid so far, and the year's budget.
  Chart c{trf("Committed and disbursed in {}, cumulative, against the budget", s.filter.year),
          {{tr("committed"), colour::committed}, {tr("disbursed"), colour::paid}},
          {},
          Chart::Kind::lines};
  const bool has_budget = s.committed_permille.has_value();
  if (has_budget) c.series.emplace_back(tr("budget"), colour::limit, true);
  for (const MoneyMonth& mm : s.money_by_month) {
    m.rows.push_back({month_words(mm.month), format_money(mm.committed), format_money(mm.disbursed),
                      format_money(mm.committed_total), format_money(mm.disbursed_total)});
    Chart::Group g{month_label(mm.month, s.filter.year), {mm.committed_total.value, mm.disbursed_total.value}, {}};
    if (has_budget) g.values.push_back(s.budget.value);
    c.groups.push_back(std::move(g));
  }
  int64_t top = has_budget ? s.budget.value : 0;
  for (const MoneyMonth& mm : s.money_by_month) top = std::max(top, mm.committed_total.value);
  // The scale's top, rounded up to whole hundreds of euros, so that its labels read as round sums.
  c.top = (top + 9999) / 10000 * 10000;
  c.axis = {money_text(Cents{0}), money_text(Cents{c.top / 2}), money_text(Cents{c.top})};
  if (!c.groups.empty()) m.charts.push_back(std::move(c));
  d.sections.push_back(std::move(m));
}

// Two tables, each fitting 80 columns in either language: what each area
// applied for and was paid, and what came of it.
void area_figures(const Summary& s, Document& d) {
  const std::string success = outcome_text("success"), partial = outcome_text("partial"),
                    failed = outcome_text("failed");
  Section areas{tr("By area"),
                {tr("Area"), tr("Applications"), tr("Approved"), tr("Disbursed"), tr("Participants")},
                {},
                {Col::text, Col::number, Col::number, Col::money, Col::number}};
  // TRANSLATORS: column headings of the outcomes (success, partial, failed) per area.
  Section results{tr("Outcomes per area"),
                  {tr("Area"), tr("Success"), tr("Partial"), tr("Failed")},
                  {},
                  {Col::text, Col::number, Col::number, Col::number}};
  // TRANSLATORS: a chart's legend: bars of applications, beside bars of the status "approved".
  Chart pilots{tr("Pilots per area: applications and approvals"),
               {{tr("applications"), colour::applications}, {status_text(Status::approved), colour::approved}},
               {}};
  Chart outcomes{
      tr("Outcomes per area"), {{success, colour::success}, {partial, colour::partial}, {failed, colour::failed}}, {}};
  for (const AreaSummary& a : s.by_area) {
    areas.rows.push_back({a.name, n(a.applications), n(a.approved), format_money(a.disbursed), n(a.participants)});
    results.rows.push_back({a.name, n(a.success), n(a.partial), n(a.failed)});
    pilots.groups.push_back({a.name, {a.applications, a.approved}, {}});
    outcomes.groups.push_back({a.name, {a.success, a.partial, a.failed}, {}});
  }
  areas.charts.push_back(std::move(pilots));
  results.charts.push_back(std::move(outcomes));
  d.sections.push_back(std::move(areas));
  d.sections.push_back(std::move(results));
}

void comparison(const Summary& s, Document& d) {
  if (!s.previous_year) return;
  const YearFigures& p = *s.previous_year;
  int64_t applications = 0, approved = 0, rejected = 0;
  for (int64_t c : s.counts) applications += c;
  for (const AreaSummary& a : s.by_area) approved += a.approved;
  for (const MonthSummary& m : s.by_month) rejected += m.rejected;
  Section c{trf("Compared with {}", p.year),
            {tr("Figure"), std::to_string(p.year), std::to_string(s.filter.year)},
            {},
            {Col::text, Col::number, Col::number}};
  c.rows = {{tr("Applications"), n(p.applications), n(applications)},
            {tr("Approved"), n(p.approved), n(approved)},
            {tr("Rejected"), n(p.rejected), n(rejected)},
            {tr("Committed"), money_text(p.committed), money_text(s.committed)},
            {tr("Disbursed"), money_text(p.disbursed), money_text(s.disbursed)},
            {outcome_text("success"), n(p.success), n(s.success)},
            {outcome_text("partial"), n(p.partial), n(s.partial)},
            {outcome_text("failed"), n(p.failed), n(s.failed)},
            {tr("People reached"), n(p.participants), n(s.participants)}};
  d.sections.push_back(std::move(c));
}

}  // namespace

Document summary_document(const Summary& s) {
  Document d;
  const std::string area_ids = fmt::format("{}", fmt::join(s.filter.areas, ", "));
  // TRANSLATORS: the summary's title: the programme's name, the year (and the ids of one area or several).
  d.title = s.filter.areas.empty() ? trf("{} — summary {}", s.program_name, s.filter.year)
                                   : trnf("{} — summary {}, area {}", "{} — summary {}, areas {}",
                                          s.filter.areas.size(), s.program_name, s.filter.year, area_ids);
  const std::string period = date_shown(s.period_from) + "–" + date_shown(s.period_to);
  // TRANSLATORS: under the summary's title: the day the figures are of, and the days they cover.
  const std::string as_of = trf("as of {}, period {}", date_shown(s.made_on), period);
  d.lead = s.municipality.empty() ? as_of : s.municipality + ": " + as_of;
  key_figures(s, d);
  money_months(s, d);
  Section counts{tr("Pilots by status"), {tr("Status"), tr("Pilots")}, {}, {Col::text, Col::number}};
  for (Status st : kAllStatuses) counts.rows.push_back({status_text(st), n(s.counts[static_cast<size_t>(st)])});
  d.sections.push_back(std::move(counts));
  area_figures(s, d);
  Section types{tr("By applicant type"),
                {tr("Type"), tr("Applications"), tr("Approved")},
                {},
                {Col::text, Col::number, Col::number}};
  for (const TypeSummary& t : s.by_applicant_type)
    types.rows.push_back({applicant_type_text(t.type), n(t.applications), n(t.approved)});
  d.sections.push_back(std::move(types));
  Section months{tr("By month"),
                 {tr("Month"), tr("Applications"), tr("Approved"), tr("Rejected")},
                 {},
                 {Col::text, Col::number, Col::number, Col::number}};
  for (const MonthSummary& m : s.by_month)
    months.rows.push_back({month_words(m.month), n(m.applications), n(m.approved), n(m.rejected)});
  Chart month_chart{tr("Applications and decisions per month"),
                    {{tr("applications"), colour::applications},
                     {status_text(Status::approved), colour::approved},
                     {status_text(Status::rejected), colour::rejected}},
                    {}};
  for (const MonthSummary& m : s.by_month)
    month_chart.groups.push_back({month_words(m.month), {m.applications, m.approved, m.rejected}, {}});
  months.charts.push_back(std::move(month_chart));
  d.sections.push_back(std::move(months));
  const std::string success = outcome_text("success"), partial = outcome_text("partial"),
                    failed = outcome_text("failed");
  d.sections.push_back({tr("Outcomes"),
                        {tr("Outcome"), tr("Pilots")},
                        {{success, n(s.success)}, {partial, n(s.partial)}, {failed, n(s.failed)}},
                        {Col::text, Col::number},
                        {{tr("Outcomes of completed pilots"),
                          {{success, colour::success}, {partial, colour::partial}, {failed, colour::failed}},
                          {{tr("pilots"), {s.success, s.partial, s.failed}, {}}}}}});
  if (!s.highlights.empty()) {
    // TRANSLATORS: a section of the council's summary: the lessons of the latest completed pilots, shortened.
    Section h{tr("Latest lessons"), {}, {}, {}};
    for (const Highlight& x : s.highlights)
      h.rows.push_back({x.id, fmt::format("{} ({}, {}): {}", x.title, x.area_name, outcome_text(x.outcome), x.text)});
    d.sections.push_back(std::move(h));
  }
  comparison(s, d);
  if (!s.rejections_by_reason.empty()) {
    Section reasons{tr("Rejections by reason"),
                    {tr("Code"), tr("Reason"), tr("Rejections")},
                    {},
                    {Col::code, Col::text, Col::number}};
    for (const Summary::ReasonCount& r : s.rejections_by_reason)
      reasons.rows.push_back({r.reason.code, r.reason.text(language()), n(r.rejections)});
    d.sections.push_back(std::move(reasons));
  }
  // TRANSLATORS: access control is "on" (users and roles are configured).
  const char* const on = N_("on");
  // TRANSLATORS: the summary's footer: whether access control is on, then "Chain head: event N <hash>".
  d.footer = trf("Access control: {}. {}", s.access_control ? tr(on) : tr("off (single-user)"),
                 chain_head_footer(s.chain_head));
  return d;
}

}  // namespace minipilot

// The summary: the programme's budget and the tallies' figures, put in the order the report shows them.
#include "minipilot/reports/summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/domain/applicant.h"
#include "minipilot/reports/access.h"
#include "minipilot/store/events.h"
#include "minipilot/store/tallies.h"

namespace minipilot {

namespace {

// Every configured area (of the filter), then any other area that had applications.
void read_areas(Store& store, const Config& config, Summary& s) {
  for (const Area& a : config.areas)
    if (s.filter.areas.empty() || std::find(s.filter.areas.begin(), s.filter.areas.end(), a.id) != s.filter.areas.end())
      s.by_area.push_back({a.id, 0, 0, {}});
  const auto row_of = [&](const std::string& area) -> AreaSummary& {
    auto it = std::find_if(s.by_area.begin(), s.by_area.end(), [&](const AreaSummary& a) { return a.area == area; });
    if (it == s.by_area.end()) it = s.by_area.insert(s.by_area.end(), {area, 0, 0, {}});
    return *it;
  };
  for (AreaSummary& row : area_tallies(store, s.filter.year, s.filter.areas)) row_of(row.area) = std::move(row);
  for (const AreaOutcome& o : area_outcome_tallies(store, s.filter.year, s.filter.areas)) {
    AreaSummary& a = row_of(o.area);
    (o.outcome == "success" ? a.success : o.outcome == "partial" ? a.partial : a.failed) = o.n;
  }
  Cents grants;
  for (const Reach& r : reach_by_area(store, s.filter.year, s.filter.areas)) {
    row_of(r.area).participants = r.participants;
    s.participants += r.participants;
    grants = grants + r.grants;
  }
  // Half a cent up, as money is rounded everywhere (spec §2).
  if (s.participants > 0) s.cents_per_participant = Cents{(2 * grants.value + s.participants) / (2 * s.participants)};
  for (AreaSummary& a : s.by_area) a.name = config.area_name(a.area);
}

std::string month_text(int year, unsigned month) { return fmt::format("{:04}-{:02}", year, month); }

// The budget year's months from January to the current month (the whole
// year once it has ended), and on to the last month anything was paid in:
// a December grant may be paid in January.
void read_money(Store& store, const CivilDate& today, Summary& s) {
  const int year = s.filter.year;
  std::string last = year < today.year    ? month_text(year, 12)
                     : year == today.year ? month_text(year, today.month)
                                          : std::string();  // a year to come: only what is in it already
  const std::vector<GrantMonth> rows = grant_months(store, year);
  for (const GrantMonth& g : rows) last = std::max({last, g.approved_month, g.paid_month});
  Cents committed, disbursed;
  for (int y = year, m = 1; month_text(y, static_cast<unsigned>(m)) <= last; m == 12 ? (++y, m = 1) : ++m) {
    MoneyMonth mm{month_text(y, static_cast<unsigned>(m)), {}, {}, {}, {}};
    for (const GrantMonth& g : rows) {
      if (g.approved_month == mm.month) mm.committed = mm.committed + g.grants;
      if (g.paid_month == mm.month) mm.disbursed = mm.disbursed + g.grants;
    }
    committed = committed + mm.committed;
    disbursed = disbursed + mm.disbursed;
    mm.committed_total = committed;
    mm.disbursed_total = disbursed;
    s.money_by_month.push_back(std::move(mm));
  }
}

std::optional<int64_t> permille(Cents part, Cents whole) {
  if (whole.value <= 0) return std::nullopt;
  return (2 * 1000 * part.value + whole.value) / (2 * whole.value);
}

// The figures of the year before, when anybody applied then.
std::optional<YearFigures> read_previous(const OpContext& ctx, const SummaryFilter& filter) {
  YearFigures y;
  y.year = filter.year - 1;
  const auto counts = status_counts(ctx.store, y.year, filter.areas);
  for (int64_t n : counts) y.applications += n;
  if (y.applications == 0) return std::nullopt;
  for (const AreaSummary& a : area_tallies(ctx.store, y.year, filter.areas)) y.approved += a.approved;
  for (const MonthSummary& m : month_tallies(ctx.store, y.year, filter.areas)) y.rejected += m.rejected;
  const GrantTotals grants = grant_totals(ctx.store, y.year);
  y.committed = grants.committed;
  y.disbursed = grants.disbursed;
  for (const auto& [o, n] : outcome_tallies(ctx.store, y.year, filter.areas))
    (o == "success" ? y.success : o == "partial" ? y.partial : y.failed) = n;
  for (const Reach& r : reach_by_area(ctx.store, y.year, filter.areas)) y.participants += r.participants;
  return y;
}

// Every applicant type, in the order of kAllApplicantTypes.
void read_types(Store& store, Summary& s) {
  for (ApplicantType t : kAllApplicantTypes) s.by_applicant_type.push_back({std::string(to_string(t)), 0, 0});
  for (const auto& [type, row] : type_tallies(store, s.filter.year, s.filter.areas))
    if (const auto t = parse_applicant_type(type)) {
      auto& out = s.by_applicant_type[static_cast<size_t>(*t)];
      out.applications = row.applications;
      out.approved = row.approved;
    }
}

void read_outcomes(Store& store, Summary& s) {
  for (const auto& [o, n] : outcome_tallies(store, s.filter.year, s.filter.areas))
    (o == "success" ? s.success : o == "partial" ? s.partial : s.failed) = n;
}

void read_rejections(Store& store, const Config& config, Summary& s) {
  for (const Reason& r : config.reasons) s.rejections_by_reason.push_back({r, 0});
  for (auto& [code, n] : rejection_tallies(store, s.filter.year, s.filter.areas)) {
    auto it = std::find_if(s.rejections_by_reason.begin(), s.rejections_by_reason.end(),
                           [&](const Summary::ReasonCount& c) { return c.reason.code == code; });
    if (it == s.rejections_by_reason.end())
      s.rejections_by_reason.push_back({Reason{code, "", ""}, n});
    else
      it->rejections = n;
  }
}

}  // namespace

std::optional<int64_t> median_of_counts(const std::vector<std::pair<int64_t, int64_t>>& value_counts) {
  int64_t total = 0;
  for (const auto& [value, n] : value_counts) total += std::max<int64_t>(n, 0);
  if (total == 0) return std::nullopt;
  // The k-th smallest value, 1-based.
  const auto kth = [&](int64_t k) {
    for (const auto& [value, n] : value_counts) {
      if (n <= 0) continue;
      if (k <= n) return value;
      k -= n;
    }
    return value_counts.back().first;  // unreachable: k <= total
  };
  return total % 2 ? kth((total + 1) / 2) : (kth(total / 2) + kth(total / 2 + 1)) / 2;
}

YearBudget year_budget(const OpContext& ctx, int year) {
  YearBudget b;
  b.year = year;
  if (const auto it = ctx.config.budget.find(year); it != ctx.config.budget.end()) b.budget = it->second;
  const GrantTotals grants = grant_totals(ctx.store, year);
  b.committed = grants.committed;
  b.disbursed = grants.disbursed;
  b.remaining = b.budget.value_or(Cents{}) - b.committed;
  const int64_t grant = ctx.config.grant_amount.value;
  b.grants_left = grant > 0 ? std::max<int64_t>(b.remaining.value, 0) / grant : 0;
  return b;
}

Summary build_summary(const OpContext& ctx, const SummaryFilter& filter) {
  authorize_read(ctx, filter.areas);
  Store& store = ctx.store;
  const Config& config = ctx.config;
  Transaction snapshot = store.read();
  Summary s;
  s.filter = filter;
  s.program_name = config.program_name;
  s.access_control = !config.users.empty();
  const YearBudget budget = year_budget(ctx, filter.year);
  s.budget = budget.budget.value_or(Cents{});
  s.committed = budget.committed;
  s.disbursed = budget.disbursed;
  s.remaining = budget.remaining;
  s.counts = status_counts(store, filter.year, filter.areas);
  read_areas(store, config, s);
  read_types(store, s);
  s.by_month = month_tallies(store, filter.year, filter.areas);
  read_outcomes(store, s);
  read_rejections(store, config, s);
  s.median_seconds_to_decision = median_of_counts(duration_counts(store, filter.year, filter.areas, "decision"));
  s.median_seconds_to_payment = median_of_counts(duration_counts(store, filter.year, filter.areas, "payment"));
  s.municipality = config.municipality;
  const Date today = config.timezone.local_date(ctx.clock.now());
  s.made_on = format_date(today);
  const CivilDate now = civil(today);
  s.period_from = fmt::format("{:04}-01-01", filter.year);
  // A year that has ended, or one to come, is covered whole; the current one up to today.
  s.period_to = filter.year != now.year ? format_date(end_of_year(filter.year)) : s.made_on;
  if (budget.budget) {
    s.committed_permille = permille(s.committed, *budget.budget);
    s.disbursed_permille = permille(s.disbursed, *budget.budget);
  }
  read_money(store, now, s);
  s.outcome_due_days = config.outcome_due_days;
  // Late today, whatever the year the pilot applied in: January's summary
  // must not hide December's pilots whose reports are due now.
  s.overdue_outcomes = overdue_count(store, 0, filter.areas, format_date(Date{today.days - config.outcome_due_days}));
  for (Highlight& h : latest_outcomes(store, filter.year, filter.areas, 3)) {
    h.area_name = config.area_name(h.area);
    h.text = excerpt(h.text, 200);
    s.highlights.push_back(std::move(h));
  }
  s.previous_year = read_previous(ctx, filter);
  s.chain_head = chain_head(store);
  snapshot.commit();
  return s;
}

}  // namespace minipilot

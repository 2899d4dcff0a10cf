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
  for (AreaSummary& row : area_tallies(store, s.filter.year, s.filter.areas)) {
    auto it =
        std::find_if(s.by_area.begin(), s.by_area.end(), [&](const AreaSummary& a) { return a.area == row.area; });
    if (it == s.by_area.end()) it = s.by_area.insert(s.by_area.end(), {row.area, 0, 0, {}});
    *it = std::move(row);
  }
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
  s.chain_head = chain_head(store);
  snapshot.commit();
  return s;
}

}  // namespace minipilot

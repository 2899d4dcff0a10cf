// Summary aggregates: one query per section over the tallies the triggers keep, never over every pilot.
#include "minipilot/reports/summary.h"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/domain/applicant.h"
#include "minipilot/domain/status.h"

namespace minipilot {

namespace {

// Every figure comes from the tallies and durations that triggers keep (schema
// 4): a few hundred rows whatever the number of pilots. ?1 = year, ?2 = area.
constexpr const char* kWhere = " FROM tallies WHERE year = ?1 AND (?2 = '' OR area = ?2) ";
constexpr const char* kHeld = "(status = 'approved' OR status = 'disbursed' OR status = 'completed')";
constexpr const char* kPaid = "(status = 'disbursed' OR status = 'completed')";

SQLite::Statement query(Ledger& ledger, const SummaryFilter& f, const std::string& sql) {
  SQLite::Statement q(ledger.db(), sql);
  q.bind(1, f.year);
  q.bind(2, f.area);
  return q;
}

void read_money(Ledger& ledger, Summary& s) {
  // Programme-wide: grants approved in the year, whatever their area or year of application.
  SQLite::Statement q(ledger.db(),
                      fmt::format("SELECT coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0), "
                                  "coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0) "
                                  "FROM tallies WHERE approved_year = ?",
                                  kHeld, kPaid));
  q.bind(1, s.filter.year);
  q.executeStep();
  s.committed = Cents{q.getColumn(0).getInt64()};
  s.disbursed = Cents{q.getColumn(1).getInt64()};
}

void read_counts(Ledger& ledger, Summary& s) {
  auto q = query(ledger, s.filter, std::string("SELECT status, SUM(n)") + kWhere + "GROUP BY status");
  while (q.executeStep())
    if (const auto st = parse_status(q.getColumn(0).getString()))
      s.counts[static_cast<size_t>(*st)] = q.getColumn(1).getInt64();
}

void read_areas(Ledger& ledger, const Config& config, Summary& s) {
  for (const Area& a : config.areas)
    if (s.filter.area.empty() || a.id == s.filter.area) s.by_area.push_back({a.id, 0, 0, {}});
  auto q = query(ledger, s.filter,
                 fmt::format("SELECT area, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END), "
                             "SUM(CASE WHEN {} THEN grant_cents ELSE 0 END){}GROUP BY area "
                             "HAVING SUM(n) > 0 ORDER BY area",
                             kHeld, kPaid, kWhere));
  while (q.executeStep()) {
    const std::string area = q.getColumn(0).getString();
    auto it = std::find_if(s.by_area.begin(), s.by_area.end(),
                           [&](const AreaSummary& a) { return a.area == area; });
    if (it == s.by_area.end()) it = s.by_area.insert(s.by_area.end(), {area, 0, 0, {}});
    *it = {area, q.getColumn(1).getInt64(), q.getColumn(2).getInt64(), Cents{q.getColumn(3).getInt64()}};
  }
}

void read_types(Ledger& ledger, Summary& s) {
  for (ApplicantType t : kAllApplicantTypes) s.by_applicant_type.push_back({std::string(to_string(t)), 0, 0});
  auto q = query(ledger, s.filter,
                 fmt::format("SELECT type, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END){}GROUP BY type", kHeld,
                             kWhere));
  while (q.executeStep()) {
    const auto t = parse_applicant_type(q.getColumn(0).getString());
    if (!t) continue;
    auto& row = s.by_applicant_type[static_cast<size_t>(*t)];
    row.applications = q.getColumn(1).getInt64();
    row.approved = q.getColumn(2).getInt64();
  }
}

void read_months(Ledger& ledger, Summary& s) {
  auto q = query(ledger, s.filter,
                 fmt::format("SELECT month, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END), "
                             "SUM(CASE WHEN status = 'rejected' THEN n ELSE 0 END){}GROUP BY month "
                             "HAVING SUM(n) > 0 ORDER BY month",
                             kHeld, kWhere));
  while (q.executeStep())
    s.by_month.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                          q.getColumn(3).getInt64()});
}

void read_outcomes(Ledger& ledger, Summary& s) {
  auto q = query(ledger, s.filter, std::string("SELECT outcome, SUM(n)") + kWhere + "AND outcome <> '' GROUP BY outcome");
  while (q.executeStep()) {
    const std::string o = q.getColumn(0).getString();
    (o == "success" ? s.success : o == "partial" ? s.partial : s.failed) = q.getColumn(1).getInt64();
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

namespace {

std::optional<int64_t> median_seconds(Ledger& ledger, const SummaryFilter& f, const char* kind) {
  SQLite::Statement q(ledger.db(),
                      "SELECT minutes, SUM(n) FROM durations WHERE year = ?1 AND kind = ?3 "
                      "AND (?2 = '' OR area = ?2) GROUP BY minutes ORDER BY minutes");
  q.bind(1, f.year);
  q.bind(2, f.area);
  q.bind(3, kind);
  std::vector<std::pair<int64_t, int64_t>> counts;
  while (q.executeStep()) counts.emplace_back(q.getColumn(0).getInt64() * 60, q.getColumn(1).getInt64());
  return median_of_counts(counts);
}

}  // namespace

Summary build_summary(Ledger& ledger, const Config& config, const SummaryFilter& filter) {
  SQLite::Transaction snapshot = ledger.read();
  Summary s;
  s.filter = filter;
  s.program_name = config.program_name;
  s.access_control = !config.users.empty();
  const auto budget = config.budget.find(filter.year);
  s.budget = budget == config.budget.end() ? Cents{} : budget->second;
  read_money(ledger, s);
  s.remaining = s.budget - s.committed;
  read_counts(ledger, s);
  read_areas(ledger, config, s);
  read_types(ledger, s);
  read_months(ledger, s);
  read_outcomes(ledger, s);
  s.median_seconds_to_decision = median_seconds(ledger, filter, "decision");
  s.median_seconds_to_payment = median_seconds(ledger, filter, "payment");
  s.chain_head = chain_head(ledger.db());
  snapshot.commit();
  return s;
}

std::string days_text(int64_t seconds) {
  const int64_t tenths = (seconds * 10 + 43200) / 86400;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

}  // namespace minipilot

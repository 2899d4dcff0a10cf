// Summary aggregates: one query per section, each a GROUP BY over the pilots of the year.
#include "minipilot/reports/summary.h"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/domain/applicant.h"
#include "minipilot/domain/status.h"
#include "minipilot/ops/decide.h"

namespace minipilot {

namespace {

// The WHERE clause shared by every section, with ?1 = year and ?2 = area.
constexpr const char* kWhere = " FROM pilots p WHERE p.year = ?1 AND (?2 = '' OR p.area = ?2) ";
constexpr const char* kHeld = "p.status IN ('approved', 'disbursed', 'completed')";
constexpr const char* kPaid = "p.status IN ('disbursed', 'completed')";

SQLite::Statement query(Ledger& ledger, const SummaryFilter& f, const std::string& sql) {
  SQLite::Statement q(ledger.db(), sql);
  q.bind(1, f.year);
  q.bind(2, f.area);
  return q;
}

void read_counts(Ledger& ledger, Summary& s) {
  auto q = query(ledger, s.filter,
                 std::string("SELECT p.status, COUNT(*)") + kWhere + "GROUP BY p.status");
  while (q.executeStep())
    if (const auto st = parse_status(q.getColumn(0).getString()))
      s.counts[static_cast<size_t>(*st)] = q.getColumn(1).getInt64();
}

void read_areas(Ledger& ledger, const Config& config, Summary& s) {
  for (const Area& a : config.areas)
    if (s.filter.area.empty() || a.id == s.filter.area) s.by_area.push_back({a.id, 0, 0, {}});
  auto q = query(ledger, s.filter,
                 fmt::format("SELECT p.area, COUNT(*), SUM({}), "
                             "SUM(CASE WHEN {} THEN p.grant_cents ELSE 0 END){}GROUP BY p.area "
                             "ORDER BY p.area",
                             kHeld, kPaid, kWhere));
  while (q.executeStep()) {
    const std::string area = q.getColumn(0).getString();
    auto it = std::find_if(s.by_area.begin(), s.by_area.end(),
                           [&](const AreaSummary& a) { return a.area == area; });
    if (it == s.by_area.end()) it = s.by_area.insert(s.by_area.end(), {area, 0, 0, {}});
    *it = {area, q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
           Cents{q.getColumn(3).getInt64()}};
  }
}

void read_types(Ledger& ledger, Summary& s) {
  for (ApplicantType t : kAllApplicantTypes) s.by_applicant_type.push_back({std::string(to_string(t)), 0, 0});
  auto q = query(ledger, s.filter,
                 fmt::format("SELECT a.type, COUNT(*), SUM({}) FROM pilots p "
                             "JOIN applicants a ON a.id = p.applicant_id "
                             "WHERE p.year = ?1 AND (?2 = '' OR p.area = ?2) GROUP BY a.type",
                             kHeld));
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
                 fmt::format("SELECT substr(p.submitted_at, 1, 7) AS m, COUNT(*), SUM({}), "
                             "SUM(p.status = 'rejected'){}GROUP BY m ORDER BY m",
                             kHeld, kWhere));
  while (q.executeStep())
    s.by_month.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(),
                          q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
}

void read_outcomes(Ledger& ledger, Summary& s) {
  auto q = query(ledger, s.filter,
                 std::string("SELECT p.outcome, COUNT(*)") + kWhere +
                     "AND p.outcome IS NOT NULL GROUP BY p.outcome");
  while (q.executeStep()) {
    const std::string o = q.getColumn(0).getString();
    (o == "success" ? s.success : o == "partial" ? s.partial : s.failed) = q.getColumn(1).getInt64();
  }
}

// The median of `seconds` (an SQL expression) over the rows of `from`, found
// by SQLite's sort so that no list of a million durations is built here.
std::optional<int64_t> median_seconds(Ledger& ledger, const SummaryFilter& f, const std::string& seconds,
                                      const std::string& from) {
  auto count = query(ledger, f, "SELECT COUNT(*) " + from);
  count.executeStep();
  const int64_t n = count.getColumn(0).getInt64();
  if (n == 0) return std::nullopt;
  auto q = query(ledger, f, "SELECT " + seconds + " AS d " + from + " ORDER BY d LIMIT ?3 OFFSET ?4");
  q.bind(3, n % 2 ? 1 : 2);
  q.bind(4, (n - 1) / 2);
  int64_t sum = 0, k = 0;
  while (q.executeStep()) sum += q.getColumn(0).getInt64(), ++k;
  return sum / k;
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
  s.committed = committed_in_year(ledger.db(), filter.year);
  SQLite::Statement paid(ledger.db(),
                         "SELECT COALESCE(SUM(grant_cents), 0) FROM pilots WHERE approved_year = ? "
                         "AND status IN ('disbursed', 'completed')");
  paid.bind(1, filter.year);
  paid.executeStep();
  s.disbursed = Cents{paid.getColumn(0).getInt64()};
  s.remaining = s.budget - s.committed;
  read_counts(ledger, s);
  read_areas(ledger, config, s);
  read_types(ledger, s);
  read_months(ledger, s);
  read_outcomes(ledger, s);
  s.median_seconds_to_decision =
      median_seconds(ledger, filter, "unixepoch(p.decided_at) - unixepoch(p.submitted_at)",
                     std::string(kWhere) + "AND p.decided_at IS NOT NULL");
  s.median_seconds_to_payment = median_seconds(
      ledger, filter, "unixepoch(b.created_at) - unixepoch(p.submitted_at)",
      "FROM pilots p JOIN payments y ON y.pilot_id = p.id AND y.live = 1 "
      "JOIN batches b ON b.id = y.batch_id WHERE p.year = ?1 AND (?2 = '' OR p.area = ?2)");
  s.chain_head = chain_head(ledger.db());
  snapshot.commit();
  return s;
}

std::string days_text(int64_t seconds) {
  const int64_t tenths = (seconds * 10 + 43200) / 86400;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

}  // namespace minipilot

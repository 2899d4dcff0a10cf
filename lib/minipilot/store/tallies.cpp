// Summary aggregates on SQLite: one query per section over the tallies, never over every pilot.
#include "minipilot/store/tallies.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/domain/status.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

// ?1 = year, ?2 = areas (json_list: empty for every area).
constexpr const char* kAreas = "(json_array_length(?2) = 0 OR area IN (SELECT value FROM json_each(?2)))";
const std::string kWhere = std::string(" FROM tallies WHERE year = ?1 AND ") + kAreas + " ";
constexpr const char* kHeld = "(status = 'approved' OR status = 'disbursed' OR status = 'completed')";
constexpr const char* kPaid = "(status = 'disbursed' OR status = 'completed')";

SQLite::Statement query(Store& store, int year, const std::vector<std::string>& areas, const std::string& sql) {
  SQLite::Statement q(engine(store).db(), sql);
  q.bind(1, year);
  q.bind(2, json_list(areas));
  return q;
}

}  // namespace

GrantTotals grant_totals(Store& store, int year) {
  SQLite::Statement q(engine(store).db(), fmt::format("SELECT coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0), "
                                                      "coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0) "
                                                      "FROM tallies WHERE approved_year = ?",
                                                      kHeld, kPaid));
  q.bind(1, year);
  q.executeStep();
  return {Cents{q.getColumn(0).getInt64()}, Cents{q.getColumn(1).getInt64()}};
}

std::array<int64_t, 6> status_counts(Store& store, int year, const std::vector<std::string>& areas) {
  std::array<int64_t, 6> counts{};
  auto q = query(store, year, areas, std::string("SELECT status, SUM(n)") + kWhere + "GROUP BY status");
  while (q.executeStep())
    if (const auto st = parse_status(q.getColumn(0).getString()))
      counts[static_cast<size_t>(*st)] = q.getColumn(1).getInt64();
  return counts;
}

std::vector<AreaSummary> area_tallies(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 fmt::format("SELECT area, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END), "
                             "SUM(CASE WHEN {} THEN grant_cents ELSE 0 END){}GROUP BY area "
                             "HAVING SUM(n) > 0 ORDER BY area",
                             kHeld, kPaid, kWhere));
  std::vector<AreaSummary> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                   Cents{q.getColumn(3).getInt64()}});
  return out;
}

std::vector<std::pair<std::string, TypeSummary>> type_tallies(Store& store, int year,
                                                              const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 fmt::format("SELECT type, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END){}GROUP BY type", kHeld, kWhere));
  std::vector<std::pair<std::string, TypeSummary>> out;
  while (q.executeStep()) {
    const std::string type = q.getColumn(0).getString();
    out.push_back({type, TypeSummary{type, q.getColumn(1).getInt64(), q.getColumn(2).getInt64()}});
  }
  return out;
}

std::vector<MonthSummary> month_tallies(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 fmt::format("SELECT month, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END), "
                             "SUM(CASE WHEN status = 'rejected' THEN n ELSE 0 END){}GROUP BY month "
                             "HAVING SUM(n) > 0 ORDER BY month",
                             kHeld, kWhere));
  std::vector<MonthSummary> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
  return out;
}

std::vector<std::pair<std::string, int64_t>> rejection_tallies(Store& store, int year,
                                                               const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT reject_code, COUNT(*) FROM pilots WHERE year = ?1 AND reject_code <> '' AND ") +
                     kAreas + " GROUP BY reject_code ORDER BY reject_code");
  std::vector<std::pair<std::string, int64_t>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  return out;
}

std::vector<std::pair<std::string, int64_t>> outcome_tallies(Store& store, int year,
                                                             const std::vector<std::string>& areas) {
  auto q =
      query(store, year, areas, std::string("SELECT outcome, SUM(n)") + kWhere + "AND outcome <> '' GROUP BY outcome");
  std::vector<std::pair<std::string, int64_t>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  return out;
}

std::vector<std::pair<int64_t, int64_t>> duration_counts(Store& store, int year, const std::vector<std::string>& areas,
                                                         const char* kind) {
  SQLite::Statement q(engine(store).db(),
                      std::string("SELECT minutes, SUM(n) FROM durations WHERE year = ?1 AND kind = ?3 AND ") + kAreas +
                          " GROUP BY minutes ORDER BY minutes");
  q.bind(1, year);
  q.bind(2, json_list(areas));
  q.bind(3, kind);
  std::vector<std::pair<int64_t, int64_t>> counts;
  while (q.executeStep()) counts.emplace_back(q.getColumn(0).getInt64() * 60, q.getColumn(1).getInt64());
  return counts;
}

std::vector<AreaOutcome> area_outcome_tallies(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT area, outcome, SUM(n)") + kWhere +
                     "AND outcome <> '' GROUP BY area, outcome HAVING SUM(n) > 0 ORDER BY area, outcome");
  std::vector<AreaOutcome> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64()});
  return out;
}

std::vector<Reach> reach_by_area(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT area, SUM(participants), SUM(grant_cents) FROM pilots INDEXED BY pilots_completed "
                             "WHERE status = 'completed' AND year = ?1 AND participants IS NOT NULL AND ") +
                     kAreas + " GROUP BY area ORDER BY area");
  std::vector<Reach> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), Cents{q.getColumn(2).getInt64()}});
  return out;
}

std::vector<GrantMonth> grant_months(Store& store, int year) {
  SQLite::Statement q(engine(store).db(),
                      "SELECT approved_month, paid_month, grant_cents FROM grant_months "
                      "WHERE approved_year = ? AND n > 0 ORDER BY approved_month, paid_month");
  q.bind(1, year);
  std::vector<GrantMonth> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), Cents{q.getColumn(2).getInt64()}});
  return out;
}

int64_t overdue_count(Store& store, int year, const std::vector<std::string>& areas, const std::string& cutoff) {
  auto q = query(store, year, areas,
                 std::string("SELECT COUNT(*) FROM pilots INDEXED BY pilots_outcome_due WHERE status = 'disbursed' "
                             "AND coalesce(end_date, paid_on) < ?3 AND (?1 = 0 OR year = ?1) AND ") +
                     kAreas);
  q.bind(3, cutoff);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<Highlight> latest_outcomes(Store& store, int year, const std::vector<std::string>& areas, int limit) {
  auto q = query(store, year, areas,
                 std::string("SELECT id, title, area, outcome, completed_at, "
                             "CASE WHEN lessons <> '' THEN lessons ELSE outcome_summary END "
                             "FROM pilots INDEXED BY pilots_completed WHERE status = 'completed' AND year = ?1 "
                             "AND (lessons <> '' OR outcome_summary <> '') AND ") +
                     kAreas + " ORDER BY completed_at DESC, seq DESC LIMIT ?3");
  q.bind(3, limit);
  std::vector<Highlight> out;
  while (q.executeStep()) {
    Highlight h;
    h.id = q.getColumn(0).getString();
    h.title = q.getColumn(1).getString();
    h.area = q.getColumn(2).getString();
    h.outcome = q.getColumn(3).getString();
    h.completed_at = q.getColumn(4).getString();
    h.text = q.getColumn(5).getString();
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace minipilot

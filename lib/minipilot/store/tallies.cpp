// Summary aggregates on SQLite: one query per section over the tallies, never over every pilot.
#include "minipilot/store/tallies.h"

#include <fmt/format.h>

#include "minipilot/domain/status.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

// SQLite's planner is told the index that serves a query (it chose a scan of every pilot otherwise);
// PostgreSQL's has statistics and no such clause.
std::string indexed_by(Store& store, const char* index) {
  return engine(store).sql().engine() == sql::Engine::sqlite ? std::string(" INDEXED BY ") + index : "";
}

// ?1 = year, ?2 = areas (json_list: empty for every area).
constexpr const char* kAreas = "(json_array_length(?2) = 0 OR area IN (SELECT value FROM json_each(?2)))";
const std::string kWhere = std::string(" FROM tallies WHERE year = ?1 AND ") + kAreas + " ";
constexpr const char* kHeld = "(status = 'approved' OR status = 'disbursed' OR status = 'completed')";
constexpr const char* kPaid = "(status = 'disbursed' OR status = 'completed')";

sql::Statement query(Store& store, int year, const std::vector<std::string>& areas, const std::string& sql) {
  sql::Statement q(engine(store).sql(), sql);
  q.bind(1, year);
  q.bind(2, json_list(areas));
  return q;
}

}  // namespace

GrantTotals grant_totals(Store& store, int year) {
  sql::Statement q(engine(store).sql(), fmt::format("SELECT coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0), "
                                                    "coalesce(SUM(CASE WHEN {} THEN grant_cents END), 0) "
                                                    "FROM tallies WHERE approved_year = ?",
                                                    kHeld, kPaid));
  q.bind(1, year);
  q.step();
  return {Cents{q.column(0).int64()}, Cents{q.column(1).int64()}};
}

std::array<int64_t, 6> status_counts(Store& store, int year, const std::vector<std::string>& areas) {
  std::array<int64_t, 6> counts{};
  auto q = query(store, year, areas, std::string("SELECT status, SUM(n)") + kWhere + "GROUP BY status");
  while (q.step())
    if (const auto st = parse_status(q.column(0).text())) counts[static_cast<size_t>(*st)] = q.column(1).int64();
  return counts;
}

std::vector<AreaSummary> area_tallies(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 fmt::format("SELECT area, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END), "
                             "SUM(CASE WHEN {} THEN grant_cents ELSE 0 END){}GROUP BY area "
                             "HAVING SUM(n) > 0 ORDER BY area",
                             kHeld, kPaid, kWhere));
  std::vector<AreaSummary> out;
  while (q.step())
    out.push_back({q.column(0).text(), q.column(1).int64(), q.column(2).int64(), Cents{q.column(3).int64()}});
  return out;
}

std::vector<std::pair<std::string, TypeSummary>> type_tallies(Store& store, int year,
                                                              const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 fmt::format("SELECT type, SUM(n), SUM(CASE WHEN {} THEN n ELSE 0 END){}GROUP BY type", kHeld, kWhere));
  std::vector<std::pair<std::string, TypeSummary>> out;
  while (q.step()) {
    const std::string type = q.column(0).text();
    out.push_back({type, TypeSummary{type, q.column(1).int64(), q.column(2).int64()}});
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
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).int64(), q.column(2).int64(), q.column(3).int64()});
  return out;
}

std::vector<std::pair<std::string, int64_t>> rejection_tallies(Store& store, int year,
                                                               const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT reject_code, COUNT(*) FROM pilots WHERE year = ?1 AND reject_code <> '' AND ") +
                     kAreas + " GROUP BY reject_code ORDER BY reject_code");
  std::vector<std::pair<std::string, int64_t>> out;
  while (q.step()) out.emplace_back(q.column(0).text(), q.column(1).int64());
  return out;
}

std::vector<std::pair<std::string, int64_t>> outcome_tallies(Store& store, int year,
                                                             const std::vector<std::string>& areas) {
  auto q =
      query(store, year, areas, std::string("SELECT outcome, SUM(n)") + kWhere + "AND outcome <> '' GROUP BY outcome");
  std::vector<std::pair<std::string, int64_t>> out;
  while (q.step()) out.emplace_back(q.column(0).text(), q.column(1).int64());
  return out;
}

std::vector<std::pair<int64_t, int64_t>> duration_counts(Store& store, int year, const std::vector<std::string>& areas,
                                                         const char* kind) {
  sql::Statement q(engine(store).sql(),
                   std::string("SELECT minutes, SUM(n) FROM durations WHERE year = ?1 AND kind = ?3 AND ") + kAreas +
                       " GROUP BY minutes ORDER BY minutes");
  q.bind(1, year);
  q.bind(2, json_list(areas));
  q.bind(3, kind);
  std::vector<std::pair<int64_t, int64_t>> counts;
  while (q.step()) counts.emplace_back(q.column(0).int64() * 60, q.column(1).int64());
  return counts;
}

std::vector<AreaOutcome> area_outcome_tallies(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT area, outcome, SUM(n)") + kWhere +
                     "AND outcome <> '' GROUP BY area, outcome HAVING SUM(n) > 0 ORDER BY area, outcome");
  std::vector<AreaOutcome> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).text(), q.column(2).int64()});
  return out;
}

std::vector<Reach> reach_by_area(Store& store, int year, const std::vector<std::string>& areas) {
  auto q = query(store, year, areas,
                 std::string("SELECT area, SUM(participants), SUM(grant_cents) FROM pilots" +
                             indexed_by(store, "pilots_completed") +
                             " "
                             "WHERE status = 'completed' AND year = ?1 AND participants IS NOT NULL AND ") +
                     kAreas + " GROUP BY area ORDER BY area");
  std::vector<Reach> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).int64(), Cents{q.column(2).int64()}});
  return out;
}

std::vector<GrantMonth> grant_months(Store& store, int year) {
  sql::Statement q(engine(store).sql(),
                   "SELECT approved_month, paid_month, grant_cents FROM grant_months "
                   "WHERE approved_year = ? AND n > 0 ORDER BY approved_month, paid_month");
  q.bind(1, year);
  std::vector<GrantMonth> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).text(), Cents{q.column(2).int64()}});
  return out;
}

int64_t overdue_count(Store& store, int year, const std::vector<std::string>& areas, const std::string& cutoff) {
  auto q = query(store, year, areas,
                 "SELECT COUNT(*) FROM pilots" + indexed_by(store, "pilots_outcome_due") +
                     " WHERE status = 'disbursed' AND coalesce(end_date, paid_on) < ?3 AND (?1 = 0 OR year = ?1) AND " +
                     kAreas);
  q.bind(3, cutoff);
  q.step();
  return q.column(0).int64();
}

std::vector<Highlight> latest_outcomes(Store& store, int year, const std::vector<std::string>& areas, int limit) {
  auto q = query(store, year, areas,
                 std::string("SELECT id, title, area, outcome, completed_at, "
                             "CASE WHEN lessons <> '' THEN lessons ELSE outcome_summary END "
                             "FROM pilots" +
                             indexed_by(store, "pilots_completed") +
                             " WHERE status = 'completed' AND year = ?1 "
                             "AND (lessons <> '' OR outcome_summary <> '') AND ") +
                     kAreas + " ORDER BY completed_at DESC, seq DESC LIMIT ?3");
  q.bind(3, limit);
  std::vector<Highlight> out;
  while (q.step()) {
    Highlight h;
    h.id = q.column(0).text();
    h.title = q.column(1).text();
    h.area = q.column(2).text();
    h.outcome = q.column(3).text();
    h.completed_at = q.column(4).text();
    h.text = q.column(5).text();
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace minipilot

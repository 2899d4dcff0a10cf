// Every column of every row about one person: SELECT * so that a column added later is exported too.
#include "minipilot/reports/person.h"

#include <SQLiteCpp/Statement.h>

namespace minipilot {

namespace {

// The salts are not the person's data but the ledger's keys to its commitments.
bool exported(const std::string& column) { return column != "salt" && column != "match_key"; }

std::vector<Row> rows(SQLite::Statement& q) {
  std::vector<Row> out;
  while (q.executeStep()) {
    Row r;
    for (int c = 0; c < q.getColumnCount(); ++c) {
      const std::string name = q.getColumnName(c);
      if (!exported(name)) continue;
      const SQLite::Column v = q.getColumn(c);
      if (v.isNull()) r.push_back({name, Cell::Kind::null, "", 0});
      else if (v.isInteger()) r.push_back({name, Cell::Kind::integer, "", v.getInt64()});
      else r.push_back({name, Cell::Kind::text, v.getString(), 0});
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<PersonRecord> export_person(Ledger& ledger, const PersonKey& key) {
  SQLite::Transaction snapshot = ledger.read();
  auto& db = ledger.db();
  std::vector<PersonRecord> out;
  for (const int64_t id : find_person(db, key)) {
    PersonRecord p;
    SQLite::Statement a(db, "SELECT * FROM applicants WHERE id = ?");
    a.bind(1, id);
    p.applicant = rows(a).at(0);
    SQLite::Statement pilots(db, "SELECT * FROM pilots WHERE applicant_id = ? ORDER BY year, seq");
    pilots.bind(1, id);
    p.pilots = rows(pilots);
    SQLite::Statement changes(db, "SELECT * FROM applicant_changes WHERE applicant_id = ? ORDER BY seq");
    changes.bind(1, id);
    p.changes = rows(changes);
    SQLite::Statement pay(db,
                          "SELECT y.*, b.execution_date FROM payments y JOIN batches b ON b.id = y.batch_id "
                          "JOIN pilots p ON p.id = y.pilot_id WHERE p.applicant_id = ? ORDER BY b.year, b.seq");
    pay.bind(1, id);
    p.payments = rows(pay);
    out.push_back(std::move(p));
  }
  snapshot.commit();
  return out;
}

}  // namespace minipilot

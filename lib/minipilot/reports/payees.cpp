// The payees report: one GROUP BY over live payments.
#include "minipilot/reports/payees.h"

#include <SQLiteCpp/Statement.h>

namespace minipilot {

std::vector<PayeeTotal> payee_totals(Ledger& ledger, int year, ChainHead* head) {
  SQLite::Transaction snapshot = ledger.read();
  SQLite::Statement q(ledger.db(),
                      "SELECT CAST(substr(b.execution_date, 1, 4) AS INTEGER) AS y, p.payee_name, p.iban, "
                      "COUNT(*), SUM(p.amount_cents) FROM payments p JOIN batches b ON b.id = p.batch_id "
                      "WHERE p.live = 1 AND (?1 = 0 OR y = ?1) GROUP BY y, p.payee_name, p.iban "
                      "ORDER BY y, p.payee_name, p.iban");
  q.bind(1, year);
  std::vector<PayeeTotal> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getInt64(), Cents{q.getColumn(4).getInt64()}});
  if (head) *head = chain_head(ledger.db());
  snapshot.commit();
  return out;
}

}  // namespace minipilot

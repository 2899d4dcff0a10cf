// Reading batches and their payments.
#include "minipilot/reports/batch_view.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/ledger/columns.h"

namespace minipilot {

namespace {

constexpr const char* kBatchColumns =
    "SELECT id, execution_date, created_at, created_by, state, voided_at, void_reason, "
    "payer_name, payer_iban, payer_bic, sepa_version, csv_delimiter, csv_decimal, csv_bom "
    "FROM batches ";

BatchView read_batch(SQLite::Statement& q) {
  BatchView b;
  b.id = text_column(q, 0);
  b.execution_date = text_column(q, 1);
  b.created_at = text_column(q, 2);
  b.created_by = text_column(q, 3);
  b.state = text_column(q, 4);
  b.voided_at = text_column(q, 5);
  b.void_reason = text_column(q, 6);
  b.payer = Payer{text_column(q, 7), text_column(q, 8), text_column(q, 9)};
  b.sepa_version = text_column(q, 10);
  b.csv = CsvDialect{text_column(q, 11).at(0), text_column(q, 12).at(0), q.getColumn(13).getInt() != 0};
  return b;
}

void read_payments(Ledger& ledger, BatchView& b) {
  SQLite::Statement q(ledger.db(),
                      "SELECT y.pilot_id, y.payee_name, y.iban, y.bic, y.amount_cents, y.message, "
                      "y.state, y.returned_at, y.return_reason FROM payments y "
                      "JOIN pilots p ON p.id = y.pilot_id WHERE y.batch_id = ? ORDER BY p.year, p.seq");
  q.bind(1, b.id);
  while (q.executeStep())
    b.payments.push_back(PaymentView{text_column(q, 0), text_column(q, 1), text_column(q, 2), text_column(q, 3),
                                     Cents{q.getColumn(4).getInt64()}, text_column(q, 5), text_column(q, 6),
                                     text_column(q, 7), text_column(q, 8)});
}

}  // namespace

Cents BatchView::total() const {
  Cents sum;
  for (const PaymentView& p : payments) sum = sum + p.amount;
  return sum;
}

BatchView load_batch(Ledger& ledger, BatchId id) {
  SQLite::Statement q(ledger.db(), std::string(kBatchColumns) + "WHERE id = ?");
  q.bind(1, format_batch_id(id));
  if (!q.executeStep())
    throw Error(ErrorKind::not_found, fmt::format("no batch {}", format_batch_id(id)),
                "'minipilot report payments' lists the batches");
  BatchView b = read_batch(q);
  read_payments(ledger, b);
  return b;
}

std::vector<BatchView> load_batches(Ledger& ledger, int year, ChainHead* head) {
  SQLite::Transaction snapshot = ledger.read();  // the batches and their payments as of one moment
  std::vector<BatchView> out;
  {
    SQLite::Statement q(ledger.db(), std::string(kBatchColumns) + "WHERE ?1 = 0 OR year = ?1 ORDER BY year, seq");
    q.bind(1, year);
    while (q.executeStep()) out.push_back(read_batch(q));
  }
  for (BatchView& b : out) read_payments(ledger, b);
  if (head) *head = chain_head(ledger.db());
  snapshot.commit();
  return out;
}

}  // namespace minipilot

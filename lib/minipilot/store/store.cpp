// Transactions on the SQLite ledger behind the engine-neutral handle.
#include "minipilot/store/store.h"

#include <optional>

#include "minipilot/ledger/ledger.h"

namespace minipilot {

struct Transaction::Impl {
  std::optional<WriteTransaction> write;
  std::optional<SQLite::Transaction> read;
};

Transaction::Transaction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Transaction::Transaction(Transaction&&) noexcept = default;
Transaction::~Transaction() = default;

void Transaction::commit() {
  if (impl_->write) impl_->write->commit();
  if (impl_->read) impl_->read->commit();
}

Ledger& engine(const Store& store) {
  if (!store.ledger_) store.ledger_ = &store.open_();
  return *store.ledger_;
}

Transaction Store::write(Timestamp now) {
  auto impl = std::make_unique<Transaction::Impl>();
  impl->write.emplace(engine(*this).db(), now);
  return Transaction(std::move(impl));
}

Transaction Store::rehearse() {
  auto impl = std::make_unique<Transaction::Impl>();
  impl->write.emplace(engine(*this).db(), std::nullopt);
  return Transaction(std::move(impl));
}

Transaction Store::read() {
  auto impl = std::make_unique<Transaction::Impl>();
  impl->read.emplace(engine(*this).db(), SQLite::TransactionBehavior::DEFERRED);
  return Transaction(std::move(impl));
}

void Store::expect_bulk() {
  // 32 MiB (docs/performance.md): with the default 2 MiB an import of 100,000
  // rows read 222,000 pages back, with a cache its size 22,000; 16, 64 and
  // 256 MiB took it from 2.56 s to 2.39, 2.33 and 2.30 s. 32 MiB keeps a
  // million-row import at 75 MiB, under issue 18's 100 MiB.
  engine(*this).db().exec("PRAGMA cache_size = -32768");
}

int64_t Store::changes() const { return ledger_ ? ledger_->sql().total_changes() : 0; }

}  // namespace minipilot

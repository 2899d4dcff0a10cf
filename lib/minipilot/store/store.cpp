// Transactions on the ledger behind the engine-neutral handle, on either engine.
#include "minipilot/store/store.h"

#include "minipilot/core/i18n.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

// Read under the write lock: no other writer can append after this.
void check_clock(sql::Connection& db, Timestamp now) {
  sql::Statement last(db, "SELECT seq, at FROM events ORDER BY seq DESC LIMIT 1");
  if (!last.step()) return;
  const std::string at = last.column(1).text();
  const Checked<Timestamp> t = parse_timestamp(at);
  if (!t.ok())
    throw Error(ErrorKind::integrity,
                trf("the ledger's last event (event {}) has no valid time: '{}'", last.column(0).int64(), at),
                tr("run 'minipilot verify'; the ledger was changed outside minipilot"));
  if (now < t.value)
    throw Error(ErrorKind::config,
                trf("the clock reads {}, earlier than the ledger's last event (event {} at {})", format_timestamp(now),
                    last.column(0).int64(), at),
                tr("events never go back in time: set the computer's clock right (or $MINIPILOT_NOW in a test)"));
}

}  // namespace

struct Transaction::Impl {
  explicit Impl(sql::Connection& c, sql::Mode mode) : db(&c) { db->begin(mode); }
  ~Impl() {
    if (db) db->rollback();
  }
  sql::Connection* db;  // nullptr once committed
};

Transaction::Transaction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Transaction::Transaction(Transaction&&) noexcept = default;
Transaction::~Transaction() = default;

void Transaction::commit() {
  impl_->db->commit();
  impl_->db = nullptr;
}

Ledger& engine(const Store& store) {
  if (!store.ledger_) store.ledger_ = &store.open_();
  return *store.ledger_;
}

Transaction Store::write(Timestamp now) {
  auto impl = std::make_unique<Transaction::Impl>(engine(*this).sql(), sql::Mode::write);
  check_clock(engine(*this).sql(), now);
  return Transaction(std::move(impl));
}

Transaction Store::rehearse() {
  return Transaction(std::make_unique<Transaction::Impl>(engine(*this).sql(), sql::Mode::write));
}

Transaction Store::read() {
  return Transaction(std::make_unique<Transaction::Impl>(engine(*this).sql(), sql::Mode::read));
}

void Store::expect_bulk() {
  // 32 MiB (docs/performance.md): with the default 2 MiB an import of 100,000
  // rows read 222,000 pages back, with a cache its size 22,000; 16, 64 and
  // 256 MiB took it from 2.56 s to 2.39, 2.33 and 2.30 s. 32 MiB keeps a
  // million-row import at 75 MiB, under issue 18's 100 MiB. (PostgreSQL's
  // cache is the server's.)
  if (engine(*this).sql().engine() == sql::Engine::sqlite) engine(*this).sql().run_script("PRAGMA cache_size = -32768");
}

int64_t Store::changes() const { return ledger_ ? ledger_->sql().total_changes() : 0; }

}  // namespace minipilot

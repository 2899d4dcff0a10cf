// Transactions on the ledger behind the engine-neutral handle, on either engine.
#include "minipilot/store/store.h"

#include "minipilot/core/i18n.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

// Read under the write lock: no other writer can append after this.
void check_clock(sql::Connection& db, Timestamp now, bool fixed) {
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
                db.engine() == sql::Engine::postgresql && !fixed
                    ? tr("events never go back in time: the database server's clock is behind; ask its administrator")
                    : tr("events never go back in time: set the computer's clock right (or $MINIPILOT_NOW in a "
                         "test)"));
}

// The time of a write, under its lock. The server's clock on a shared ledger: the offices' machines may disagree, and
// the lock orders the writers, so the one clock they share keeps the events in time order.
Timestamp time_under_lock(sql::Connection& db, const Clock& clock) {
  if (clock.fixed() || db.engine() != sql::Engine::postgresql) return clock.now();
  const std::string at =
      sql::one_text(db, "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
  const Checked<Timestamp> t = parse_timestamp(at);
  if (!t.ok()) throw Error(ErrorKind::internal, trf("the database server's clock reads '{}'", at));
  return t.value;
}

}  // namespace

struct Transaction::Impl {
  explicit Impl(sql::Connection& c, sql::Mode mode) : db(&c) { db->begin(mode); }
  ~Impl() {
    if (db) db->rollback();
  }
  sql::Connection* db;  // nullptr once committed
  Timestamp now{};
};

Transaction::Transaction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Transaction::Transaction(Transaction&&) noexcept = default;
Transaction::~Transaction() = default;

void Transaction::commit() {
  impl_->db->commit();
  impl_->db = nullptr;
}

Timestamp Transaction::now() const { return impl_->now; }

Ledger& engine(const Store& store) {
  if (!store.ledger_) store.ledger_ = &store.open_();
  return *store.ledger_;
}

Transaction Store::write(const Clock& clock) {
  auto impl = std::make_unique<Transaction::Impl>(engine(*this).sql(), sql::Mode::write);
  impl->now = time_under_lock(engine(*this).sql(), clock);
  check_clock(engine(*this).sql(), impl->now, clock.fixed());
  return Transaction(std::move(impl));
}

Transaction Store::rehearse(const Clock& clock) {
  auto impl = std::make_unique<Transaction::Impl>(engine(*this).sql(), sql::Mode::write);
  impl->now = time_under_lock(engine(*this).sql(), clock);
  return Transaction(std::move(impl));
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

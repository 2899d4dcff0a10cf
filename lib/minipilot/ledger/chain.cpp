// Reading the chain's head, and hashing the events of a ledger from before the chain.
#include "minipilot/ledger/chain.h"

#include <SQLiteCpp/Statement.h>

#include "minipilot/ledger/columns.h"

namespace minipilot {

ChainHead chain_head(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
  if (!q.executeStep()) return ChainHead{};
  return ChainHead{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
}

void rehash_events(SQLite::Database& db) {
  SQLite::Statement all(db, "SELECT seq, at, actor, action, pilot_id, detail FROM events ORDER BY seq");
  SQLite::Statement set(db, "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?");
  std::string prev(kGenesisHash);
  while (all.executeStep()) {
    const int64_t seq = all.getColumn(0).getInt64();
    std::string hash = event_hash(prev, seq, text_column(all, 1), text_column(all, 2), text_column(all, 3),
                                  text_column(all, 4), text_column(all, 5));
    set.reset();
    set.bind(1, prev);
    set.bind(2, hash);
    set.bind(3, seq);
    set.exec();
    prev = std::move(hash);
  }
}

}  // namespace minipilot

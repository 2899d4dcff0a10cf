// Reading the chain's head, and hashing the events of a ledger from before the chain.
#include "minipilot/ledger/chain.h"

#include "minipilot/ledger/columns.h"

namespace minipilot {

ChainHead chain_head(sql::Connection& db) {
  sql::Statement q(db, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
  if (!q.step()) return ChainHead{};
  return ChainHead{q.column(0).int64(), q.column(1).text()};
}

void rehash_events(sql::Connection& db) {
  sql::Statement all(db, "SELECT seq, at, actor, action, pilot_id, detail FROM events ORDER BY seq");
  sql::Statement set(db, "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?");
  std::string prev(kGenesisHash);
  while (all.step()) {
    const int64_t seq = all.column(0).int64();
    std::string hash = event_hash(prev, seq, text_column(all, 1), text_column(all, 2), text_column(all, 3),
                                  text_column(all, 4), text_column(all, 5));
    set.reset();
    set.bind(1, prev);
    set.bind(2, hash);
    set.bind(3, seq);
    set.run();
    prev = std::move(hash);
  }
}

}  // namespace minipilot

// The event chain as stored: its head, and the rehashing of a ledger migrated to schema 3.
#pragma once

#include "minipilot/domain/chain.h"
#include "minipilot/ledger/sql.h"

namespace minipilot {

/// The head of the chain: the genesis hash when there are no events.
ChainHead chain_head(sql::Connection& db);

/// Fills prev_hash and hash of every event in order (migration to schema 3).
/// The caller holds the write transaction and has lifted the append-only
/// triggers.
void rehash_events(sql::Connection& db);

}  // namespace minipilot

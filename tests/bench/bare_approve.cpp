// The limit `make bench` holds `approve -` to: a bare SQLite loop over the ids
// on standard input, one UPDATE of the pilot and one INSERT of an event each,
// in one transaction, on the same ledger with the same settings and triggers
// (foreign keys on, synchronous FULL, the 32 MiB page cache minipilot gives a
// decision on 10,000 pilots or more), with a fixed detail and hash instead of
// minipilot's checks, JSON and SHA-256. A loop, as the target says:
// minipilot's one set-based UPDATE is faster than it (docs/performance.md).
// Usage: bare_approve LEDGER < ids
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

void must(int rc, sqlite3* db, const char* what) {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
  std::fprintf(stderr, "bare_approve: %s: %s\n", what, sqlite3_errmsg(db));
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bare_approve LEDGER < ids\n");
    return 2;
  }
  sqlite3* db = nullptr;
  must(sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr), db, "open");
  must(sqlite3_exec(db,
                    "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768; BEGIN IMMEDIATE",
                    nullptr, nullptr, nullptr),
       db, "begin");
  sqlite3_stmt* seq = nullptr;
  must(sqlite3_prepare_v2(db, "SELECT coalesce(max(seq), 0) FROM events", -1, &seq, nullptr), db, "prepare");
  must(sqlite3_step(seq), db, "last event");
  sqlite3_int64 next = sqlite3_column_int64(seq, 0) + 1;
  sqlite3_finalize(seq);
  sqlite3_stmt* update = nullptr;
  sqlite3_stmt* event = nullptr;
  must(sqlite3_prepare_v2(db,
                          "UPDATE pilots SET status = 'approved', decided_at = '2026-11-02T10:17:00Z', "
                          "decided_by = 'bench', grant_cents = 50000, approved_year = 2026, approved_month = "
                          "'2026-11', decision_year = 2026, decision_seq = ?2 WHERE id = ?1",
                          -1, &update, nullptr),
       db, "prepare update");
  must(sqlite3_prepare_v2(db,
                          "INSERT INTO events (seq, at, actor, action, pilot_id, detail, prev_hash, hash) VALUES "
                          "(?1, '2026-11-02T10:17:00Z', 'bench', 'approve', ?2, "
                          "'{\"before\":{\"status\":\"submitted\"},\"after\":{\"status\":\"approved\","
                          "\"grant_cents\":50000},\"note\":\"\",\"decision\":\"2026/1\"}', "
                          "'0000000000000000000000000000000000000000000000000000000000000000', "
                          "'0000000000000000000000000000000000000000000000000000000000000000')",
                          -1, &event, nullptr),
       db, "prepare insert");
  std::string id;
  sqlite3_int64 n = 0;
  while (std::getline(std::cin, id)) {
    if (id.empty()) continue;
    ++n;
    sqlite3_bind_text(update, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_int64(update, 2, n);
    must(sqlite3_step(update), db, "update");
    sqlite3_reset(update);
    sqlite3_bind_int64(event, 1, next++);
    sqlite3_bind_text(event, 2, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    must(sqlite3_step(event), db, "insert");
    sqlite3_reset(event);
  }
  sqlite3_finalize(update);
  sqlite3_finalize(event);
  must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_close(db);
  std::printf("%lld\n", static_cast<long long>(n));
  return 0;
}

// Each check reads the ledger independently of the code that wrote it: SQL and the event log, not the ops.
#include "minipilot/ledger/verify.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <memory>

#include "minipilot/core/i18n.h"
#include "minipilot/core/ids.h"
#include "minipilot/domain/status.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/schema.h"
#include "minipilot/ledger/verifier.h"

namespace minipilot {

void Verifier::sqlite_checks() {
  // TRANSLATORS: the name of a check of verify: SQLite's own check of the database file.
  r_.checks.push_back(N_("sqlite integrity_check"));
  sql::Statement ic(db_, "PRAGMA integrity_check");
  while (ic.step())
    if (const std::string s = ic.column(0).text(); s != "ok") problem("sqlite integrity_check", "file", s);
  // TRANSLATORS: the name of a check of verify: every reference between tables points at a row.
  r_.checks.push_back(N_("foreign keys"));
  sql::Statement fk(db_, "PRAGMA foreign_key_check");
  while (fk.step())
    problem("foreign keys", fmt::format("{} row {}", fk.column(0).text(), fk.column(1).int64()),
            trf("refers to a missing row of {}", fk.column(2).text()));
}

void Verifier::append_only_guards() {
  // TRANSLATORS: the name of a check of verify.
  r_.checks.push_back(N_("events are append-only"));
  for (const char* name : {"events_no_update", "events_no_delete"})
    if (!has_trigger(name))
      problem("events are append-only", name, tr("the trigger that guards the event log is missing"));
}

bool Verifier::has_trigger(const char* name) {
  // On PostgreSQL a trigger can also be disabled, which is as good as gone.
  sql::Statement q(db_, db_.engine() == sql::Engine::sqlite
                            ? "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"
                            : "SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgenabled <> 'D'");
  q.bind(1, name);
  return q.step();
}

void Verifier::chain(int64_t last, const std::optional<ChainHead>& expected, Progress& progress) {
  ProgressScope shown(progress);
  const char* what = tr("events checked");
  // TRANSLATORS: the name of a check of verify.
  const std::string check = N_("event hash chain");
  // TRANSLATORS: the name of a check of verify.
  const std::string order = N_("events in time order");
  r_.checks.push_back(check);
  r_.checks.push_back(order);
  sql::Statement q(db_,
                   "SELECT seq, at, actor, action, pilot_id, detail, prev_hash, hash FROM events "
                   "WHERE seq <= ? ORDER BY seq");
  q.bind(1, last);
  std::string prev(kGenesisHash);
  int64_t expected_seq = 1;
  // Columns are read in place (a million events: copying eight strings and
  // naming each event up front was a third of this check).
  const auto text = [&q](int i) { return q.column(i).view(); };
  std::string prev_at;
  std::optional<std::string> held;  // the stored hash of the expected head's event
  while (q.step()) {
    const int64_t seq = q.column(0).int64();
    const auto subject = [seq] { return fmt::format("event {}", seq); };
    if (seq != expected_seq) problem(check, subject(), trf("events {} to {} are missing", expected_seq, seq - 1));
    if (text(6) != prev) problem(check, subject(), tr("it does not follow the event before it"));
    const std::string hash = event_hash(prev, seq, text(1), text(2), text(3), text(4), text(5));
    if (hash != text(7)) problem(check, subject(), tr("its content does not match its hash: it was changed"));
    // Times are stored in one fixed ISO 8601 form, so text order is time order.
    if (text(1) < std::string_view(prev_at))
      problem(order, subject(), trf("it is dated {}, earlier than the event before it ({})", text(1), prev_at));
    prev_at.assign(text(1));
    if (expected && seq == expected->seq) held.emplace(text(7));
    prev.assign(text(7));
    expected_seq = seq + 1;
    shown.step(what, static_cast<uint64_t>(seq), static_cast<uint64_t>(last));
  }
  r_.head = ChainHead{expected_seq - 1, prev};
  if (expected) expected_head(*expected, held);
}

void Verifier::expected_head(const ChainHead& want, const std::optional<std::string>& held) {
  // TRANSLATORS: the name of a check of verify (with --expect-head).
  const std::string check = N_("the chain holds the expected head");
  r_.checks.push_back(check);
  const std::string subject = fmt::format("event {}", want.seq);
  if (want.seq == 0) {
    if (want.hash != kGenesisHash) problem(check, subject, tr("event 0 has no other hash than 64 zeros"));
  } else if (want.seq > r_.head.seq) {
    problem(check, subject,
            trf("the ledger ends at event {}: its history was cut short, or it is an older copy", r_.head.seq));
  } else if (!held) {
    problem(check, subject, tr("the ledger has no such event: it was removed"));
  } else if (*held != want.hash) {
    problem(check, subject, trf("its hash is {}, not {}: the history was rewritten", *held, want.hash));
  }
}

namespace {

// The checks that read the rows of spec §2's rules, after the chain (in the order they have always been listed).
void rules_of_spec(Verifier& v) {
  v.append_only_guards();
  v.pilots_match_events();
  v.payments();
  v.budgets();
  v.batches();
  v.interests();
  v.tallies();
  v.lessons();
}

// A shared ledger: every check in one REPEATABLE READ snapshot on the one connection (PostgreSQL checks its own
// pages and keys; SQLite's integrity_check and foreign_key_check have no counterpart to run here).
VerifyReport run_shared_checks(Ledger& ledger, const Config& config, const std::optional<ChainHead>& expected,
                               Progress& progress) {
  ledger.sql().begin(sql::Mode::read);
  struct End {
    sql::Connection& c;
    ~End() { c.rollback(); }  // a read-only snapshot: ending it changes nothing
  } end{ledger.sql()};
  VerifyReport report;
  Verifier v(ledger.sql(), config, report);
  v.chain(chain_head(ledger.sql()).seq, expected, progress);
  v.payee_payments();
  rules_of_spec(v);
  report.events = sql::one_int64(ledger.sql(), "SELECT COUNT(*) FROM events");
  report.schema_version = schema_version();
  report.access_control = !config.users.empty();
  report.expected = expected;
  return report;
}

VerifyReport run_checks(Ledger& ledger, const Config& config, const std::optional<ChainHead>& expected,
                        Progress& progress) {
  SQLite::Transaction snapshot = ledger.read();
  const ChainHead head = chain_head(ledger.sql());
  // Three parts on three connections, which the two cores share: SQLite's own
  // checks (the longest: integrity_check alone took 5.8 s of 1,000,000
  // pilots), the re-hash of the chain with the payments' payees, and the rest
  // on this connection. One after the other took 20.7 s; two parts 7.75 s,
  // as the chain waited behind integrity_check; three 7.3 s.
  const auto on_own_connection = [&ledger, &config](auto&& checks) {
    return std::async(std::launch::async, [&ledger, &config, checks] {
      const std::unique_ptr<SQLite::Database> db = ledger.connect_again();
      SQLite::Transaction t(*db, SQLite::TransactionBehavior::DEFERRED);
      VerifyReport r;
      SqliteConnection c(db.get());
      Verifier v(c, config, r);
      checks(v);
      t.commit();
      return r;
    });
  };
  std::future<VerifyReport> sqlite_side = on_own_connection([](Verifier& v) { v.sqlite_checks(); });
  std::future<VerifyReport> chain_side = on_own_connection([&expected, &progress, last = head.seq](Verifier& v) {
    v.chain(last, expected, progress);
    v.payee_payments();
  });
  VerifyReport main;
  Verifier v(ledger.sql(), config, main);
  rules_of_spec(v);
  main.events = sql::one_int64(ledger.sql(), "SELECT COUNT(*) FROM events");
  snapshot.commit();
  const VerifyReport sqlite_part = sqlite_side.get();
  const VerifyReport chain_part = chain_side.get();

  VerifyReport report;
  report.schema_version = schema_version();
  report.access_control = !config.users.empty();
  report.pilots = main.pilots;
  report.events = main.events;
  report.head = chain_part.head;
  report.expected = expected;
  // The checks in the order they have always been listed: SQLite's, the chain's, then the rest.
  for (const VerifyReport* part : {&sqlite_part, &chain_part, static_cast<const VerifyReport*>(&main)}) {
    for (const std::string& c : part->checks)
      if (std::find(report.checks.begin(), report.checks.end(), c) == report.checks.end()) report.checks.push_back(c);
    for (const Problem& p : part->problems)
      if (report.problems.size() < VerifyReport::kMaxProblems) report.problems.push_back(p);
    report.problem_count += part->problem_count;
  }
  return report;
}

}  // namespace

namespace {

Error changed_outside(const std::string& what) {
  return Error(ErrorKind::integrity, trf("verify could not read the ledger: {}", what),
               tr("the ledger's tables were changed outside minipilot; restore it from a backup"));
}

}  // namespace

VerifyReport verify_ledger(Ledger& ledger, const Config& config, const std::optional<ChainHead>& expected,
                           Progress& progress) {
  try {
    if (ledger.is_shared()) return run_shared_checks(ledger, config, expected, progress);
    return run_checks(ledger, config, expected, progress);
  } catch (const SQLite::Exception& e) {
    // A table or column a check reads is gone: the schema was changed behind the tool's back.
    if (e.getErrorCode() != SQLITE_ERROR) throw;
    throw changed_outside(e.what());
  } catch (const sql::Failure& f) {
    if (f.kind() != sql::Failure::Kind::missing) throw;
    throw changed_outside(f.what());
  }
}

}  // namespace minipilot

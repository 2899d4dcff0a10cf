// Tests of ledger: creation, pragmas, schema versions, append-only events.
#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>

#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/pg_schema.h"
#include "minipilot/ledger/schema.h"
#include "minipilot/store/events.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

TEST_CASE("ledger: a new ledger is in WAL mode with foreign keys, FULL sync and the schema version") {
  LedgerFixture f;
  auto& db = f.ledger.db();
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(db.execAndGet("PRAGMA synchronous").getInt() == 2);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == schema_version());
  CHECK(db.execAndGet("PRAGMA application_id").getInt() == kApplicationId);
}

TEST_CASE("ledger: the file is readable by owner and group only") {
  LedgerFixture f;
  struct stat st {};
  REQUIRE(stat(f.config.ledger.c_str(), &st) == 0);
  CHECK((st.st_mode & 0007) == 0);
  CHECK((st.st_mode & 0600) == 0600);
}

TEST_CASE("ledger: creating over an existing file is a conflict and leaves it alone") {
  LedgerFixture f;
  CHECK(refusal([&] { Ledger::create(f.config.ledger, 100); }) == ErrorKind::conflict);
  CHECK(f.count("SELECT COUNT(*) FROM pilots") == 0);
}

TEST_CASE("ledger: opening a missing ledger is not found") {
  TempDir dir;
  CHECK(refusal([&] { Ledger::open(dir / "none.db", 100); }) == ErrorKind::not_found);
}

TEST_CASE("ledger: a ledger with a newer schema is refused as integrity") {
  TempDir dir;
  { Ledger::create(dir / "l.db", 100).db().exec("PRAGMA user_version = 99"); }
  CHECK(refusal([&] { Ledger::open(dir / "l.db", 100); }) == ErrorKind::integrity);
}

TEST_CASE("ledger: an SQLite file that is not a ledger is refused as integrity") {
  TempDir dir;
  {
    SQLite::Database db((dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x)");
  }
  CHECK(refusal([&] { Ledger::open(dir / "other.db", 100); }) == ErrorKind::integrity);
}

TEST_CASE("ledger: a file that is not SQLite at all (a CSV given as --db) is named so, as integrity") {
  TempDir dir;
  write_text(dir / "apps.csv", "title;applicant;type\r\nA;B;resident\r\n");
  try {
    Ledger::open(dir / "apps.csv", 100);
    FAIL("opened a CSV file as a ledger");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::integrity);
    CHECK(std::string(e.what()).find("is not a minipilot ledger: it is not a database file") != std::string::npos);
  }
}

namespace {

// A wall clock (not fixed) that notes, at each reading, whether another connection could take the write lock then.
class LockWitnessClock : public Clock {
 public:
  explicit LockWitnessClock(const std::filesystem::path& ledger) : ledger_(ledger) {}
  Timestamp now() const override {
    SQLite::Database other(ledger_.string(), SQLite::OPEN_READWRITE);
    try {
      other.exec("BEGIN IMMEDIATE");
      other.exec("ROLLBACK");
      readings.push_back("unlocked");
    } catch (const SQLite::Exception&) {
      readings.push_back("locked");
    }
    return Timestamp{1772359300};
  }
  mutable std::vector<std::string> readings;

 private:
  std::filesystem::path ledger_;
};

}  // namespace

TEST_CASE("ledger: a write reads the clock once, under its lock, and its transaction keeps that time") {
  LedgerFixture f;
  const LockWitnessClock clock(f.config.ledger);
  {
    Transaction t = f.store.write(clock);
    CHECK(clock.readings == std::vector<std::string>{"locked"});
    CHECK(t.now().seconds == 1772359300);
  }
  // A dry run reads it the same way; a fixed clock ($MINIPILOT_NOW) is what it says.
  Transaction r = f.store.rehearse(clock);
  CHECK(clock.readings == std::vector<std::string>{"locked", "locked"});
  CHECK(r.now().seconds == 1772359300);
  r.commit();
  CHECK(f.store.write(f.clock).now().seconds == f.clock.now().seconds);
}

TEST_CASE("ledger: a write whose clock reads earlier than the last event is refused, naming both times (issue 11)") {
  LedgerFixture f;
  const Timestamp at{1772359200};
  {
    Transaction t = f.store.write(FixedClock(at));
    EventLog(f.store).append(at, "anna", EventAction::hold, "", "{}");
    t.commit();
  }
  try {
    Transaction t = f.store.write(FixedClock(Timestamp{at.seconds - 1}));
    FAIL("a write before the last event was allowed");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    CHECK(
        std::string(e.what()) ==
        "the clock reads 2026-03-01T09:59:59Z, earlier than the ledger's last event (event 1 at 2026-03-01T10:00:00Z)");
  }
  // The same second is not earlier (a bulk command stamps many events alike), and nothing is held open.
  Transaction same = f.store.write(FixedClock(at));
  same.commit();
}

TEST_CASE("ledger: an older schema is migrated on open") {
  TempDir dir;
  {
    SQLite::Database db((dir / "old.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));  // version 0: empty
  }
  Ledger l = Ledger::open(dir / "old.db", 100);
  CHECK(l.db().execAndGet("PRAGMA user_version").getInt() == schema_version());
  CHECK(l.db().tableExists("pilots"));
}

TEST_CASE("ledger: events can be appended but never updated or deleted") {
  LedgerFixture f;
  EventLog log(f.store);
  log.append(Timestamp{0}, "anna", EventAction::hold, "", "{}");
  CHECK(f.count("SELECT COUNT(*) FROM events") == 1);
  CHECK_THROWS_AS(f.ledger.db().exec("UPDATE events SET actor = 'x'"), SQLite::Exception);
  CHECK_THROWS_AS(f.ledger.db().exec("DELETE FROM events"), SQLite::Exception);
  CHECK(f.ledger.db().execAndGet("SELECT actor FROM events").getString() == "anna");
}

TEST_CASE("ledger: a busy lock is translated to exit 8, a damaged file to exit 9") {
  CHECK(translate_sqlite_error(SQLite::Exception("locked", SQLITE_BUSY)).kind() == ErrorKind::busy);
  CHECK(translate_sqlite_error(SQLite::Exception("ro", SQLITE_READONLY)).kind() == ErrorKind::busy);
  CHECK(translate_sqlite_error(SQLite::Exception("full", SQLITE_FULL)).kind() == ErrorKind::busy);
  CHECK(translate_sqlite_error(SQLite::Exception("bad", SQLITE_CORRUPT)).kind() == ErrorKind::integrity);
  CHECK(translate_sqlite_error(SQLite::Exception("?", SQLITE_MISMATCH)).kind() == ErrorKind::internal);
}

namespace {
// What migration 3 -> 4 added, so that a test can make an older ledger.
constexpr const char* kDropSchema4 =
    "DROP TRIGGER pilots_tally_insert; DROP TRIGGER pilots_tally_update; DROP TRIGGER pilots_tally_delete; "
    "DROP TRIGGER pilots_decision_time; DROP TRIGGER payments_time_insert; DROP TRIGGER payments_time_update; "
    "DROP TABLE tallies; DROP TABLE durations;";
// What migration 4 -> 5 added.
constexpr const char* kDropSchema5 = "ALTER TABLE applicants DROP COLUMN salt; ALTER TABLE payments DROP COLUMN salt;";
// What migration 6 -> 7 added (after kDropSchema4 has dropped the triggers that read it).
constexpr const char* kDropSchema7 = "ALTER TABLE pilots DROP COLUMN month;";
// What migration 7 -> 8 added (first: its triggers read the tallies and durations).
constexpr const char* kDropSchema8 =
    "DROP TRIGGER applicants_tally_type; DROP TRIGGER pilots_durations_area; "
    "ALTER TABLE applicants DROP COLUMN payee_name;";
// What migration 9 -> 10 added.
// What migration 11 -> 12 added (first: its triggers and indexes read the new columns).
constexpr const char* kDropSchema12 =
    "DROP TABLE lessons; DROP TABLE lesson_sources; DROP INDEX pilots_outcome_due; DROP INDEX pilots_completed; "
    "DROP TRIGGER pilots_grant_month_insert; DROP TRIGGER pilots_grant_month_update; "
    "DROP TRIGGER pilots_grant_month_delete; DROP TABLE grant_months; ALTER TABLE pilots DROP COLUMN tags; "
    "ALTER TABLE pilots DROP COLUMN paid_on; ALTER TABLE pilots DROP COLUMN approved_month;";
// What migration 10 -> 11 added (its rebuilt tables take the old ones' rows again).
constexpr const char* kDropSchema11 = "DROP TABLE bank_files; DROP INDEX events_general; DROP INDEX applicants_iban;";
constexpr const char* kDropSchema10 = "DROP INDEX pilots_reject_code; ALTER TABLE interests DROP COLUMN salt;";
// What migration 8 -> 9 added.
constexpr const char* kDropSchema9 =
    "DROP INDEX pilots_decision_number; DROP TABLE interests; ALTER TABLE pilots DROP COLUMN decision_year; "
    "ALTER TABLE pilots DROP COLUMN decision_seq; ALTER TABLE pilots DROP COLUMN reject_code;";
// What migration 5 -> 6 added.
constexpr const char* kDropSchema6 = "DROP INDEX pilots_applicant; DROP INDEX payments_pilot;";
}  // namespace

TEST_CASE("ledger: migrating schema 2 to 3 chains the events that exist") {
  LedgerFixture f;
  EventLog(f.store).append(Timestamp{0}, "anna", EventAction::hold, "", "{}");
  EventLog(f.store).append(Timestamp{1}, "anna", EventAction::hold, "", "{\"x\":1}");
  const std::string head = f.ledger.db().execAndGet("SELECT hash FROM events WHERE seq = 2").getString();
  // Turn the file back into a schema-2 ledger: no tallies, no hash columns.
  f.ledger.db().exec(kDropSchema12);
  f.ledger.db().exec(kDropSchema11);
  f.ledger.db().exec(kDropSchema10);
  f.ledger.db().exec(kDropSchema9);
  f.ledger.db().exec(kDropSchema8);
  f.ledger.db().exec(kDropSchema6);
  f.ledger.db().exec(kDropSchema5);
  f.ledger.db().exec(kDropSchema4);
  f.ledger.db().exec(kDropSchema7);
  f.ledger.db().exec("ALTER TABLE events DROP COLUMN prev_hash");
  f.ledger.db().exec("ALTER TABLE events DROP COLUMN hash");
  f.ledger.db().exec("PRAGMA user_version = 2");
  Ledger reopened = Ledger::open(f.config.ledger, 100);
  CHECK(reopened.db().execAndGet("PRAGMA user_version").getInt() == schema_version());
  CHECK(reopened.db().execAndGet("SELECT hash FROM events WHERE seq = 2").getString() == head);
  CHECK_THROWS_AS(reopened.db().exec("UPDATE events SET actor = 'x'"), SQLite::Exception);
}

TEST_CASE("ledger: each event is chained to the one before by SHA-256") {
  LedgerFixture f;
  EventLog log(f.store);
  log.append(Timestamp{0}, "anna", EventAction::hold, "", "{}");
  log.append(Timestamp{0}, "anna", EventAction::hold, "", "{\"n\":2}");
  auto& db = f.ledger.db();
  const std::string first = db.execAndGet("SELECT hash FROM events WHERE seq = 1").getString();
  CHECK(db.execAndGet("SELECT prev_hash FROM events WHERE seq = 1").getString() == std::string(kGenesisHash));
  CHECK(db.execAndGet("SELECT prev_hash FROM events WHERE seq = 2").getString() == first);
  CHECK(first == event_hash(kGenesisHash, 1, "1970-01-01T00:00:00Z", "anna", "hold", "", "{}"));
  CHECK(event_hash(kGenesisHash, 1, "a", "bc", "", "", "") != event_hash(kGenesisHash, 1, "ab", "c", "", "", ""));
}

TEST_CASE("chain: a payee commitment binds salt, name, IBAN and BIC, unambiguously") {
  const std::string c = payee_commitment("00ff", "Aino", "FI2112345600000785", "");
  CHECK(c.size() == 64);
  CHECK(c == payee_commitment("00ff", "Aino", "FI2112345600000785", ""));
  CHECK(c != payee_commitment("00fe", "Aino", "FI2112345600000785", ""));
  CHECK(c != payee_commitment("00ff", "Aino", "FI3715903000000776", ""));
  CHECK(c != payee_commitment("00ff", "Aina", "FI2112345600000785", ""));
  CHECK(c != payee_commitment("00ff", "Aino", "FI2112345600000785", "NDEAFIHH"));
  // Lengths are encoded: moving a character from one field to the next changes the commitment.
  CHECK(payee_commitment("s", "ab", "c", "") != payee_commitment("s", "a", "bc", ""));
  const std::string salt = new_salt();
  CHECK(salt.size() == 32);
  CHECK(salt.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(salt != new_salt());
}

TEST_CASE("salts: 300 in a row are all different, past the 4 KiB pool, and a forked child never repeats its parent's") {
  std::set<std::string> seen;
  for (int i = 0; i < 300; ++i) seen.insert(new_salt());  // 256 salts to a pool: the pool is drawn again
  CHECK(seen.size() == 300);
  int out[2];
  REQUIRE(::pipe(out) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // the child writes its next salt and leaves at once, running nothing of the test's
    const std::string s = new_salt();
    const ssize_t written = ::write(out[1], s.data(), s.size());
    ::_exit(written == static_cast<ssize_t>(s.size()) ? 0 : 1);
  }
  ::close(out[1]);
  std::string theirs(32, '\0');
  const ssize_t got = ::read(out[0], theirs.data(), theirs.size());
  ::close(out[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(got == 32);
  CHECK(WIFEXITED(status));
  CHECK(theirs != new_salt());  // the parent's next salt, from the same pool position
  CHECK(seen.count(theirs) == 0);
}

TEST_CASE("ledger: the PostgreSQL schema is at SQLite's version, so that a new migration is written for both") {
  // A migration added to schema.cpp alone would leave PostgreSQL ledgers a version behind, unable to open.
  CHECK(kPgSchemaVersion == schema_version());
  CHECK(kPgApplicationId == kApplicationId);
  const std::string sql = pg_schema_sql();
  // Every trigger that verify holds a ledger to exists under its SQLite name.
  for (const char* name : {"events_no_update", "events_no_delete", "pilots_decision_time", "pilots_tally_insert",
                           "pilots_tally_update", "pilots_tally_delete", "applicants_tally_type",
                           "pilots_durations_area", "payments_time_insert", "payments_time_update",
                           "pilots_grant_month_insert", "pilots_grant_month_update", "pilots_grant_month_delete"}) {
    const std::string created = std::string("CREATE TRIGGER ") + name;
    CAPTURE(created);
    const size_t at = sql.find(created);
    REQUIRE(at != std::string::npos);
    CHECK((sql[at + created.size()] == ' ' || sql[at + created.size()] == '\n'));
  }
}

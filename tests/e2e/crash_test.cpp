// A disburse killed with SIGKILL at random moments leaves the ledger before or after, never between.
#include <random>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// A command on a shared ledger takes far longer (a round trip per statement, and the server's own fsync): the kills
// are spread over its whole run there too. By hand, apply --file of 2,000 took 1.07 s, approve 0.68 s.
long slower(const Workspace& ws) { return ws.shared() ? 20 : 1; }

}  // namespace

TEST_CASE("crash: disburse killed at random moments never pays twice or loses a payment") {
  Workspace ws(std::string("[program]\nname = \"Kaatumistesti\"\n[budget]\n2026 = \"1000000.00\"\n") + kPayer);
  std::string csv = "title;applicant;type;area;iban\n";
  for (int i = 1; i <= 300; ++i)
    csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident;keskusta;FI21 1234 5600 0007 85\n";
  write_text(ws.dir() / "a.csv", csv);
  REQUIRE(ws.mp({"-q", "apply", "--file", "a.csv"}).code == 0);
  REQUIRE(ws.mp({"-q", "approve", "-"}, ws.sql("SELECT id FROM pilots")).code == 0);
  ws.keep_copy("pristine");
  std::mt19937 rng(2026);
  int killed = 0, finished = 0;
  for (int trial = 0; trial < 60; ++trial) {
    CAPTURE(trial);
    for (const char* f : {"minipilot.db-wal", "minipilot.db-shm", "b.csv", "b.xml"})
      std::filesystem::remove(ws.dir() / f);
    ws.put_back("pristine");
    const long delay = std::uniform_int_distribution<long>(1000, 40000 * slower(ws))(rng);
    const Result r = ws.mp({"-q", "disburse", "--csv", "b.csv", "--sepa", "b.xml"}, "", delay);
    (r.code == 128 + 9 ? killed : finished)++;
    CHECK((r.code == 0 || r.code == 128 + 9));
    const Result v = ws.mp({"verify"});
    CHECK(v.code == 0);
    const std::string batches = ws.sql("SELECT COUNT(*) FROM batches");
    // paid pilots x grant = live payments, and no pilot in two live payments
    CHECK(ws.sql("SELECT COUNT(*) * 50000 FROM pilots WHERE status = 'disbursed'") ==
          ws.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE live = 1"));
    CHECK(ws.sql("SELECT COUNT(*) FROM (SELECT pilot_id FROM payments WHERE live = 1 GROUP BY pilot_id HAVING COUNT(*) "
                 "> 1) AS twice") == "0");
    CHECK((batches == "0" || ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'disbursed'") == "300"));
    // a payment file never exists for a batch that is not in the ledger
    if (batches == "0") {
      CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.csv"));
      CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.xml"));
    }
  }
  MESSAGE("killed " << killed << ", finished " << finished);
  CHECK(killed >= 10);
}

namespace {

// Kills `args` at random moments over `trials` runs, each on a fresh copy of
// the ledger kept as "pristine"; after each, `check` looks at the ledger. Returns how many were killed.
template <class Check>
int kill_loop(Workspace& ws, const std::vector<std::string>& args, const std::string& input, int trials, long max_us,
              long pg_max_us, Check check) {
  std::mt19937 rng(7);
  int killed = 0;
  for (int trial = 0; trial < trials; ++trial) {
    CAPTURE(trial);
    for (const char* f : {"minipilot.db-wal", "minipilot.db-shm"}) std::filesystem::remove(ws.dir() / f);
    ws.put_back("pristine");
    const long delay = std::uniform_int_distribution<long>(1000, ws.shared() ? pg_max_us : max_us)(rng);
    const Result r = ws.mp(args, input, delay);
    if (r.code == 128 + 9) ++killed;
    CHECK((r.code == 0 || r.code == 128 + 9));
    const Result v = ws.mp({"verify"});
    CAPTURE(v.out);
    CHECK(v.code == 0);
    // The bulk import lifts a trigger inside its transaction on SQLite: it must always be back. (PostgreSQL's is a
    // setting of the transaction itself, gone with it: there is nothing left to look at.)
    if (!ws.shared())
      CHECK(ws.sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'pilots_tally_%'") == "3");
    check(r.code == 0);
  }
  return killed;
}

const char* kCrashConfig = "[program]\nname = \"Kaatumistesti\"\n[budget]\n2026 = \"10000000.00\"\n";

}  // namespace

TEST_CASE("crash: apply --file killed at random moments imports every row or none") {
  Workspace ws(kCrashConfig);
  std::string csv = "title;applicant;type;area\n";
  for (int i = 1; i <= 2000; ++i)
    csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident;keskusta\n";
  write_text(ws.dir() / "a.csv", csv);
  ws.keep_copy("pristine");
  const int killed = kill_loop(ws, {"-q", "apply", "--file", "a.csv"}, "", 40, 60000, 2000000, [&](bool finished) {
    const std::string n = ws.sql("SELECT COUNT(*) FROM pilots");
    CHECK((n == "0" || n == "2000"));
    if (finished) CHECK(n == "2000");
    CHECK(ws.sql("SELECT COUNT(*) FROM events") == n);
    CHECK(ws.sql("SELECT coalesce(SUM(n), 0) FROM tallies") == n);
  });
  MESSAGE("apply --file: killed " << killed << " of 40");
  CHECK(killed >= 5);
}

TEST_CASE("crash: approve of many ids killed at random moments approves all or none") {
  Workspace ws(kCrashConfig);
  std::string csv = "title;applicant;type;area\n";
  for (int i = 1; i <= 2000; ++i)
    csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident;keskusta\n";
  write_text(ws.dir() / "a.csv", csv);
  REQUIRE(ws.mp({"-q", "apply", "--file", "a.csv"}).code == 0);
  const std::string ids = ws.sql("SELECT id FROM pilots");
  ws.keep_copy("pristine");
  const int killed = kill_loop(ws, {"-q", "approve", "-"}, ids + "\n", 40, 60000, 1200000, [&](bool finished) {
    const std::string n = ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'approved'");
    CHECK((n == "0" || n == "2000"));
    if (finished) CHECK(n == "2000");
    CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE action = 'approve'") == n);
    CHECK(ws.sql("SELECT coalesce(SUM(grant_cents), 0) FROM tallies WHERE status = 'approved'") ==
          ws.sql("SELECT coalesce(SUM(grant_cents), 0) FROM pilots WHERE status = 'approved'"));
  });
  MESSAGE("approve -: killed " << killed << " of 40");
  CHECK(killed >= 5);
}

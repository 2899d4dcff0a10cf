// End-to-end tests of the honest clock (issue 11): $MINIPILOT_NOW only where allowed, events never back in time.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("clock: $MINIPILOT_NOW is refused (exit 10) unless the configuration says [testing] fixed_clock = true") {
  Workspace ws(std::string(kTeamConfig) + "[testing]\nfixed_clock = false\n");
  const Result r = ws.mp(application("A"));
  CHECK(r.code == 10);
  CHECK(contains(r.err, "minipilot: error: $MINIPILOT_NOW is set, but minipilot.toml does not allow a fixed clock"));
  CHECK(contains(r.err, "hint: unset MINIPILOT_NOW"));
  CHECK(ws.sql("SELECT COUNT(*) FROM events") == "0");
  // Reading commands are refused alike: the variable is a mistake wherever it is set.
  for (const std::vector<std::string>& read :
       std::vector<std::vector<std::string>>{{"verify"}, {"log"}, {"report", "pilots"}, {"show", "MP-2026-0001"}}) {
    CAPTURE(read.front());
    CHECK(ws.mp(read).code == 10);
  }
  // Without it the real clock is used: the application is dated now, not in March.
  ws.env.erase("MINIPILOT_NOW");
  const Result real = ws.mp(application("B"));
  CAPTURE(real.err);
  CHECK(real.code == 0);
  CHECK(ws.sql("SELECT at FROM events") != "2026-03-01T10:00:00Z");
}

TEST_CASE("clock: a decision dated before the ledger's last event is refused, naming both times (exit 10)") {
  Workspace ws(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n");
  ws.env["MINIPILOT_NOW"] = "2026-03-05T12:00:00Z";
  REQUIRE(ws.mp(application("A")).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-01T08:00:00Z";  // an agent backdating the approval
  check_refused(
      ws, {"approve", "MP-2026-0001"}, 10,
      "the clock reads 2026-03-01T08:00:00Z, earlier than the ledger's last event (event 1 at 2026-03-05T12:00:00Z)");
  check_refused(ws, application("B"), 10, "earlier than the ledger's last event");
  // Reading is never refused for the clock, nor is a dry run, which changes nothing.
  CHECK(ws.mp({"report", "pilots"}).code == 0);
  CHECK(ws.mp({"show", "MP-2026-0001"}).code == 0);
  CHECK(ws.mp({"--as", "root", "purge", "--dry-run"}).code == 0);
  // The same second as the last event is not earlier: a bulk import stamps many events alike.
  ws.env["MINIPILOT_NOW"] = "2026-03-05T12:00:00Z";
  CHECK(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-05T11:00:00Z";
  const Result dry = ws.mp({"--as", "pirjo", "disburse", "--dry-run"});
  CAPTURE(dry.err);
  CHECK(dry.code == 0);
  CHECK(contains(dry.out, "Dry run"));
  check_refused(ws, {"--as", "pirjo", "disburse"}, 10, "earlier than the ledger's last event");
}

TEST_CASE("clock: verify names an event dated earlier than the one before it") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-02T10:00:00Z";
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  REQUIRE(ws.mp({"verify"}).code == 0);
  // Redate the approval behind the tool's back, lifting the guard as an attacker with sqlite3 would.
  ws.sql(drop_trigger(ws, "events_no_update", "events") +
         "; UPDATE events SET at = '2026-02-27T10:00:00Z' WHERE seq = 2");
  const Result r = ws.mp({"verify"});
  CHECK(r.code == 9);
  CHECK(contains(r.out, "events in time order"));
  CHECK(contains(r.out, "it is dated 2026-02-27T10:00:00Z, earlier than the event before it (2026-03-01T10:00:00Z)"));
}

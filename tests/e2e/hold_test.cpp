// End-to-end tests of `minipilot hold` and `minipilot release`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("hold: a held pilot is left out of batches until released") {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  ws.mp(application("A"));
  ws.mp(application("B"));
  ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  CHECK(ws.mp({"hold", "MP-2026-0001", "--reason", "Raportti puuttuu"}).out == "holding MP-2026-0001\n");
  const Result r = ws.mp({"disburse"});
  CHECK(r.code == 0);
  CHECK(contains(r.err, "MP-2026-0001 is on hold: Raportti puuttuu"));
  CHECK(ws.sql("SELECT pilot_id FROM payments") == "MP-2026-0002");
  CHECK(ws.mp({"disburse"}).out == "nothing to pay: no approved pilot is waiting for payment\n");
  CHECK(ws.mp({"release", "MP-2026-0001"}).out == "released MP-2026-0001\n");
  CHECK(ws.mp({"disburse"}).code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE live = 1") == "2");
}

TEST_CASE("hold and release: wrong state, missing reason, wrong role") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  check_refused(ws, {"hold", "MP-2026-0001", "--reason", "x"}, 5, "cannot hold MP-2026-0001: it is submitted");
  check_refused(ws, {"release", "MP-2026-0001"}, 5, "is not on hold");
  ws.mp({"approve", "MP-2026-0001"});
  check_refused(ws, {"hold", "MP-2026-0001"}, 2, "--reason is required");
  check_refused(ws, {"hold", "MP-2026-0001", "--reason", ""}, 3, "--reason is empty");
  ws.env["MINIPILOT_USER"] = "tarja";
  check_refused(ws, {"hold", "MP-2026-0001", "--reason", "x"}, 7, "may not hold");
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"hold", "MP-2026-0001", "--reason", "x"}).code == 0);
  check_refused(ws, {"hold", "MP-2026-0001", "--reason", "y"}, 5, "on hold already");
}

TEST_CASE("release: a pilot withdrawn while on hold is not released (issue 11)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  REQUIRE(ws.mp({"hold", "MP-2026-0001", "--reason", "Selvitetään"}).code == 0);
  REQUIRE(ws.mp({"withdraw", "MP-2026-0001"}).code == 0);
  check_refused(ws, {"release", "MP-2026-0001"}, 5, "cannot release MP-2026-0001: it is withdrawn");
}

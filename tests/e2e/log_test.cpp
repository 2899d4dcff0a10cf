// End-to-end tests of `minipilot log`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("log: every event oldest first with who, when, what and the status change") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp(application("B"));
  ws.env["MINIPILOT_NOW"] = "2026-03-02T08:00:00Z";
  ws.mp({"reject", "MP-2026-0002", "--reason", "Ei rahoiteta"});
  const Result r = ws.mp({"log"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "1  2026-03-01T10:00:00Z  anna  apply   MP-2026-0001  submitted\n"));
  CHECK(contains(r.out, "3  2026-03-02T08:00:00Z  anna  reject  MP-2026-0002  submitted → rejected  Ei rahoiteta\n"));
  const Result one = ws.mp({"log", "mp-2026-2", "--format", "json"});
  CHECK(contains(one.out, "\"seq\": 2"));
  CHECK(contains(one.out, "\"seq\": 3"));
  CHECK_FALSE(contains(one.out, "\"seq\": 1,"));
  CHECK(contains(one.out, "\"detail\": {\"before\":{\"status\":\"submitted\"},\"after\":{\"status\":\"rejected\"},\"reason\":\"Ei rahoiteta\"}"));
}

TEST_CASE("log: a viewer may read it - unknown ids and users are refused") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.env["MINIPILOT_USER"] = "tarja";
  CHECK(ws.mp({"log"}).code == 0);
  check_refused(ws, {"log", "MP-2026-0005"}, 4, "no pilot MP-2026-0005");
  check_refused(ws, {"log", "x"}, 3, "is not a pilot id");
  ws.env["MINIPILOT_USER"] = "mallory";
  check_refused(ws, {"log"}, 7, "unknown user 'mallory'");
}

// End-to-end tests of `minipilot withdraw`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("withdraw: a submitted or approved pilot is withdrawn and frees its budget") {
  Workspace ws(kTeamConfig);
  for (const char* t : {"A", "B", "C", "D"}) ws.mp(application(t));
  CHECK(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0003"}).code == 0);
  const Result r = ws.mp({"withdraw", "MP-2026-0001", "--reason", "Hakija muutti"});
  CHECK(r.code == 0);
  CHECK(r.out == "withdrawn MP-2026-0001\n");
  CHECK(ws.sql("SELECT status, closed_reason FROM pilots WHERE seq = 1") == "withdrawn|Hakija muutti");
  CHECK(ws.mp({"approve", "MP-2026-0004"}).code == 0);
}

TEST_CASE("withdraw: a rejected or withdrawn pilot cannot be withdrawn") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"reject", "MP-2026-0001", "--reason", "ei"});
  check_refused(ws, {"withdraw", "MP-2026-0001"}, 5, "cannot withdraw MP-2026-0001: it is rejected");
  check_refused(ws, {"withdraw", "MP-2026-7"}, 4, "no pilot MP-2026-0007");
  check_refused(ws, {"withdraw"}, 2, "ids is required");
}

TEST_CASE("withdraw: a withdrawn application may be sent again") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"withdraw", "MP-2026-0001"});
  CHECK(ws.mp(application("A")).out == "MP-2026-0002 submitted: A\n");
}

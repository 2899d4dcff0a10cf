// End-to-end tests of `minipilot complete`.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {
Workspace paid() {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  ws.mp(application("Kirjastoauto torille"));
  ws.mp(application("Toinen"));
  ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse", "--limit", "1"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  ws.env["MINIPILOT_NOW"] = "2026-07-01T09:00:00Z";
  return ws;
}
}  // namespace

TEST_CASE("complete: a paid pilot records its outcome - failure keeps the grant") {
  Workspace ws = paid();
  const Result r = ws.mp({"complete", "MP-2026-0001", "--outcome", "failed", "--participants", "12", "--summary",
                          "Kävijöitä oli vähän.", "--lessons", "Lauantaiaamu on huono aika.\nKokeile iltaa."});
  CHECK(r.code == 0);
  CHECK(r.out == "completed MP-2026-0001: failed\n");
  CHECK(ws.sql("SELECT status, outcome, participants, grant_cents, completed_at FROM pilots WHERE seq = 1") ==
        "completed|failed|12|50000|2026-07-01T09:00:00Z");
  CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE live = 1 AND pilot_id = 'MP-2026-0001'") == "1");
  const Result show = ws.mp({"show", "MP-2026-0001", "--format", "json"});
  CHECK(contains(show.out, "\"outcome\": \"failed\""));
  CHECK(contains(show.out, "\"lessons\": \"Lauantaiaamu on huono aika.\\nKokeile iltaa.\""));
  const Result summary = ws.mp({"report", "--format", "json"});
  CHECK(contains(summary.out, "\"failed\": 1"));
  CHECK(contains(summary.out, "\"disbursed_cents\": 50000"));
  CHECK(contains(ws.mp({"verify"}).out, "no problems found"));
}

TEST_CASE("complete: only a paid pilot - once - and only by the area's agent") {
  Workspace ws = paid();
  check_refused(ws, {"complete", "MP-2026-0002", "--outcome", "success"}, 5,
                "cannot complete MP-2026-0002: it is approved");
  check_refused(ws, {"complete", "MP-2026-0003", "--outcome", "success"}, 4, "no pilot MP-2026-0003");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success"}, 7, "not an agent of area 'keskusta'");
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"complete", "MP-2026-0001", "--outcome", "partial"}).code == 0);
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success"}, 5, "it is completed");
  ws.env["MINIPILOT_USER"] = "pirjo";
  check_refused(ws, {"disburse", "return", "MP-2026-0001", "--reason", "x"}, 5, "is not disbursed");
}

TEST_CASE("complete: bad outcomes, participants and text are refused") {
  Workspace ws = paid();
  check_refused(ws, {"complete", "MP-2026-0001"}, 2, "--outcome is required");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "great"}, 3, "outcome 'great' is not success");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--participants", "-3"}, 3,
                "participants must be from 0");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--participants", "many"}, 2,
                "--participants");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--lessons", std::string(4001, 'x')}, 3,
                "lessons is longer than 4000 characters");
}

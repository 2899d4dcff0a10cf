// End-to-end tests of `minipilot approve`: ids, stdin, budget, areas, roles, all or none.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {
Workspace with_applications(int n) {
  Workspace ws(kTeamConfig);
  for (int i = 1; i <= n; ++i) ws.mp(application("Idea " + std::to_string(i)));
  return ws;
}
}  // namespace

TEST_CASE("approve: approves, fixes the grant and records the decision") {
  Workspace ws = with_applications(1);
  const Result r = ws.mp({"approve", "MP-2026-0001", "--note", "Hyvä idea"});
  CHECK(r.code == 0);
  CHECK(r.out == "approved MP-2026-0001 (decision 2026/1)\n");
  CHECK(ws.sql("SELECT status, grant_cents, decided_by, decision_note FROM pilots") == "approved|50000|anna|Hyvä idea");
  CHECK(ws.sql("SELECT action FROM events ORDER BY seq DESC LIMIT 1") == "approve");
}

TEST_CASE("approve -: reads ids from standard input, all or none") {
  Workspace ws = with_applications(3);
  const Result r = ws.mp({"--format", "json", "approve", "-"}, "MP-2026-0001\nmp-2026-2\n");
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"count\": 2"));
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'approved'") == "2");
  check_refused(ws, {"approve", "-"}, 5, "cannot approve MP-2026-0001: it is approved", "MP-2026-0003 MP-2026-0001");
  CHECK(ws.sql("SELECT status FROM pilots WHERE id = 'MP-2026-0003'") == "submitted");
}

TEST_CASE("approve: over the year's budget is refused with exit 6") {
  Workspace ws = with_applications(4);
  check_refused(ws, {"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0003", "MP-2026-0004"}, 6,
                "would commit 2000.00 EUR of the 2026 budget of 1500.00 EUR");
  CHECK(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0003"}).code == 0);
  check_refused(ws, {"approve", "MP-2026-0004"}, 6, "budget");
}

TEST_CASE("approve: a year with no budget line is refused with a hint") {
  Workspace ws = with_applications(1);
  ws.env["MINIPILOT_NOW"] = "2027-01-02T08:00:00Z";
  check_refused(ws, {"approve", "MP-2026-0001"}, 6, "there is no budget for 2027");
  CHECK(contains(ws.mp({"approve", "MP-2026-0001"}).err, "hint: add 2027 = "));
}

TEST_CASE("approve: wrong ids, wrong state, wrong area and wrong role") {
  Workspace ws = with_applications(1);
  check_refused(ws, {"approve", "MP-2026-0099"}, 4, "no pilot MP-2026-0099");
  check_refused(ws, {"approve", "2026-0001"}, 3, "is not a pilot id");
  check_refused(ws, {"approve", "MP-2026-0001", "MP-2026-0001"}, 3, "listed twice");
  check_refused(ws, {"approve"}, 2, "ids is required");
  check_refused(ws, {"approve", "-"}, 3, "no pilot ids given", "");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"approve", "MP-2026-0001"}, 7, "ville is not an agent of area 'keskusta'");
  CHECK(contains(ws.mp({"approve", "MP-2026-0001"}).err, "\nhint: the agent of keskusta is anna\n"));
  ws.env["MINIPILOT_USER"] = "pirjo";
  check_refused(ws, {"approve", "MP-2026-0001"}, 7, "pirjo may not decide on pilots");
  check_refused(ws, {"--as", "mallory", "approve", "MP-2026-0001"}, 7, "unknown user 'mallory'");
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  check_refused(ws, {"approve", "MP-2026-0001"}, 5, "it is approved");
}

TEST_CASE("approve: --as overrides $MINIPILOT_USER") {
  Workspace ws = with_applications(1);
  ws.env["MINIPILOT_USER"] = "pirjo";
  CHECK(ws.mp({"--as", "anna", "approve", "MP-2026-0001"}).code == 0);
  CHECK(ws.sql("SELECT decided_by FROM pilots") == "anna");
}

TEST_CASE("approve: several ids print every id decided, for the minutes, never a range (issue 14)") {
  Workspace ws = with_applications(3);
  const Result r = ws.mp({"approve", "MP-2026-0003", "mp-2026-1", "MP-2026-0002"});
  CHECK(r.code == 0);
  // One decision number each, in the order the ids were given (issue 15).
  CHECK(r.out ==
        "approved 3 pilots:\n  MP-2026-0003 (decision 2026/1)\n  MP-2026-0001 (decision 2026/2)\n"
        "  MP-2026-0002 (decision 2026/3)\n");
  CHECK(ws.mp({"-q", "withdraw", "MP-2026-0001", "MP-2026-0002"}).out.empty());
  const Result fi = ws.mp({"--lang", "fi", "withdraw", "MP-2026-0003"});
  CHECK(fi.out == "peruttu: MP-2026-0003\n");  // one id: as it always was
}

TEST_CASE("approve: not an agent of an area without agents says an admin may act (issue 14)") {
  Workspace ws(std::string(kTeamConfig) + "[[areas]]\nid = \"lammi\"\nagents = []\n");
  ws.mp({"apply", "--title", "T", "--applicant", "A", "--type", "resident", "--area", "lammi"});
  check_refused(ws, {"approve", "MP-2026-0001"}, 7, "anna is not an agent of area 'lammi'");
  const Result r = ws.mp({"--lang", "fi", "approve", "MP-2026-0001"});
  CHECK(contains(r.err, "hint: alueella lammi ei ole asukasagentteja: toimenpiteen voi tehdä ylläpitäjä"));
}

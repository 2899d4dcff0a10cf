// End-to-end tests of `minipilot reject`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("reject: rejects with a reason, which is recorded") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Idea"));
  const Result r = ws.mp({"reject", "MP-2026-0001", "--reason", "Ei kuulu ohjelmaan"});
  CHECK(r.code == 0);
  CHECK(r.out == "rejected MP-2026-0001\n");
  CHECK(ws.sql("SELECT status, decision_note FROM pilots") == "rejected|Ei kuulu ohjelmaan");
  CHECK(ws.sql("SELECT json_extract(detail, '$.reason') FROM events WHERE action = 'reject'") == "Ei kuulu ohjelmaan");
}

TEST_CASE("reject: a reason is required - an empty one is invalid") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Idea"));
  check_refused(ws, {"reject", "MP-2026-0001"}, 2, "--reason is required");
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", " "}, 3, "reason is required");
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", std::string(1001, 'x')}, 3, "longer than 1000");
}

TEST_CASE("reject -: ids from stdin - an approved pilot cannot be rejected") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp(application("B"));
  ws.mp({"approve", "MP-2026-0002"});
  check_refused(ws, {"reject", "-", "--reason", "ei"}, 5, "cannot reject MP-2026-0002: it is approved",
                "MP-2026-0001\nMP-2026-0002\n");
  CHECK(ws.mp({"reject", "-", "--reason", "ei"}, "MP-2026-0001\n").code == 0);
}

TEST_CASE("reject: only the area's agent may reject") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.env["MINIPILOT_USER"] = "tarja";
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei"}, 7, "tarja may not decide");
}

TEST_CASE("reject: twelve ids print all twelve, not the first and the last (issue 14)") {
  Workspace ws(kTeamConfig);
  std::vector<std::string> args{"reject"};
  std::string expected = "rejected 12 pilots:\n";
  for (int i = 1; i <= 12; ++i) {
    REQUIRE(ws.mp(application("Idea " + std::to_string(i))).code == 0);
    args.push_back("MP-2026-" + std::string(i < 10 ? "000" : "00") + std::to_string(i));
    expected += "  " + args.back() + "\n";
  }
  args.insert(args.end(), {"--reason", "Ei kuulu ohjelmaan"});
  const Result r = ws.mp(args);
  CHECK(r.code == 0);
  CHECK(r.out == expected);
  CHECK_FALSE(contains(r.out, "…"));
}

// End-to-end tests of `minipilot reject`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("reject: rejects with a reason, which is recorded") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Idea"));
  const Result r = ws.mp({"reject", "MP-2026-0001", "--reason", "Ei kuulu ohjelmaan"});
  CHECK(r.code == 0);
  CHECK(r.out == "rejected MP-2026-0001 (decision 2026/1)\n");
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
    expected += "  " + args.back() + " (decision 2026/" + std::to_string(i) + ")\n";
  }
  args.insert(args.end(), {"--reason", "Ei kuulu ohjelmaan"});
  const Result r = ws.mp(args);
  CHECK(r.code == 0);
  CHECK(r.out == expected);
  CHECK_FALSE(contains(r.out, "…"));
}

TEST_CASE("reject --code: a configured reason code is required, recorded and checked (issue 15)") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(ws.mp(application("B")).code == 0);
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei"}, 3, "a rejection needs a reason code: give --code");
  const Result missing = ws.mp({"reject", "MP-2026-0001", "--reason", "ei"});
  CHECK(contains(missing.err, "hint: the configured codes are: duplicate, scope"));
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei", "--code", "dupliacte"}, 3,
                "unknown reason code 'dupliacte'");
  CHECK(contains(ws.mp({"reject", "MP-2026-0001", "--reason", "ei", "--code", "dupliacte"}).err,
                 "hint: did you mean 'duplicate'?"));
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei", "--code", ""}, 3, "--code is empty");
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei", "--code", "DUPLICATE"}, 3,
                "unknown reason code 'DUPLICATE'");
  const Result r = ws.mp({"reject", "MP-2026-0002", "MP-2026-0001", "--reason", "Kirjasto lainaa jo", "--code",
                          "duplicate", "--format", "json"});
  CHECK(r.code == 0);
  CAPTURE(r.out);
  CHECK(contains(r.out, "\"decision_numbers\": [\n    \"2026/1\",\n    \"2026/2\"\n  ]"));
  CHECK(ws.sql("SELECT group_concat(id || ' ' || reject_code || ' ' || decision_seq, ',') FROM "
               "(SELECT * FROM pilots ORDER BY id) AS p") == "MP-2026-0001 duplicate 2,MP-2026-0002 duplicate 1");
  CHECK(ws.sql("SELECT group_concat(json_extract(detail, '$.reason_code'), ',') FROM events WHERE action = 'reject'") ==
        "duplicate,duplicate");
}

TEST_CASE("reject --code: without [[reasons]] a code is refused, and none is needed") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei", "--code", "duplicate"}, 3,
                "no reason codes are configured");
  CHECK(ws.mp({"reject", "MP-2026-0001", "--reason", "ei"}).code == 0);
  CHECK(ws.sql("SELECT reject_code FROM pilots").empty());
}

TEST_CASE("decision numbers: one sequence over approvals and rejections, per local year (issue 15)") {
  std::string config = kTeamConfig;
  const std::string budget = "2026 = \"1500.00\"";
  config.replace(config.find(budget), budget.size(), budget + "\n2027 = \"1500.00\"");
  Workspace ws(config);
  for (const char* t : {"A", "B", "C", "D"}) REQUIRE(ws.mp(application(t)).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0002"}).code == 0);
  CHECK(ws.mp({"reject", "MP-2026-0001", "MP-2026-0004", "--reason", "ei"}).out ==
        "rejected 2 pilots:\n  MP-2026-0001 (decision 2026/2)\n  MP-2026-0004 (decision 2026/3)\n");
  // 22:30 UTC on New Year's Eve is already 2027 in Helsinki: the sequence starts again.
  ws.env["MINIPILOT_NOW"] = "2026-12-31T22:30:00Z";
  CHECK(ws.mp({"approve", "MP-2026-0003"}).out == "approved MP-2026-0003 (decision 2027/1)\n");
  CHECK(ws.sql("SELECT group_concat(id || '=' || decision_year || '/' || decision_seq, ' ') FROM "
               "(SELECT * FROM pilots ORDER BY id) AS p") ==
        "MP-2026-0001=2026/2 MP-2026-0002=2026/1 MP-2026-0003=2027/1 MP-2026-0004=2026/3");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("report summary: rejections counted by reason code, in JSON and in every format (issue 15)") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  for (const char* t : {"A", "B", "C", "D"}) REQUIRE(ws.mp(application(t)).code == 0);
  std::vector<std::string> other = application("E");
  other[8] = "jukola";
  REQUIRE(ws.mp(other).code == 0);
  REQUIRE(ws.mp({"reject", "MP-2026-0001", "MP-2026-0002", "--reason", "ei", "--code", "duplicate"}).code == 0);
  ws.env["MINIPILOT_USER"] = "ville";
  REQUIRE(ws.mp({"reject", "MP-2026-0005", "--reason", "ei", "--code", "duplicate"}).code == 0);
  const Result j = ws.mp({"report", "summary", "--format", "json"});
  CHECK(j.code == 0);
  CHECK(contains(j.out, "\"rejections_by_reason\": {\n    \"duplicate\": 3,\n    \"scope\": 0\n  }"));
  const Result area = ws.mp({"report", "summary", "--area", "keskusta", "--format", "json"});
  CHECK(contains(area.out, "\"duplicate\": 2,"));
  const Result other_year = ws.mp({"report", "summary", "--year", "2025", "--format", "json"});
  CHECK(contains(other_year.out, "\"duplicate\": 0,"));
  const Result table = ws.mp({"report", "summary"});
  CHECK(contains(table.out, "Rejections by reason"));
  CHECK(contains(table.out, "duplicate  The same service exists already"));
  const Result fi = ws.mp({"--lang", "fi", "report", "summary", "--format", "markdown"});
  CHECK(contains(fi.out, "Hylkäykset perusteittain"));
  CHECK(contains(fi.out, "| duplicate | Sama palvelu on jo olemassa | 3 |"));
  const Result csv = ws.mp({"report", "summary", "--format", "csv"});
  CHECK(contains(csv.out, "duplicate;The same service exists already;3"));
  const Result html = ws.mp({"report", "summary", "--format", "html"});
  CHECK(contains(html.out, "The experiment is outside the mini-pilot programme"));
  // A code no longer in the configuration is still counted, under its code, after the configured ones.
  ws.sql("UPDATE pilots SET reject_code = 'old' WHERE id = 'MP-2026-0005'");
  CHECK(contains(ws.mp({"report", "summary", "--format", "json"}).out,
                 "\"rejections_by_reason\": {\n    \"duplicate\": 2,\n    \"scope\": 0,\n    \"old\": 1\n  }"));
  // Without [[reasons]] and coded rejections the key is an empty object and no section is shown.
  Workspace plain(kTeamConfig);
  CHECK(contains(plain.mp({"report", "summary", "--format", "json"}).out, "\"rejections_by_reason\": {}"));
  CHECK_FALSE(contains(plain.mp({"report", "summary"}).out, "Rejections by reason"));
}

// End-to-end tests of `minipilot report summary`.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {
// Four applications in two areas and two months: one approved, one rejected,
// one withdrawn after approval, one waiting.
Workspace programme() {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"apply", "--title", "B", "--applicant", "Kyläyhdistys ry", "--type", "association",
         "--business-id", "2858394-9", "--area", "jukola"});
  ws.env["MINIPILOT_NOW"] = "2026-04-02T10:00:00Z";
  ws.mp(application("C"));
  ws.mp(application("D"));
  ws.env["MINIPILOT_NOW"] = "2026-04-05T10:00:00Z";
  ws.mp({"approve", "MP-2026-0001", "MP-2026-0003"});
  ws.mp({"withdraw", "MP-2026-0003"});
  ws.env["MINIPILOT_USER"] = "ville";
  ws.env["MINIPILOT_NOW"] = "2026-04-06T10:00:00Z";
  ws.mp({"reject", "MP-2026-0002", "--reason", "ei"});
  return ws;
}
}  // namespace

TEST_CASE("report summary --format json: budget, counts, areas, types, months, medians") {
  Workspace ws = programme();
  const Result r = ws.mp({"report", "summary", "--format", "json"});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  for (const char* key :
       {"\"budget_cents\": 150000", "\"committed_cents\": 50000", "\"disbursed_cents\": 0",
        "\"remaining_cents\": 100000", "\"submitted\": 1", "\"approved\": 1", "\"rejected\": 1",
        "\"withdrawn\": 1", "\"access_control\": true", "\"median_days_to_payment\": null",
        "\"area\": \"keskusta\",\n      \"applications\": 3,\n      \"approved\": 1",
        "\"area\": \"jukola\",\n      \"applications\": 1,\n      \"approved\": 0",
        "\"type\": \"association\",\n      \"applications\": 1",
        "\"month\": \"2026-03\",\n      \"applications\": 2,\n      \"approved\": 1,\n      \"rejected\": 1",
        "\"outcomes\": {\n    \"success\": 0", "\"by_applicant_type\": [", "\"by_month\": ["}) {
    CAPTURE(key);
    CHECK(contains(r.out, key));
  }
  // Decisions took 35 days (A, approved), 36 days (B, rejected) and 3 days (C): the median is 35.
  CHECK(contains(r.out, "\"median_days_to_decision\": 35.0"));
}

TEST_CASE("report summary: --area narrows the counts - the table names the programme") {
  Workspace ws = programme();
  const Result json = ws.mp({"report", "--area", "jukola", "--format", "json"});
  CHECK(contains(json.out, "\"rejected\": 1"));
  CHECK(contains(json.out, "\"submitted\": 0"));
  const Result table = ws.mp({"report"});
  CHECK(table.code == 0);
  CHECK(contains(table.out, "Testipilotit — summary 2026\n"));
  CHECK(contains(table.out, "Remaining           1000.00 €\n"));
}

TEST_CASE("report summary: another year has its own, empty figures") {
  Workspace ws = programme();
  const Result r = ws.mp({"report", "summary", "--year", "2025", "--format", "json"});
  CHECK(contains(r.out, "\"budget_cents\": 0"));
  CHECK(contains(r.out, "\"median_days_to_decision\": null"));
}

TEST_CASE("report: bad filters are refused and nothing changes") {
  Workspace ws = programme();
  check_refused(ws, {"report", "pilots"}, 2, "pilots");
  check_refused(ws, {"report", "--year", "26"}, 2, "--year");
  check_refused(ws, {"report", "--area", "kalliola"}, 4, "no area 'kalliola'");
}

TEST_CASE("report -o: writes the report to a file, not stdout") {
  Workspace ws = programme();
  const Result r = ws.mp({"report", "--format", "html", "-o", "summary.html"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(contains(read_text(ws.dir() / "summary.html"), "<h2>By area</h2>"));
  check_refused(ws, {"report", "-o", "no/such/folder/x.json"}, 8, "cannot create no/such/folder/x.json");
}

TEST_CASE("report summary: disbursed money and the median days to payment follow the payments") {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  ws.mp(application("A"));
  ws.mp(application("B"));
  ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"});
  ws.env["MINIPILOT_USER"] = "pirjo";
  ws.env["MINIPILOT_NOW"] = "2026-03-11T10:00:00Z";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  REQUIRE(ws.mp({"disburse", "return", "MP-2026-0002", "--reason", "x"}).code == 0);
  const Result r = ws.mp({"report", "--format", "json"});
  CHECK(contains(r.out, "\"disbursed_cents\": 50000"));
  CHECK(contains(r.out, "\"committed_cents\": 100000"));
  CHECK(contains(r.out, "\"median_days_to_payment\": 10.0"));
}

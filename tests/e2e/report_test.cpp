// End-to-end tests of `minipilot report summary`.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {
// Four applications in two areas and two months: one approved, one rejected,
// one withdrawn after approval, one waiting.
Workspace programme() {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"apply", "--title", "B", "--applicant", "Kyläyhdistys ry", "--type", "association", "--business-id",
         "2858394-9", "--area", "jukola"});
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
        "\"remaining_cents\": 100000", "\"submitted\": 1", "\"approved\": 1", "\"rejected\": 1", "\"withdrawn\": 1",
        "\"access_control\": true", "\"median_days_to_payment\": null",
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
  CHECK(contains(table.out, "Remaining                1,000.00 €\n"));
}

TEST_CASE("report summary: another year has its own, empty figures") {
  Workspace ws = programme();
  const Result r = ws.mp({"report", "summary", "--year", "2025", "--format", "json"});
  CHECK(contains(r.out, "\"budget_cents\": 0"));
  CHECK(contains(r.out, "\"median_days_to_decision\": null"));
}

TEST_CASE("report: bad filters are refused and nothing changes") {
  Workspace ws = programme();
  check_refused(ws, {"report", "pilot"}, 2, "pilot");
  check_refused(ws, {"report", "--year", "26"}, 2, "--year");
  check_refused(ws, {"report", "--area", "kalliola"}, 4, "no area 'kalliola'");
}

TEST_CASE("report -o: writes the report to a file, not stdout") {
  Workspace ws = programme();
  const Result r = ws.mp({"report", "--format", "html", "-o", "summary.html"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(contains(read_text(ws.dir() / "summary.html"), "<h2>By area</h2>"));
  check_refused(ws, {"report", "-o", "no/such/folder/x.json"}, 8,
                "cannot write no/such/folder/x.json: the folder no/such/folder does not exist");
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

TEST_CASE("report pilots: filters by status, area, year and dates of application, in id order") {
  Workspace ws = programme();
  const auto ids = [&](std::vector<std::string> filter) {
    filter.insert(filter.begin(), {"report", "pilots", "--format", "csv"});
    const Result r = ws.mp(filter);
    CAPTURE(r.err);
    CHECK(r.code == 0);
    std::string out;
    for (size_t at = 0; (at = r.out.find("\nMP-", at)) != std::string::npos; ++at)
      out += r.out.substr(at + 1, 12) + " ";
    return out;
  };
  CHECK(ids({}) == "MP-2026-0001 MP-2026-0002 MP-2026-0003 MP-2026-0004 ");
  CHECK(ids({"--status", "withdrawn"}) == "MP-2026-0003 ");
  CHECK(ids({"--area", "jukola"}) == "MP-2026-0002 ");
  CHECK(ids({"--from", "2026-04-01"}) == "MP-2026-0003 MP-2026-0004 ");
  CHECK(ids({"--to", "31.3.2026"}) == "MP-2026-0001 MP-2026-0002 ");
  CHECK(ids({"--from", "2026-04-02", "--to", "2026-04-02", "--area", "keskusta"}) == "MP-2026-0003 MP-2026-0004 ");
  CHECK(ids({"--year", "2025"}).empty());
  CHECK(ids({"--status", "approved", "--area", "jukola"}).empty());
  const Result j = ws.mp({"report", "pilots", "--status", "approved", "--format", "json"});
  CHECK(contains(j.out, "\"status\": \"approved\",\n    \"from\": null"));
  CHECK(contains(j.out, "\"count\": 1,"));
  CHECK(contains(j.out, "\"id\": \"MP-2026-0001\",\n      \"title\": \"A\""));
  CHECK(contains(j.out, "\"grant_cents\": 50000,"));
  CHECK(contains(j.out, "\"batch_id\": null"));
}

TEST_CASE("report pilots: a pilot on hold says so") {
  Workspace ws = programme();
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"hold", "MP-2026-0001", "--reason", "Tarkistetaan"}).code == 0);
  const Result r = ws.mp({"report", "pilots", "--status", "approved"});
  CHECK(contains(r.out, "MP-2026-0001  on hold"));
  CHECK(contains(ws.mp({"report", "pilots", "--format", "json"}).out, "\"on_hold\": true"));
}

TEST_CASE("report pilots and outcomes: wrong filters are refused with the exit code of the spec") {
  Workspace ws = programme();
  check_refused(ws, {"report", "pilots", "--status", "paid"}, 2, "--status: paid not in");
  check_refused(ws, {"report", "pilots", "--from", "2026-02-30"}, 3, "--from: 2026-02-30 is not a date");
  check_refused(ws, {"report", "pilots", "--to", "yesterday"}, 3, "--to: 'yesterday' is not a date");
  check_refused(ws, {"report", "pilots", "--from", "2026-04-01", "--to", "1.3.2026"}, 3,
                "--from 2026-04-01 is after --to 1.3.2026");
  check_refused(ws, {"report", "pilots", "--area", "Keskusta"}, 4, "no area 'Keskusta'");
  check_refused(ws, {"report", "pilots", "--public"}, 2, "report pilots does not take --public");
  check_refused(ws, {"report", "outcomes", "--status", "approved"}, 2, "report outcomes does not take --status");
  check_refused(ws, {"report", "summary", "--from", "2026-01-01"}, 2, "report summary does not take --from");
  check_refused(ws, {"report", "payees", "--area", "keskusta"}, 2, "report payees does not take --area");
  check_refused(ws, {"report", "payments", "--to", "2026-01-01"}, 2, "report payments does not take --to");
  check_refused(ws, {"report", "pilots", "--year"}, 2, "--year");
  ws.env["MINIPILOT_USER"] = "mallory";
  check_refused(ws, {"report", "pilots"}, 7, "mallory");
}

TEST_CASE("report outcomes: completed pilots only, by completion date, failure included") {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  for (const char* t : {"A", "B", "C"}) REQUIRE(ws.mp(application(t)).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1", "MP-2026-2", "MP-2026-3"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  ws.env["MINIPILOT_NOW"] = "2026-05-10T10:00:00Z";
  REQUIRE(ws.mp({"complete", "MP-2026-1", "--outcome", "failed", "--lessons", "Talvella ei"}).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-06-10T10:00:00Z";
  REQUIRE(ws.mp({"complete", "MP-2026-2", "--outcome", "partial"}).code == 0);
  const Result all = ws.mp({"report", "outcomes", "--format", "json"});
  CHECK(contains(all.out, "\"count\": 2,"));
  CHECK(contains(all.out, "\"outcome\": \"partial\""));
  CHECK(contains(all.out, "\"lessons\": \"Talvella ei\""));
  CHECK_FALSE(contains(all.out, "MP-2026-0003"));  // paid, not completed
  // partial comes before failed within an area.
  CHECK(all.out.find("MP-2026-0002") < all.out.find("MP-2026-0001"));
  const Result may = ws.mp({"report", "outcomes", "--from", "2026-05-01", "--to", "2026-05-31", "--format", "json"});
  CHECK(contains(may.out, "\"count\": 1,"));
  CHECK(contains(may.out, "MP-2026-0001"));
  const Result none = ws.mp({"report", "outcomes", "--area", "jukola"});
  CHECK(none.code == 0);
  CHECK(contains(none.out, "No completed pilots"));
}

// End-to-end tests of the local calendar (issue 13): years, budgets, months and "today" are Helsinki's.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// A team with budgets for 2026 and 2027, a payer, and `zone` as [program] timezone ("" = the default).
std::string calendar_config(const std::string& zone) {
  std::string c = std::string(kTeamConfig) + "2027 = \"1500.00\"\n" + kPayer;
  // [budget] is the second table of kTeamConfig: 2027 goes under 2026's line.
  const size_t at = c.find("2026 = \"1500.00\"\n");
  c.erase(c.find("2027 = \"1500.00\"\n", at + 1), 17);
  c.insert(at + 17, "2027 = \"1500.00\"\n");
  if (!zone.empty()) c.insert(c.find("[program]\n") + 10, "timezone = \"" + zone + "\"\n");
  return c;
}

}  // namespace

TEST_CASE("calendar: 22:30 UTC on 31 December 2026 is 2027 in Helsinki - the id, the budget, the month, the batch") {
  Workspace ws(calendar_config(""));
  ws.env["MINIPILOT_NOW"] = "2026-12-31T22:30:00Z";  // 00.30 on 1 January 2027 in Helsinki
  const Result applied = ws.mp(application("Uudenvuoden pilotti"));
  CAPTURE(applied.err);
  REQUIRE(applied.code == 0);
  CHECK(contains(applied.out, "MP-2027-0001"));
  REQUIRE(ws.mp({"--as", "anna", "approve", "MP-2027-0001"}).code == 0);
  CHECK(ws.sql("SELECT approved_year FROM pilots") == "2027");
  const Result y2027 = ws.mp({"report", "summary", "--year", "2027", "--format", "json"});
  CHECK(contains(y2027.out, "\"committed_cents\": 50000"));
  CHECK(contains(y2027.out, "\"month\": \"2027-01\""));
  CHECK_FALSE(contains(y2027.out, "2026-12"));
  const Result y2026 = ws.mp({"report", "summary", "--year", "2026", "--format", "json"});
  CHECK(contains(y2026.out, "\"committed_cents\": 0"));
  // The default summary is of the local year, 2027.
  CHECK(contains(ws.mp({"report", "summary", "--format", "json"}).out, "\"committed_cents\": 50000"));
  // The batch is numbered in 2027 and paid on its first banking day (1 January is a holiday, 2-3 a weekend).
  const Result paid = ws.mp({"--as", "pirjo", "disburse", "--format", "json"});
  CAPTURE(paid.err);
  REQUIRE(paid.code == 0);
  CHECK(contains(paid.out, "PB-2027-001"));
  CHECK(contains(paid.out, "\"execution_date\": \"2027-01-04\""));
  // Stored times stay UTC.
  CHECK(ws.sql("SELECT submitted_at FROM pilots") == "2026-12-31T22:30:00Z");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("calendar: the same instant is still 2026 in a configuration whose zone is UTC") {
  Workspace ws(calendar_config("UTC"));
  ws.env["MINIPILOT_NOW"] = "2026-12-31T22:30:00Z";
  REQUIRE(ws.mp(application("Vuoden viimeinen")).code == 0);
  CHECK(ws.sql("SELECT id FROM pilots") == "MP-2026-0001");
  REQUIRE(ws.mp({"--as", "anna", "approve", "MP-2026-0001"}).code == 0);
  CHECK(ws.sql("SELECT approved_year FROM pilots") == "2026");
  CHECK(contains(ws.mp({"report", "summary", "--year", "2026", "--format", "json"}).out, "\"month\": \"2026-12\""));
}

TEST_CASE("calendar: another zone - 23:30 on 31 December in New York is already 2027 in UTC but 2026 there") {
  Workspace ws(calendar_config("America/New_York"));
  ws.env["MINIPILOT_NOW"] = "2027-01-01T04:30:00Z";
  REQUIRE(ws.mp(application("Aikavyöhyke")).code == 0);
  CHECK(ws.sql("SELECT id FROM pilots") == "MP-2026-0001");
}

TEST_CASE("calendar: across the spring change of summer time the local month and day follow Helsinki's clock") {
  Workspace ws(calendar_config(""));
  // 31 March 2026 21:30 UTC is 00.30 on 1 April in Helsinki (summer time, UTC+3).
  ws.env["MINIPILOT_NOW"] = "2026-03-31T21:30:00Z";
  REQUIRE(ws.mp(application("Huhtikuun pilotti")).code == 0);
  // 29 March 2026 00:59:59 UTC is 02.59.59 winter time; a second later the clock jumps to 04.00 summer time.
  ws.env["MINIPILOT_NOW"] = "2026-04-01T08:00:00Z";
  REQUIRE(ws.mp(application("Toinen")).code == 0);
  const Result s = ws.mp({"report", "summary", "--year", "2026", "--format", "json"});
  // by_month, by the month of application (money_by_month lists every month of the year so far).
  CHECK(contains(s.out, "\"month\": \"2026-04\",\n      \"applications\": 2"));
  CHECK_FALSE(contains(s.out, "\"month\": \"2026-03\",\n      \"applications\""));
  CHECK(ws.sql("SELECT group_concat(month) FROM pilots") == "2026-04,2026-04");
  // --from/--to are local days: the pilot applied at 00.30 local on 1 April is in April, not March.
  const Result march = ws.mp({"report", "pilots", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"});
  CHECK_FALSE(contains(march.out, "MP-2026-0001"));
  const Result april = ws.mp({"report", "pilots", "--from", "2026-04-01", "--to", "2026-04-01", "--format", "json"});
  CHECK(contains(april.out, "MP-2026-0001"));
}

TEST_CASE("calendar: an unknown [program] timezone is a configuration error naming the line and key (exit 10)") {
  for (const std::string zone : {"Mars/Olympus", "Europe/helsinki", "../../etc/passwd", "EET+2"}) {
    CAPTURE(zone);
    Workspace ws(calendar_config(zone), false);
    const Result r = ws.mp({"report", "summary"});
    CHECK(r.code == 10);
    CHECK(contains(r.err, "minipilot.toml:3: program.timezone: unknown time zone"));
  }
}

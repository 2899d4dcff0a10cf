// End-to-end tests of `minipilot report decisions`: the decision list for the board and the web (issue 15).
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Three decisions on 2026-03-01 (Helsinki): two approvals by anna in keskusta, a rejection by ville in jukola.
void decide_three(Workspace& ws) {
  REQUIRE(ws.mp(application("Kirjastoauto torille", "Aino Asukas")).code == 0);
  REQUIRE(ws.mp(application("Pihakirppis", "Eino Esimerkki")).code == 0);
  std::vector<std::string> other = application("Jukolan kuoro", "Liisa Laulaja");
  other[8] = "jukola";
  REQUIRE(ws.mp(other).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0002", "MP-2026-0001", "--note", "Hyvä idea"}).code == 0);
  ws.env["MINIPILOT_USER"] = "ville";
  REQUIRE(ws.mp({"reject", "MP-2026-0003", "--reason", "Kuoro saa jo avustusta", "--code", "duplicate"}).code == 0);
  ws.env["MINIPILOT_USER"] = "tarja";
}

}  // namespace

TEST_CASE("report decisions: every decision by number, with decider, subject, applicant and outcome") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  decide_three(ws);
  const Result r = ws.mp({"report", "decisions", "--format", "markdown"});
  CHECK(r.code == 0);
  CAPTURE(r.out);
  CHECK(contains(r.out, "# Decision list 2026\n"));
  CHECK(contains(r.out, "| 2026/1 | 2026-03-01 | Anna Asukasagentti | Keskusta | MP-2026-0002 | Pihakirppis | Eino "
                        "Esimerkki | grant of 500.00 € | Hyvä idea |"));
  CHECK(contains(r.out, "| 2026/2 | 2026-03-01 | Anna Asukasagentti | Keskusta | MP-2026-0001 |"));
  CHECK(contains(r.out, "| 2026/3 | 2026-03-01 | ville | Jukola | MP-2026-0003 | Jukolan kuoro | Liisa Laulaja | "
                        "rejected: no grant | The same service exists already. Kuoro saa jo avustusta |"));
  CHECK(r.out.find("2026/1 |") < r.out.find("2026/2 |"));
  const Result j = ws.mp({"report", "decisions", "--format", "json"});
  CHECK(contains(j.out, "\"public\": false,\n  \"year\": 2026,"));
  CHECK(contains(j.out, "\"count\": 3,"));
  CHECK(contains(j.out, "\"decision\": \"rejected\",\n      \"grant_cents\": null,\n      \"reason_code\": \"duplicate\""));
  CHECK(contains(j.out, "\"note\": \"Hyvä idea\""));
  CHECK(contains(j.out, "\"applicant_removed\": false"));
  const Result fi = ws.mp({"--lang", "fi", "report", "decisions"});
  CHECK(contains(fi.out, "Päätösluettelo 2026"));
  CHECK(contains(fi.out, "myönnetty 500,00\u00a0€"));
  CHECK(contains(fi.out, "hylätty, ei avustusta"));
  CHECK(contains(fi.out, "Sama palvelu on jo olemassa"));
  const Result csv = ws.mp({"report", "decisions", "--format", "csv"});
  CHECK(contains(csv.out, "2026/3;2026-03-01;ville;Jukola;MP-2026-0003;"));
  const Result html = ws.mp({"report", "decisions", "--format", "html"});
  CHECK(contains(html.out, "<td>Liisa Laulaja</td>"));
}

TEST_CASE("report decisions --public: names up to 21 days after the decision, then removed, never contacts") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  decide_three(ws);
  SUBCASE("on the 21st day the names are shown") {
    ws.env["MINIPILOT_NOW"] = "2026-03-22T21:59:00Z";  // 23:59 in Helsinki, 21 days after 1.3.
    const Result r = ws.mp({"report", "decisions", "--public", "--format", "json"});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "\"applicant\": \"Aino Asukas\""));
    CHECK_FALSE(contains(r.out, "\"applicant_removed\": true"));
  }
  SUBCASE("on the 22nd day they are removed") {
    ws.env["MINIPILOT_NOW"] = "2026-03-22T22:00:00Z";  // 0:00 on 23.3. in Helsinki
    const Result r = ws.mp({"report", "decisions", "--public", "--format", "json"});
    CHECK(r.code == 0);
    CHECK_FALSE(contains(r.out, "Aino Asukas"));
    CHECK(contains(r.out, "\"applicant\": null,\n      \"applicant_removed\": true"));
    const Result fi = ws.mp({"--lang", "fi", "report", "decisions", "--public"});
    CHECK(contains(fi.out, "(poistettu)"));
    CHECK_FALSE(contains(fi.out, "Liisa"));
  }
  // Never e-mail, IBAN or the free texts.
  const Result r = ws.mp({"report", "decisions", "--public", "--format", "json"});
  CHECK_FALSE(contains(r.out, "matti@example.fi"));
  CHECK_FALSE(contains(r.out, "FI21"));
  CHECK_FALSE(contains(r.out, "Hyvä idea"));
  CHECK_FALSE(contains(r.out, "Kuoro saa jo"));
  CHECK_FALSE(contains(r.out, "\"note\""));
  CHECK(contains(r.out, "\"reason\": \"The same service exists already\""));
}

TEST_CASE("report decisions: by area, by period and by year, the current year by default") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  decide_three(ws);
  const Result area = ws.mp({"report", "decisions", "--area", "jukola", "--format", "json"});
  CHECK(contains(area.out, "\"count\": 1,"));
  CHECK(contains(area.out, "\"number\": \"2026/3\""));
  const Result period = ws.mp({"report", "decisions", "--from", "2026-03-02", "--format", "json"});
  CHECK(contains(period.out, "\"year\": null,"));
  CHECK(contains(period.out, "\"count\": 0,"));
  const Result day = ws.mp({"report", "decisions", "--from", "1.3.2026", "--to", "1.3.2026", "--format", "json"});
  CHECK(contains(day.out, "\"count\": 3,"));
  CHECK(contains(ws.mp({"report", "decisions", "--year", "2025", "--format", "json"}).out, "\"count\": 0,"));
  ws.env["MINIPILOT_NOW"] = "2027-01-05T10:00:00Z";
  const Result next = ws.mp({"report", "decisions"});
  CHECK(contains(next.out, "Decision list 2027"));
  CHECK(contains(next.out, "No decisions"));
}

TEST_CASE("report decisions: wrong filters are refused") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  decide_three(ws);
  check_refused(ws, {"report", "decisions", "--status", "approved"}, 2, "report decisions does not take --status");
  check_refused(ws, {"report", "decisions", "--search", "x"}, 2, "does not take --search");
  check_refused(ws, {"report", "decisions", "--area", "kesk"}, 4, "kesk");
  check_refused(ws, {"report", "decisions", "--from", "31.2.2026"}, 3, "--from");
  check_refused(ws, {"report", "decisions", "--from", "2026-03-05", "--to", "2026-03-01"}, 3, "");
  check_refused(ws, {"report", "decisions", "--from", ""}, 3, "--from is empty");
}

// End-to-end tests of `minipilot show`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("show: one pilot with its applicant and whole history") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Kirjastoauto torille"));
  ws.env["MINIPILOT_NOW"] = "2026-03-04T12:00:00Z";
  ws.mp({"approve", "MP-2026-0001", "--note", "Hyvä"});
  const Result r = ws.mp({"show", "MP-2026-0001"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "MP-2026-0001  Kirjastoauto torille\n"));
  CHECK(contains(r.out, "Applicant        Matti Meikäläinen (resident)\n"));
  CHECK(contains(r.out, "IBAN             FI21 1234 5600 0007 85\n"));
  CHECK(contains(r.out, "Decision number  2026/1\n"));
  CHECK(contains(r.out, "Grant            500.00 €\n"));
  CHECK(contains(r.out, "2  2026-03-04T12:00:00Z  anna  approve  submitted → approved, grant 500.00 €  Hyvä\n"));
}

TEST_CASE("show: a rejection's decision number and reason code with its text (issue 15)") {
  Workspace ws(std::string(kTeamConfig) + kDecisions);
  ws.mp(application("A"));
  ws.mp(application("B"));
  REQUIRE(ws.mp({"reject", "MP-2026-0002", "--reason", "Sama idea", "--code", "duplicate"}).code == 0);
  const Result r = ws.mp({"show", "MP-2026-0002"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "Decision number  2026/1\n"));
  CHECK(contains(r.out, "Reason code      duplicate: The same service exists already\n"));
  const Result fi = ws.mp({"--lang", "fi", "show", "MP-2026-0002"});
  CHECK(contains(fi.out, "duplicate: Sama palvelu on jo olemassa\n"));
  const Result json = ws.mp({"show", "MP-2026-0002", "--format", "json"});
  CHECK(contains(json.out, "\"decision_number\": \"2026/1\""));
  CHECK(contains(json.out, "\"reason_code\": \"duplicate\""));
  const Result undecided = ws.mp({"show", "MP-2026-0001", "--format", "json"});
  CHECK(contains(undecided.out, "\"decision_number\": null"));
  CHECK(contains(undecided.out, "\"reason_code\": null"));
}

TEST_CASE("show --format json: stable keys, cents and UTC times") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp({"approve", "MP-2026-0001"});
  const Result r = ws.mp({"show", "mp-2026-1", "--format", "json"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"grant_cents\": 50000"));
  CHECK(contains(r.out, "\"decided_at\": \"2026-03-01T10:00:00Z\""));
  CHECK(contains(r.out, "\"action\": \"approve\""));
}

TEST_CASE("show: a viewer may look - unknown and malformed ids are refused") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.env["MINIPILOT_USER"] = "tarja";
  CHECK(ws.mp({"show", "MP-2026-0001"}).code == 0);
  check_refused(ws, {"show", "MP-2026-0002"}, 4, "no pilot MP-2026-0002");
  check_refused(ws, {"show", "MP2026"}, 3, "is not a pilot id");
  check_refused(ws, {"show"}, 2, "id is required");
  check_refused(ws, {"show", "MP-2026-0001", "--format", "yaml"}, 2, "yaml");
}

TEST_CASE("show: markdown, csv and html render the same pilot") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A <b>&"));
  CHECK(contains(ws.mp({"--format", "markdown", "show", "MP-2026-0001"}).out, "| Status | submitted |"));
  CHECK(contains(ws.mp({"--format", "csv", "show", "MP-2026-0001"}).out, "Status;submitted\r\n"));
  CHECK(contains(ws.mp({"--format", "html", "show", "MP-2026-0001"}).out, "A &lt;b&gt;&amp;"));
}

TEST_CASE("show: an unknown pilot's hint names a search that exists (issue 14)") {
  Workspace ws(kTeamConfig);
  ws.mp(application("Sauna"));
  const Result r = ws.mp({"show", "MP-2026-0042"});
  CHECK(r.code == 4);
  CHECK(contains(r.err, "minipilot: error: no pilot MP-2026-0042\n"));
  CHECK(contains(
      r.err, "hint: check the id's year and number, or find the pilot with 'minipilot report pilots --search TEXT'"));
  CHECK(contains(ws.mp({"report", "pilots", "--search", "SAUNA"}).out, "MP-2026-0001"));
  const Result fi = ws.mp({"--lang", "fi", "approve", "MP-2026-0042"});
  CHECK(fi.code == 4);
  CHECK(contains(fi.err,
                 "hint: tarkista tunnuksen vuosi ja numero tai etsi pilotti komennolla "
                 "'minipilot report pilots --search TEKSTI'"));
}

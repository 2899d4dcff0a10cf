// End-to-end tests of `minipilot log`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("log: every event oldest first with who, when, what and the status change") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.mp(application("B"));
  ws.env["MINIPILOT_NOW"] = "2026-03-02T08:00:00Z";
  ws.mp({"reject", "MP-2026-0002", "--reason", "Ei rahoiteta"});
  const Result r = ws.mp({"log"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "1  2026-03-01T10:00:00Z  anna  apply   MP-2026-0001  submitted\n"));
  CHECK(contains(r.out, "3  2026-03-02T08:00:00Z  anna  reject  MP-2026-0002  submitted → rejected  Ei rahoiteta\n"));
  const Result one = ws.mp({"log", "mp-2026-2", "--format", "json"});
  CHECK(contains(one.out, "\"seq\": 2"));
  CHECK(contains(one.out, "\"seq\": 3"));
  CHECK_FALSE(contains(one.out, "\"seq\": 1,"));
  CHECK(
      contains(one.out,
               "\"detail\": {\"before\":{\"status\":\"submitted\"},\"after\":{\"status\":\"rejected\"},\"reason\":\"Ei "
               "rahoiteta\",\"decision_number\":\"2026/1\",\"declared_interest\":false}"));
}

TEST_CASE("log: a viewer may read it - unknown ids and users are refused") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  ws.env["MINIPILOT_USER"] = "tarja";
  CHECK(ws.mp({"log"}).code == 0);
  check_refused(ws, {"log", "MP-2026-0005"}, 4, "no pilot MP-2026-0005");
  check_refused(ws, {"log", "x"}, 3, "is not a pilot id");
  ws.env["MINIPILOT_USER"] = "mallory";
  check_refused(ws, {"log"}, 7, "unknown user 'mallory'");
}

namespace {

// Two pilots paid in PB-2026-001 on 2 March, one returned on 3 March; an IBAN amended on 1 March.
Workspace paid() {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  REQUIRE(ws.mp(application("A", "Aino")).code == 0);
  REQUIRE(ws.mp(application("B", "Eero")).code == 0);
  REQUIRE(ws.mp({"amend", "MP-2026-0002", "--iban", "FI37 1590 3000 0007 76"}).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"}).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-02T09:00:00Z";
  REQUIRE(ws.mp({"--as", "pirjo", "disburse"}).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-03T09:00:00Z";
  REQUIRE(ws.mp({"--as", "pirjo", "disburse", "return", "MP-2026-0002", "--reason", "Tili suljettu"}).code == 0);
  return ws;
}

std::vector<std::string> seqs(const Result& r) {
  std::vector<std::string> out;
  for (size_t at = 0; (at = r.out.find("\"seq\": ", at)) != std::string::npos; at += 7)
    out.push_back(r.out.substr(at + 7, r.out.find(',', at) - at - 7));
  return out;
}

}  // namespace

TEST_CASE("log: a batch's events, and filters by actor, action and date (issue 11)") {
  Workspace ws = paid();
  const Result batch = ws.mp({"log", "pb-2026-1", "--format", "json"});
  CAPTURE(batch.err);
  CHECK(batch.code == 0);
  CHECK(seqs(batch) == std::vector<std::string>{"6", "7", "8", "9"});  // two payments, the batch, the return
  CHECK(seqs(ws.mp({"log", "--actor", "pirjo", "--format", "json"})) == std::vector<std::string>{"6", "7", "8", "9"});
  CHECK(seqs(ws.mp({"log", "--action", "approve", "--format", "json"})) == std::vector<std::string>{"4", "5"});
  CHECK(seqs(ws.mp({"log", "--from", "2026-03-02", "--to", "2.3.2026", "--format", "json"})) ==
        std::vector<std::string>{"6", "7", "8"});
  CHECK(seqs(ws.mp({"log", "MP-2026-0002", "--action", "disburse", "--format", "json"})) ==
        std::vector<std::string>{"7"});
  CHECK(seqs(ws.mp({"log", "--actor", "nobody", "--format", "json"})).empty());
}

TEST_CASE("log: the table says what each event changed") {
  Workspace ws = paid();
  ws.env["COLUMNS"] = "200";
  const Result r = ws.mp({"log"});
  CHECK(contains(r.out, "amend     MP-2026-0002  iban"));
  CHECK(contains(r.out, "submitted → approved, grant 500.00 €"));
  CHECK(contains(r.out, "approved → disbursed, paid 500.00 € in PB-2026-001"));
  CHECK(contains(r.out, "PB-2026-001: 2 payments, 1,000.00 €, to be paid 2026-03-03"));
  CHECK(contains(r.out, "disbursed → approved, payment in PB-2026-001 returned"));
  const size_t returned = r.out.find("returned");
  CHECK(r.out.substr(returned, r.out.find('\n', returned) - returned).find("Tili suljettu") != std::string::npos);
}

TEST_CASE("log: unknown batches, actions and bad dates are refused") {
  Workspace ws = paid();
  check_refused(ws, {"log", "PB-2026-009"}, 4, "no batch PB-2026-009");
  check_refused(ws, {"log", "--action", "pay"}, 3, "no action 'pay' is recorded");
  check_refused(ws, {"log", "--from", "2026-02-30"}, 3, "--from:");
  check_refused(ws, {"log", "--from", "2026-03-03", "--to", "2026-03-01"}, 3, "is after --to");
  check_refused(ws, {"log", "--actor", ""}, 3, "--actor is empty");
}

// End-to-end tests of finding the work in `report pilots` (issue 14): search, applicant, several areas, on hold,
// --mine, and the agent's queue with the year's budget above it.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Anna is keskusta's agent, ville jukola's; lammi has none. Four applications:
// 1 Äijän sauna by Åke Öhman (keskusta, approved, on hold), 2 Kirjasto by Matti
// Virta (jukola, its description says ÄIJÄ), 3 Lumityöt by Liisa Virtanen
// (keskusta), 4 Pyöräpaja by Jens Straßer (lammi).
const std::string kConfig = std::string(kTeamConfig) + "[[areas]]\nid = \"lammi\"\nname = \"Lammi\"\nagents = []\n";

Workspace queue() {
  Workspace ws(kConfig);
  const auto apply = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "apply");
    const Result r = ws.mp(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
  };
  apply({"--title", "Äijän sauna", "--applicant", "Åke Öhman", "--type", "resident", "--area", "keskusta"});
  apply({"--title", "Kirjasto", "--applicant", "Matti Virta", "--type", "resident", "--area", "jukola", "--description",
         "Lukupiiri: ÄIJÄ lukee ääneen"});
  apply({"--title", "Lumityöt", "--applicant", "Liisa Virtanen", "--type", "resident", "--area", "keskusta"});
  apply({"--title", "Pyöräpaja", "--applicant", "Jens Straßer", "--type", "resident", "--area", "lammi"});
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  REQUIRE(ws.mp({"hold", "MP-2026-0001", "--reason", "Tarkistetaan"}).code == 0);
  return ws;
}

// The ids `report pilots FILTER...` lists, from its CSV.
std::string ids(Workspace& ws, std::vector<std::string> filter) {
  filter.insert(filter.begin(), {"report", "pilots", "--format", "csv"});
  const Result r = ws.mp(filter);
  CAPTURE(r.err);
  CHECK(r.code == 0);
  std::string out;
  for (size_t at = 0; (at = r.out.find("\nMP-", at)) != std::string::npos; ++at) out += r.out.substr(at + 9, 4) + " ";
  return out;
}

}  // namespace

TEST_CASE("report pilots --search: title, applicant and description, whatever the case of any letter") {
  Workspace ws = queue();
  CHECK(ids(ws, {"--search", "äijä"}) == "0001 0002 ");
  CHECK(ids(ws, {"--search", "ÅKE"}) == "0001 ");
  CHECK(ids(ws, {"--search", "VIRTA"}) == "0002 0003 ");
  CHECK(ids(ws, {"--search", "strasser"}) == "0004 ");
  CHECK(ids(ws, {"--search", "%"}).empty());
  CHECK(ids(ws, {"--applicant", "virta"}) == "0002 0003 ");
  CHECK(ids(ws, {"--applicant", "äijä"}).empty());  // in a title and a description, not in a name
  const Result r = ws.mp({"report", "pilots", "--search", "Äijä", "--applicant", "öhman"});
  CHECK(contains(r.out, "Pilots — search 'Äijä', applicant 'öhman'\n"));
  const Result j = ws.mp({"report", "pilots", "--search", "Äijä", "--format", "json"});
  CHECK(contains(j.out, "\"search\": \"Äijä\",\n    \"applicant\": null\n  },"));
  CHECK(contains(j.out, "\"count\": 2,"));
}

TEST_CASE("report pilots: --area repeated, --status on-hold, and every filter together") {
  Workspace ws = queue();
  CHECK(ids(ws, {"--area", "keskusta", "--area", "lammi"}) == "0001 0003 0004 ");
  CHECK(ids(ws, {"--status", "on-hold"}) == "0001 ");
  CHECK(ids(ws, {"--status", "approved"}) == "0001 ");  // held is still approved
  CHECK(ids(ws, {"--area", "keskusta", "--area", "jukola", "--search", "virta"}) == "0002 0003 ");
  CHECK(ids(ws, {"--area", "jukola", "--search", "virta", "--status", "submitted"}) == "0002 ");
  CHECK(ids(ws, {"--area", "lammi", "--search", "virta"}).empty());
  const Result t = ws.mp({"report", "pilots", "--area", "keskusta", "--area", "lammi", "--status", "on-hold"});
  CHECK(contains(t.out, "Pilots — areas keskusta, lammi, status on hold\n"));
  const Result j = ws.mp({"report", "pilots", "--area", "keskusta", "--area", "lammi", "--format", "json"});
  CHECK(contains(j.out, "\"area\": null,\n    \"areas\": [\n      \"keskusta\",\n      \"lammi\"\n    ],"));
  const Result one = ws.mp({"report", "pilots", "--area", "jukola", "--status", "on-hold", "--format", "json"});
  CHECK(contains(one.out, "\"area\": \"jukola\","));
  CHECK(contains(one.out, "\"status\": \"on-hold\","));
}

TEST_CASE("report summary and outcomes: --area repeated counts every area given") {
  Workspace ws = queue();
  const Result two = ws.mp({"report", "summary", "--area", "keskusta", "--area", "jukola", "--format", "json"});
  CHECK(contains(two.out, "\"submitted\": 2,"));
  CHECK(contains(two.out, "\"approved\": 1,"));
  CHECK(contains(two.out, "\"areas\": [\n    \"keskusta\",\n    \"jukola\"\n  ],"));
  CHECK_FALSE(contains(two.out, "\"area\": \"lammi\""));
  CHECK(contains(ws.mp({"report", "--area", "keskusta", "--area", "jukola"}).out,
                 "Testipilotit — summary 2026, areas keskusta, jukola\n"));
  const Result outcomes = ws.mp({"report", "outcomes", "--area", "keskusta", "--area", "lammi", "--format", "json"});
  CHECK(outcomes.code == 0);
  CHECK(contains(outcomes.out, "\"areas\": [\n      \"keskusta\",\n      \"lammi\"\n    ],"));
  check_refused(ws, {"report", "outcomes", "--area", "keskusta", "--area", "kalliola"}, 4, "no area 'kalliola'");
}

TEST_CASE("report pilots --mine: the areas whose agent the acting user is") {
  Workspace ws = queue();
  CHECK(ids(ws, {"--mine"}) == "0001 0003 ");
  ws.env["MINIPILOT_USER"] = "ville";
  CHECK(ids(ws, {"--mine"}) == "0002 ");
  const Result r = ws.mp({"report", "pilots", "--mine", "--status", "submitted"});
  CHECK(contains(r.out, "Pilots — my areas (jukola), status submitted\n"));
  CHECK(contains(ws.mp({"report", "pilots", "--mine", "--format", "json"}).out,
                 "\"areas\": [\n      \"jukola\"\n    ],\n    \"mine\": true,"));
  ws.env["MINIPILOT_USER"] = "pirjo";  // finance: agent of no area
  check_refused(ws, {"report", "pilots", "--mine"}, 4, "pirjo is not an agent of any area");
  CHECK(contains(ws.mp({"report", "pilots", "--mine"}).err, "hint: the areas' agents are listed in [[areas]] agents"));
  ws.env["MINIPILOT_USER"] = "anna";
  check_refused(ws, {"report", "pilots", "--mine", "--area", "lammi"}, 2, "--mine and --area do not go together");
  check_refused(ws, {"report", "summary", "--mine"}, 2, "report summary does not take --mine");
  ws.env["MINIPILOT_USER"] = "mallory";  // who may not read learns nothing of areas
  check_refused(ws, {"report", "pilots", "--mine"}, 7, "unknown user 'mallory'");
}

TEST_CASE("report pilots --mine on a single-user ledger is refused: nobody has areas there") {
  Workspace ws(kSingleUserConfig);
  ws.mp(application("A"));
  check_refused(ws, {"report", "pilots", "--mine"}, 2, "--mine needs users: this ledger is single-user");
  CHECK(contains(ws.mp({"report", "pilots", "--mine"}).err, "hint: name the areas with --area\n"));
}

TEST_CASE("report pilots --status submitted is the queue: the year's budget and how many grants it allows") {
  Workspace ws = queue();  // 1,500.00 € for 2026, 500.00 € committed
  const Result t = ws.mp({"report", "pilots", "--status", "submitted"});
  CHECK(contains(t.out, "Pilots — status submitted\nBudget 2026: 1,000.00 € remaining, enough for 2 more grants\n"));
  CHECK(contains(ws.mp({"report", "pilots", "--status", "submitted", "--format", "markdown"}).out,
                 "# Pilots — status submitted\n\nBudget 2026: 1,000.00 € remaining, enough for 2 more grants\n"));
  CHECK(contains(ws.mp({"report", "pilots", "--status", "submitted", "--format", "html"}).out,
                 "<p class=\"lead\">Budget 2026: 1,000.00 € remaining, enough for 2 more grants</p>"));
  // The CSV stays the bare table, for spreadsheets.
  const Result csv = ws.mp({"report", "pilots", "--status", "submitted", "--format", "csv"});
  CHECK_FALSE(contains(csv.out, "Budget"));
  CHECK(csv.out.rfind("\xEF\xBB\xBFID;", 0) == 0);
  const Result j = ws.mp({"report", "pilots", "--status", "submitted", "--format", "json"});
  CHECK(contains(j.out,
                 "\"budget\": {\n    \"year\": 2026,\n    \"budget_cents\": 150000,\n    \"committed_cents\": "
                 "50000,\n    \"remaining_cents\": 100000,\n    \"grants_left\": 2\n  },"));
  // Not the queue: no budget.
  CHECK(contains(ws.mp({"report", "pilots", "--format", "json"}).out, "\"budget\": null,"));
  CHECK_FALSE(contains(ws.mp({"report", "pilots", "--status", "approved"}).out, "Budget"));
  // In Finnish, in the language's forms.
  CHECK(contains(ws.mp({"--lang", "fi", "report", "pilots", "--status", "submitted"}).out,
                 "Määräraha 2026: jäljellä 1\u00a0000,00\u00a0€, riittää vielä 2 avustukseen\n"));
}

TEST_CASE("report pilots queue: a year without a budget says so rather than showing 0") {
  Workspace ws = queue();
  ws.env["MINIPILOT_NOW"] = "2027-01-15T10:00:00Z";
  const Result t = ws.mp({"report", "pilots", "--status", "submitted"});
  CHECK(contains(t.out,
                 "Budget 2027: none configured, so nothing can be approved (add a line for 2027 under "
                 "[budget])\n"));
  const Result j = ws.mp({"report", "pilots", "--status", "submitted", "--format", "json"});
  CHECK(contains(j.out,
                 "\"year\": 2027,\n    \"budget_cents\": null,\n    \"committed_cents\": 0,\n    "
                 "\"remaining_cents\": null,\n    \"grants_left\": null\n  },"));
}

TEST_CASE("report pilots: bad values of the finding options are refused with a clear error") {
  Workspace ws = queue();
  check_refused(ws, {"report", "pilots", "--search", ""}, 3, "--search is empty");
  check_refused(ws, {"report", "pilots", "--applicant", ""}, 3, "--applicant is empty");
  check_refused(ws, {"report", "pilots", "--search", "   "}, 3, "--search is blank: give a text to search for");
  check_refused(ws, {"report", "pilots", "--search", std::string(201, 'x')}, 3, "--search is longer than 200");
  check_refused(ws, {"report", "pilots", "--status", "held"}, 2, "--status: held not in");
  check_refused(ws, {"report", "pilots", "--area", "keskusta", "--area", "keskusta"}, 3,
                "--area keskusta is given twice");
  check_refused(ws, {"report", "pilots", "--area", "keskusta", "--area", "Lammi"}, 4, "no area 'Lammi'");
  check_refused(ws, {"report", "pilots", "--search"}, 2, "--search");
  check_refused(ws, {"report", "payees", "--search", "x"}, 2, "report payees does not take --search");
  check_refused(ws, {"report", "outcomes", "--applicant", "x"}, 2, "report outcomes does not take --applicant");
}

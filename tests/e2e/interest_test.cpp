// End-to-end tests of `minipilot interest` and of disqualification in approve and reject (issue 15).
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Keskusta has two agents, Jukola one; an admin and a viewer besides.
constexpr const char* kOffice = R"([program]
name = "Testipilotit"
grant_amount = "500.00"
[budget]
2026 = "5000.00"
[[areas]]
id = "keskusta"
name = "Keskusta"
agents = ["anna", "ville"]
[[areas]]
id = "jukola"
name = "Jukola"
agents = ["anna"]
[users.anna]
name = "Anna Asukasagentti"
roles = ["agent"]
[users.ville]
name = "Ville Virtanen"
roles = ["agent"]
[users.aila]
name = "Aila Ylläpitäjä"
roles = ["admin"]
[users.pirjo]
roles = ["finance"]
[users.tarja]
roles = ["viewer"]
)";

// An association's application in `area`: business ID 2858394-9, the IBAN FI21 1234 5600 0007 85.
std::vector<std::string> association(const std::string& title, const std::string& area = "keskusta") {
  return {"apply",         "--title",   title,       "--applicant",     "Kallion  Kuoro ry",      "--type",
          "association",   "--area",    area,        "--business-id",   "2858394-9",              "--iban",
          "FI21 1234 5600 0007 85", "--email", "kuoro@example.fi"};
}

}  // namespace

TEST_CASE("interest add: an agent records their own interest, and it is listed and logged") {
  Workspace ws(kOffice);
  const Result r = ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "hallituksen jäsen"});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "recorded interest no. 1 of anna: business ID 2858394-9\n");
  CHECK(ws.sql("SELECT user_id, kind, value, match_key, reason, added_by, "
               "CASE WHEN removed_at IS NULL THEN 1 ELSE 0 END FROM interests") ==
        "anna|business_id|2858394-9|2858394-9|hallituksen jäsen|anna|1");
  // The event names the interest, its user and kind, and commits to the rest; the value stays out of the log.
  CHECK(ws.sql("SELECT actor, CASE WHEN pilot_id IS NULL THEN 1 ELSE 0 END, json_extract(detail, '$.interest'), "
               "json_extract(detail, '$.user'), "
               "json_extract(detail, '$.kind'), length(json_extract(detail, '$.commitment')), "
               "instr(detail, '2858394') FROM events WHERE action = 'interest add'") ==
        "anna|1|1|anna|business_id|64|0");
  ws.env["MINIPILOT_USER"] = "tarja";
  const Result list = ws.mp({"interest", "list"});
  CHECK(list.code == 0);
  CHECK(contains(list.out, "Anna Asukasagentti"));
  CHECK(contains(list.out, "business ID  2858394-9"));
  CHECK(contains(list.out, "hallituksen jäsen"));
  const Result log = ws.mp({"log", "--action", "interest add"});
  CHECK(log.code == 0);
  CHECK(contains(log.out, "anna: business ID (no. 1)"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("interest: a name is compared without case and runs of spaces, an IBAN as typed with spaces") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp({"interest", "add", "anna", "--name", "kallion  KUORO\u00a0RY", "--reason", "jäsen"}).code == 0);
  CHECK(ws.sql("SELECT value || '|' || match_key FROM interests") == "kallion  KUORO RY|kallion kuoro ry");
  check_refused(ws, {"interest", "add", "anna", "--name", "Kallion Kuoro ry", "--reason", "toinen"}, 5,
                "anna has declared this interest already");
  check_refused(ws, {"interest", "add", "ville", "--iban", "fi2112345600000785", "--reason", "sukulainen"}, 7,
                "anna may record only their own interests");
  ws.env["MINIPILOT_USER"] = "ville";
  REQUIRE(ws.mp({"interest", "add", "ville", "--iban", "fi21 1234 5600 0007 85", "--reason", "sukulainen"}).code == 0);
  CHECK(ws.sql("SELECT value FROM interests WHERE user_id = 'ville'") == "FI2112345600000785");
}

TEST_CASE("approve and reject: a decider with a declared interest in the applicant is disqualified") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp(association("Kuoro laulaa")).code == 0);
  SUBCASE("by business ID") {
    REQUIRE(ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "hallituksen jäsen"}).code ==
            0);
    check_refused(ws, {"approve", "MP-2026-0001"}, 7,
                  "anna is disqualified from deciding MP-2026-0001: a declared interest in its applicant, business ID "
                  "2858394-9 (hallituksen jäsen)");
  }
  SUBCASE("by name, in another case and spacing") {
    REQUIRE(ws.mp({"interest", "add", "anna", "--name", "KALLION kuoro ry", "--reason", "jäsen"}).code == 0);
    check_refused(ws, {"reject", "MP-2026-0001", "--reason", "ei"}, 7, "a declared interest in its applicant, name");
  }
  SUBCASE("by IBAN written with spaces") {
    REQUIRE(ws.mp({"interest", "add", "anna", "--iban", "FI21 1234 5600 0007 85", "--reason", "oma tili"}).code == 0);
    check_refused(ws, {"approve", "MP-2026-0001"}, 7, "IBAN FI21 1234 5600 0007 85 (oma tili)");
  }
  const Result r = ws.mp({"approve", "MP-2026-0001"});
  CHECK(contains(r.err, "hint: the other agent of the area may decide it: Ville Virtanen (ville)"));
  CHECK(ws.sql("SELECT status FROM pilots") == "submitted");
  // The other agent decides instead, and the event records that they had no declared interest.
  ws.env["MINIPILOT_USER"] = "ville";
  CHECK(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  CHECK(ws.sql("SELECT actor || ' ' || json_extract(detail, '$.declared_interest') FROM events "
               "WHERE action = 'approve'") == "ville 0");
}

TEST_CASE("disqualification: a payee's name counts, an unrelated applicant does not, and a bulk decision is refused "
          "whole") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp(application("Pihakirppis", "Liisa Lahtinen")).code == 0);
  std::vector<std::string> community = application("Yhteislaulu", "Kallion laulajat");
  community[6] = "community";
  community.insert(community.end(), {"--payee-name", "Matti  Meikäläinen"});
  REQUIRE(ws.mp(community).code == 0);
  REQUIRE(ws.mp({"interest", "add", "anna", "--name", "matti meikäläinen", "--reason", "veli"}).code == 0);
  check_refused(ws, {"approve", "MP-2026-0001", "MP-2026-0002"}, 7,
                "anna is disqualified from deciding MP-2026-0002");
  CHECK(ws.mp({"approve", "MP-2026-0001"}).code == 0);
}

TEST_CASE("disqualification: with no other agent the hint names an admin, who may decide") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp(association("Jukolan kuoro", "jukola")).code == 0);
  REQUIRE(ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "jäsen"}).code == 0);
  const Result r = ws.mp({"reject", "MP-2026-0001", "--reason", "ei"});
  CHECK(r.code == 7);
  CHECK(contains(r.err, "hint: the area has no other agent: an admin may decide it: Aila Ylläpitäjä (aila)"));
  ws.env["MINIPILOT_USER"] = "aila";
  CHECK(ws.mp({"reject", "MP-2026-0001", "--reason", "ei"}).code == 0);
}

TEST_CASE("interest remove: the user may decide again, and the ended interest is listed with --all") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp(association("Kuoro")).code == 0);
  REQUIRE(ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "jäsen"}).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 7);
  check_refused(ws, {"interest", "remove", "anna", "--business-id", "0737546-2"}, 4,
                "anna has no declared interest by business ID 0737546-2");
  ws.env["MINIPILOT_NOW"] = "2026-03-02T10:00:00Z";
  const Result r = ws.mp({"interest", "remove", "anna", "--business-id", "2858394-9"});
  CHECK(r.code == 0);
  CHECK(r.out == "ended interest no. 1 of anna: business ID 2858394-9\n");
  CHECK(ws.sql("SELECT removed_at || ' ' || removed_by FROM interests") == "2026-03-02T10:00:00Z anna");
  CHECK(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  CHECK(ws.mp({"interest", "list"}).out == "Declared interests\nNo declared interests.\n");
  const Result all = ws.mp({"interest", "list", "--all", "--format", "json"});
  CHECK(contains(all.out, "\"removed_at\": \"2026-03-02T10:00:00Z\""));
  CHECK(contains(all.out, "\"removed_by\": \"anna\""));
  check_refused(ws, {"interest", "remove", "anna", "--business-id", "2858394-9"}, 4, "no declared interest");
  // Recorded again after it ended: a new live interest.
  CHECK(ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "jäsen taas"}).code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM interests") == "2");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("interest: a user records their own, an admin anyone's, a viewer only lists") {
  Workspace ws(kOffice);
  check_refused(ws, {"interest", "add", "ville", "--name", "X", "--reason", "y"}, 7,
                "anna may record only their own interests, not ville's");
  ws.env["MINIPILOT_USER"] = "tarja";
  check_refused(ws, {"interest", "add", "tarja", "--name", "X", "--reason", "y"}, 7, "tarja decides and pays nothing");
  CHECK(ws.mp({"interest", "list", "anna"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  CHECK(ws.mp({"interest", "add", "pirjo", "--name", "X", "--reason", "y"}).code == 0);
  ws.env["MINIPILOT_USER"] = "aila";
  CHECK(ws.mp({"interest", "add", "ville", "--name", "X", "--reason", "y"}).code == 0);
  CHECK(ws.sql("SELECT group_concat(user_id || ' by ' || added_by, ', ') FROM interests") ==
        "pirjo by pirjo, ville by aila");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"interest", "remove", "pirjo", "--name", "X"}, 7, "ville may record only their own interests");
  CHECK(ws.mp({"interest", "remove", "ville", "--name", "x"}).code == 0);
}

TEST_CASE("interest: wrong input is refused and changes nothing") {
  Workspace ws(kOffice);
  check_refused(ws, {"interest", "add", "anna", "--reason", "y"}, 2, "exactly one of --business-id, --name or --iban");
  check_refused(ws, {"interest", "add", "anna", "--name", "X", "--iban", "FI2112345600000785", "--reason", "y"}, 2,
                "exactly one of");
  check_refused(ws, {"interest", "add", "anna", "--name", "X"}, 2, "--reason is required");
  check_refused(ws, {"interest", "add", "anna", "--name", "", "--reason", "y"}, 3, "--name is empty");
  check_refused(ws, {"interest", "add", "anna", "--name", "   ", "--reason", "y"}, 3, "name is required");
  check_refused(ws, {"interest", "add", "anna", "--name", "X", "--reason", " "}, 3, "reason is required");
  check_refused(ws, {"interest", "add", "anna", "--name", "X\nY", "--reason", "y"}, 3, "name");
  check_refused(ws, {"interest", "add", "anna", "--business-id", "2858394-8", "--reason", "y"}, 3, "check digit");
  check_refused(ws, {"interest", "add", "anna", "--iban", "FI2112345600000786", "--reason", "y"}, 3, "IBAN");
  check_refused(ws, {"interest", "add", "nna", "--name", "X", "--reason", "y"}, 4, "no user 'nna' under [users]");
  CHECK(contains(ws.mp({"interest", "add", "nna", "--name", "X", "--reason", "y"}).err, "hint: did you mean 'anna'?"));
  check_refused(ws, {"interest", "add", "", "--name", "X", "--reason", "y"}, 3, "an empty argument was given after 'add'");
  check_refused(ws, {"interest", "list", "nobody"}, 4, "no user 'nobody'");
  check_refused(ws, {"interest"}, 2, "");
}

TEST_CASE("interest: a single-user ledger has nobody to disqualify") {
  Workspace ws(kSingleUserConfig);
  check_refused(ws, {"interest", "add", "anna", "--name", "X", "--reason", "y"}, 10,
                "declared interests need users: this configuration has no [users] table");
  const Result r = ws.mp({"interest", "list", "--format", "json"});
  CHECK(r.code == 0);
  CHECK(r.out == "{\n  \"interests\": []\n}\n");
}

TEST_CASE("interest: Finnish words in the output and the log") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp(association("Kuoro")).code == 0);
  const Result r =
      ws.mp({"--lang", "fi", "interest", "add", "anna", "--business-id", "2858394-9", "--reason", "hallituksen jäsen"});
  CHECK(r.out == "kirjattu sidonnaisuus nro 1 (anna): Y-tunnus 2858394-9\n");
  const Result refused = ws.mp({"--lang", "fi", "approve", "MP-2026-0001"});
  CHECK(refused.code == 7);
  CAPTURE(refused.err);
  CHECK(contains(refused.err, "anna on esteellinen käsittelemään hakemusta MP-2026-0001"));
  CHECK(contains(refused.err, "Ville Virtanen (ville)"));
  CHECK(contains(ws.mp({"--lang", "fi", "log"}).out, "sidonnaisuus ilmoitettu"));
}

TEST_CASE("verify: an interest changed or ended behind the tool's back is found") {
  Workspace ws(kOffice);
  REQUIRE(ws.mp({"interest", "add", "anna", "--business-id", "2858394-9", "--reason", "jäsen"}).code == 0);
  REQUIRE(ws.mp({"verify"}).code == 0);
  SUBCASE("its value changed, so that its user could decide") {
    ws.sql("UPDATE interests SET value = '0737546-2', match_key = '0737546-2'");
    const Result r = ws.mp({"verify"});
    CHECK(r.code == 9);
    CHECK(contains(r.out, "its user, kind, value, reason or maker is not what event 1 recorded"));
  }
  SUBCASE("ended without an event") {
    ws.sql("UPDATE interests SET removed_at = '2026-03-01T11:00:00Z', removed_by = 'anna'");
    const Result r = ws.mp({"verify"});
    CHECK(r.code == 9);
    CHECK(contains(r.out, "it has ended, but no event ended it"));
  }
  SUBCASE("deleted") {
    ws.sql("DELETE FROM interests");
    const Result r = ws.mp({"verify"});
    CHECK(r.code == 9);
    CHECK(contains(r.out, "event 1 records this interest, but the ledger has no such interest"));
  }
}

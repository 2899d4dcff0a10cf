// End-to-end tests of `minipilot amend`.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("amend: corrects one detail - the change is kept with old and new value outside the event log") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  const Result r = ws.mp({"amend", "MP-2026-0001", "--iban", "fi37 1590 3000 0007 76"});
  CHECK(r.code == 0);
  CHECK(r.out == "amended iban of MP-2026-0001\n");
  CHECK(ws.sql("SELECT iban FROM applicants") == "FI3715903000000776");
  CHECK(ws.sql("SELECT field, old_value, new_value FROM applicant_changes") ==
        "iban|FI2112345600000785|FI3715903000000776");
  // The event names the change and commits to the payee's new details, never holding them.
  const std::string detail = ws.sql("SELECT detail FROM events WHERE action = 'amend'");
  CHECK(detail.rfind(R"({"field":"iban","change":1,"payee":")", 0) == 0);
  CHECK(detail.size() == std::string(R"({"field":"iban","change":1,"payee":""})").size() + 64);
  CHECK_FALSE(contains(detail, "FI37"));
  CHECK(ws.sql("SELECT iban_set_by FROM pilots") == "anna");
  CHECK(ws.mp({"amend", "MP-2026-0001", "--iban", "FI37 1590 3000 0007 76"}).out ==
        "unchanged: iban of MP-2026-0001\n");
}

TEST_CASE("amend: each field is validated as at apply") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  check_refused(ws, {"amend", "MP-2026-0001", "--iban", "FI00 1234"}, 3, "IBAN");
  check_refused(ws, {"amend", "MP-2026-0001", "--bic", "X"}, 3, "BIC");
  check_refused(ws, {"amend", "MP-2026-0001", "--email", "x"}, 3, "e-mail");
  check_refused(ws, {"amend", "MP-2026-0001", "--phone", "12"}, 3, "phone");
  check_refused(ws, {"amend", "MP-2026-0001", "--applicant-name", " "}, 3, "applicant_name is empty");
  check_refused(ws, {"amend", "MP-2026-0001"}, 2, "amend needs at least one field to correct");
  check_refused(ws, {"amend", "MP-2026-0002", "--email", "a@b.fi"}, 4, "no pilot MP-2026-0002");
}

TEST_CASE("amend: only an agent of the area may amend - a new name may not duplicate a live application") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A", "Maija"));
  ws.mp(application("A", "Matti"));
  check_refused(ws, {"amend", "MP-2026-0002", "--applicant-name", "MAIJA"}, 5,
                "has a live application with the title");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"amend", "MP-2026-0001", "--email", "a@b.fi"}, 7, "not an agent of area 'keskusta'");
}

namespace {

// kTeamConfig (anna: keskusta, ville: jukola, pirjo: finance, tarja: viewer) with
// the area lammi, also anna's, and vilma, an admin.
const std::string kAreasConfig = std::string(kTeamConfig) +
                                 "[[areas]]\nid = \"lammi\"\nname = \"Lammi\"\nagents = [\"anna\"]\n"
                                 "[users.vilma]\nroles = [\"admin\"]\n";

const std::vector<std::string> kFullApplication{
    "apply",        "--title", "Lainamo", "--applicant",   "Kylätoimikunta", "--type",  "community", "--area",
    "keskusta",     "--iban",  "FI21 1234 5600 0007 85",   "--email",        "kyla@example.fi",      "--phone",
    "040 123 4567", "--start", "1.4.2026", "--end",        "31.5.2026",      "--description",        "Tavaroita lainaan"};

}  // namespace

TEST_CASE("amend: every field at once - one transaction, one event per field, the history shows old and new") {
  Workspace ws(kAreasConfig + kPayer);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  const Result r = ws.mp({"amend", "mp-2026-1", "--title", "Lainaamo", "--description", "Tavaroita lainaksi",
                          "--area", "lammi", "--type", "association", "--business-id", "2858394-9", "--start",
                          "2026-04-02", "--end", "30.6.2026", "--iban", "FI37 1590 3000 0007 76", "--bic", "OKOYFIHH",
                          "--email", "uusi@example.fi", "--phone", "050 765 4321", "--applicant-name",
                          "Lammin kyläyhdistys", "--payee-name", "Matti Meikäläinen"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.out ==
        "amended title of MP-2026-0001\namended description of MP-2026-0001\namended area of MP-2026-0001\n"
        "amended type of MP-2026-0001\namended business_id of MP-2026-0001\namended start of MP-2026-0001\n"
        "amended end of MP-2026-0001\namended iban of MP-2026-0001\namended bic of MP-2026-0001\n"
        "amended email of MP-2026-0001\namended phone of MP-2026-0001\namended applicant_name of MP-2026-0001\n"
        "amended payee_name of MP-2026-0001\n");
  CHECK(ws.sql("SELECT title, description, area, start_date, end_date FROM pilots") ==
        "Lainaamo|Tavaroita lainaksi|lammi|2026-04-02|2026-06-30");
  CHECK(ws.sql("SELECT name, type, business_id, iban, bic, email, phone, payee_name FROM applicants") ==
        "Lammin kyläyhdistys|association|2858394-9|FI3715903000000776|OKOYFIHH|uusi@example.fi|050 765 4321|"
        "Matti Meikäläinen");
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE action = 'amend'") == "13");
  // Personal data and the free text are kept apart from the event log; the rest is in the events.
  CHECK(ws.sql("SELECT group_concat(field, ',') FROM applicant_changes") ==
        "description,business_id,iban,bic,email,phone,applicant_name,payee_name");
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE detail LIKE '%Tavaroita%' OR detail LIKE '%FI37%' "
               "OR detail LIKE '%uusi@%'") == "0");
  const Result show = ws.mp({"show", "MP-2026-1"});
  CHECK(contains(show.out, "title: Lainamo → Lainaamo"));
  CHECK(contains(show.out, "area: keskusta → lammi"));
  CHECK(contains(show.out, "type: community → association"));
  CHECK(contains(show.out, "business_id: – → 2858394-9"));
  CHECK(contains(show.out, "end: 2026-05-31 → 2026-06-30"));
  CHECK(contains(show.out, "iban: FI2112345600000785 → FI3715903000000776"));
  CHECK(contains(show.out, "payee_name: – → Matti Meikäläinen"));
  CHECK(contains(show.out, "Payee"));
  // In Finnish, the words and forms of Finnish.
  const Result fi = ws.mp({"--lang", "fi", "log", "MP-2026-1"});
  CHECK(contains(fi.out, "otsikko: Lainamo → Lainaamo"));
  CHECK(contains(fi.out, "päättymispäivä: 31.5.2026 → 30.6.2026"));
  CHECK(contains(fi.out, "hakijatyyppi: yhteisö → yhdistys"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("amend: a value already so is reported unchanged and records nothing") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  const std::string before = ws.dump();
  const Result r = ws.mp({"amend", "MP-2026-1", "--start", "2026-04-01", "--title", "Lainamo"});
  CHECK(r.code == 0);
  CHECK(r.out == "unchanged: title of MP-2026-0001\nunchanged: start of MP-2026-0001\n");
  CHECK(ws.dump() == before);
}

TEST_CASE("amend: each refusal changes nothing - bad value, rules of apply, unknown area, wrong area, status") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  // A bad value among good ones refuses them all.
  check_refused(ws, {"amend", "MP-2026-1", "--title", "Uusi", "--start", "31.2.2026"}, 3, "is not a date");
  check_refused(ws, {"amend", "MP-2026-1", "--start", "1.6.2026"}, 3, "the planned end is before the planned start");
  check_refused(ws, {"amend", "MP-2026-1", "--end", "2026-03-01"}, 3, "the planned end is before the planned start");
  check_refused(ws, {"amend", "MP-2026-1", "--type", "company"}, 3, "a business ID is required for type company");
  check_refused(ws, {"amend", "MP-2026-1", "--business-id", "1234567-8"}, 3, "business ID");
  check_refused(ws, {"amend", "MP-2026-1", "--type", "robot"}, 3, "type 'robot'");
  check_refused(ws, {"amend", "MP-2026-1", "--title", std::string(201, 'x')}, 3, "title");
  check_refused(ws, {"amend", "MP-2026-1", "--payee-name", std::string(201, 'x')}, 3, "payee name");
  check_refused(ws, {"amend", "MP-2026-1", "--title", ""}, 3, "is empty");
  check_refused(ws, {"amend", "MP-2026-1", "--area", "nowhere"}, 4, "no area 'nowhere'");
  check_refused(ws, {"amend", "MP-2026-9", "--title", "X"}, 4, "no pilot MP-2026-0009");
  check_refused(ws, {"amend", "MP-2026-1", "--colour", "red"}, 2, "--colour");
  // The area moves the pilot to another desk: the agent must hold both areas (or be an admin).
  check_refused(ws, {"amend", "MP-2026-1", "--area", "jukola"}, 7, "jukola");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"amend", "MP-2026-1", "--title", "X"}, 7, "keskusta");
  ws.env["MINIPILOT_USER"] = "vilma";
  CHECK(ws.mp({"amend", "MP-2026-1", "--area", "jukola"}).code == 0);
  CHECK(ws.sql("SELECT area FROM pilots") == "jukola");
}

TEST_CASE("amend: what may change at which status - the account and area only before payment") {
  Workspace ws(kAreasConfig + kPayer);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1"}).code == 0);
  // Approved and unpaid: the account may still be corrected.
  CHECK(ws.mp({"amend", "MP-2026-1", "--payee-name", "Matti Meikäläinen"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  const std::vector<std::vector<std::string>> paid_with{{"--iban", "FI37 1590 3000 0007 76"},
                                                        {"--bic", "OKOYFIHH"},
                                                        {"--payee-name", "Joku Muu"},
                                                        {"--area", "lammi"},
                                                        {"--type", "resident"},
                                                        {"--business-id", "2858394-9"}};
  for (const auto& flag : paid_with) {
    CAPTURE(flag[0]);
    check_refused(ws, {"amend", "MP-2026-1", flag[0], flag[1]}, 5, "it is disbursed");
  }
  // The rest may still be corrected after payment.
  CHECK(ws.mp({"amend", "MP-2026-1", "--title", "Lainaamo", "--email", "uusi@example.fi", "--end", "15.6.2026"})
            .code == 0);
  // Returned by the bank, the pilot is approved again and its account can be corrected.
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse", "return", "MP-2026-1", "--reason", "AC04"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"amend", "MP-2026-1", "--iban", "FI37 1590 3000 0007 76"}).code == 0);
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("amend: a rejected application keeps its record - only the applicant's own details change") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  REQUIRE(ws.mp({"reject", "MP-2026-1", "--reason", "ei"}).code == 0);
  check_refused(ws, {"amend", "MP-2026-1", "--title", "Uusi"}, 5, "cannot amend the title of MP-2026-0001");
  check_refused(ws, {"amend", "MP-2026-1", "--phone", "050 765 4321", "--iban", "FI37 1590 3000 0007 76"}, 5,
                "it is rejected");
  CHECK(ws.mp({"amend", "MP-2026-1", "--phone", "050 765 4321", "--applicant-name", "Kylätoimikunta ry"}).code == 0);
}

TEST_CASE("amend: a type made resident drops the business ID, recorded as its own change") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp({"apply", "--title", "Kahvila", "--applicant", "Oy Esimerkki Ab", "--type", "company",
                 "--business-id", "2858394-9", "--area", "keskusta"})
              .code == 0);
  const Result r = ws.mp({"amend", "MP-2026-1", "--type", "resident"});
  CHECK(r.code == 0);
  CHECK(r.out == "amended type of MP-2026-0001\namended business_id of MP-2026-0001\n");
  CHECK(ws.sql("SELECT type, business_id FROM applicants") == "resident|");
  CHECK(ws.sql("SELECT old_value FROM applicant_changes WHERE field = 'business_id'") == "2858394-9");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("amend: a payee name reaches the CSV and SEPA files, and apply takes one too") {
  Workspace ws(kAreasConfig + kPayer);
  std::vector<std::string> args = kFullApplication;
  args.insert(args.end(), {"--payee-name", "Maija Jäsen"});
  REQUIRE(ws.mp(args).code == 0);
  REQUIRE(ws.mp({"apply", "--title", "Toinen", "--applicant", "Eero", "--type", "resident", "--area", "keskusta",
                 "--iban", "FI37 1590 3000 0007 76"})
              .code == 0);
  REQUIRE(ws.mp({"amend", "MP-2026-2", "--payee-name", "Eeva Tilinomistaja"}).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1", "MP-2026-2"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse", "--csv", "b.csv", "--sepa", "b.xml"}).code == 0);
  const std::string csv = read_text(ws.dir() / "b.csv");
  CHECK(contains(csv, ";MP-2026-0001;Maija Jäsen;"));
  CHECK(contains(csv, ";MP-2026-0002;Eeva Tilinomistaja;"));
  const std::string xml = read_text(ws.dir() / "b.xml");
  CHECK(contains(xml, "<Nm>Maija Jäsen</Nm>"));
  CHECK(contains(xml, "<Nm>Eeva Tilinomistaja</Nm>"));
  CHECK_FALSE(contains(xml, "<Nm>Kylätoimikunta</Nm>"));
  CHECK(ws.sql("SELECT group_concat(payee_name, ',') FROM payments") == "Maija Jäsen,Eeva Tilinomistaja");
  CHECK(ws.mp({"verify"}).code == 0);
  // Erasure takes the payee name with the other payee details once their retention ends.
  const Result exported = ws.mp({"--as", "vilma", "applicant", "export", "MP-2026-1"});
  CHECK(contains(exported.out, "\"payee_name\": \"Maija Jäsen\""));
}

TEST_CASE("amend: a completed pilot's planned dates stay as they ran") {
  Workspace ws(kAreasConfig + kPayer);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"complete", "MP-2026-1", "--outcome", "success"}).code == 0);
  check_refused(ws, {"amend", "MP-2026-1", "--end", "30.6.2026"}, 5, "it is completed");
  CHECK(ws.mp({"amend", "MP-2026-1", "--title", "Lainaamo"}).code == 0);
}

TEST_CASE("amend: a title or name that would duplicate a live application, and a resident's business ID") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  std::vector<std::string> second = kFullApplication;
  second[2] = "Lainaamo";
  REQUIRE(ws.mp(second).code == 0);
  check_refused(ws, {"amend", "MP-2026-2", "--title", "LAINAMO"}, 5, "has a live application with the title");
  REQUIRE(ws.mp({"apply", "--title", "Uinti", "--applicant", "Aino", "--type", "resident", "--area", "keskusta"})
              .code == 0);
  check_refused(ws, {"amend", "MP-2026-3", "--business-id", "2858394-9"}, 3, "a resident has no business ID");
}

TEST_CASE("amend: the applicant's own name as payee name pays the applicant again") {
  Workspace ws(kAreasConfig);
  std::vector<std::string> args = kFullApplication;
  args.insert(args.end(), {"--payee-name", "Maija Jäsen"});
  REQUIRE(ws.mp(args).code == 0);
  CHECK(ws.mp({"amend", "MP-2026-1", "--payee-name", "KYLÄTOIMIKUNTA"}).out == "amended payee_name of MP-2026-0001\n");
  CHECK(ws.sql("SELECT payee_name FROM applicants").empty());
  CHECK(ws.sql("SELECT old_value || '>' || new_value FROM applicant_changes WHERE field = 'payee_name'") ==
        "Maija Jäsen>");
}

TEST_CASE("amend: viewers and finance see which field changed, agents and admins also the personal values") {
  Workspace ws(kAreasConfig);
  REQUIRE(ws.mp(kFullApplication).code == 0);
  REQUIRE(ws.mp({"amend", "MP-2026-1", "--email", "uusi@example.fi", "--title", "Lainaamo"}).code == 0);
  const Result agent = ws.mp({"log", "MP-2026-1"});
  CHECK(contains(agent.out, "email: kyla@example.fi → uusi@example.fi"));
  for (const char* who : {"tarja", "pirjo"}) {
    CAPTURE(who);
    ws.env["MINIPILOT_USER"] = who;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "MP-2026-1"}, std::vector<std::string>{"show", "MP-2026-1"},
          std::vector<std::string>{"log", "--format", "json"}}) {
      const Result r = ws.mp(args);
      CHECK(r.code == 0);
      CHECK_FALSE(contains(r.out, "kyla@example.fi"));
      CHECK(contains(r.out, args[1] == "--format" ? "\"field\":\"email\"" : "title: Lainamo → Lainaamo"));
    }
  }
}

TEST_CASE("amend: an area by name and a Finnish type are stored as the id and the code, as at apply (issue 14)") {
  Workspace ws(std::string(kTeamConfig) + "[[areas]]\nid = \"lammi\"\nname = \"Lammi\"\nagents = [\"anna\"]\n");
  ws.mp(application("A"));
  CHECK(ws.mp({"amend", "MP-2026-0001", "--area", "Keskusta"}).out == "unchanged: area of MP-2026-0001\n");
  REQUIRE(ws.mp({"amend", "MP-2026-0001", "--area", "LAMMI", "--type", "Yhteisö"}).code == 0);
  CHECK(ws.sql("SELECT p.area, a.type FROM pilots p JOIN applicants a ON a.id = p.applicant_id") == "lammi|community");
  check_refused(ws, {"amend", "MP-2026-0001", "--area", "lami"}, 4, "no area 'lami' in the configuration");
  CHECK(contains(ws.mp({"amend", "MP-2026-0001", "--area", "lami"}).err, "hint: did you mean 'lammi'?"));
}

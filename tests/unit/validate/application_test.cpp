// Tests of validate/application: required fields, per-type rules, areas, dates.
#include "minipilot/validate/application.h"

#include <doctest/doctest.h>

#include "minipilot/config/config.h"

using namespace minipilot;

namespace {

const Config kOneArea = parse_config("[program]\nname = \"T\"\n[[areas]]\nid = \"keskusta\"\n", "/t.toml");
const Config kTwoAreas =
    parse_config("[program]\nname = \"T\"\n[[areas]]\nid = \"keskusta\"\n[[areas]]\nid = \"jukola\"\n", "/t.toml");

ApplicationInput valid() {
  ApplicationInput in;
  in.title = "Pop-up kirjasto";
  in.applicant = "Maija Virtanen";
  in.type = "resident";
  return in;
}

std::vector<std::string> fields_of(const std::vector<Finding>& f) {
  std::vector<std::string> out;
  for (const Finding& x : f) out.push_back(x.field);
  return out;
}

}  // namespace

TEST_CASE("application: the one configured area is the default") {
  Application out;
  CHECK(check_application(valid(), kOneArea.areas, out).empty());
  CHECK(out.area == "keskusta");
}

TEST_CASE("application: with several areas the area is required and must exist") {
  Application out;
  CHECK(fields_of(check_application(valid(), kTwoAreas.areas, out)) == std::vector<std::string>{"area"});
  ApplicationInput in = valid();
  in.area = "kalliola";
  const auto f = check_application(in, kTwoAreas.areas, out);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == ErrorKind::not_found);
}

TEST_CASE("application: every bad field is reported, not just the first") {
  ApplicationInput in;
  in.type = "robot";
  in.iban = "FI00";
  in.email = "nope";
  in.start = "2026-02-30";
  Application out;
  CHECK(fields_of(check_application(in, kOneArea.areas, out)) ==
        std::vector<std::string>{"title", "applicant", "type", "email", "iban", "start"});
}

TEST_CASE("application: companies and associations need a valid business ID, residents have none") {
  Application out;
  ApplicationInput in = valid();
  in.type = "company";
  CHECK(fields_of(check_application(in, kOneArea.areas, out)) == std::vector<std::string>{"business_id"});
  in.business_id = "2858394-9";
  CHECK(check_application(in, kOneArea.areas, out).empty());
  CHECK(out.applicant.business_id == "2858394-9");
  in.type = "resident";
  CHECK(fields_of(check_application(in, kOneArea.areas, out)) == std::vector<std::string>{"business_id"});
}

TEST_CASE("application: the planned end may not be before the start") {
  ApplicationInput in = valid();
  in.start = "1.6.2026";
  in.end = "2026-05-31";
  Application out;
  CHECK(fields_of(check_application(in, kOneArea.areas, out)) == std::vector<std::string>{"end"});
  in.end = "2026-06-01";
  CHECK(check_application(in, kOneArea.areas, out).empty());
  CHECK(format_date(*out.start) == "2026-06-01");
}

TEST_CASE("application: a title over 200 characters is too long") {
  ApplicationInput in = valid();
  in.title = std::string(201, 'a');
  Application out;
  const auto f = check_application(in, kOneArea.areas, out);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "title is longer than 200 characters (201)");
}

TEST_CASE("application: an area is given by its id or its name in any case, and stored by its id") {
  const Config c = parse_config(
      "[program]\nname = \"T\"\n[[areas]]\nid = \"keskusta\"\nname = \"Keskusta\"\n[[areas]]\nid = \"lammi\"\n"
      "name = \"Lammin kylä\"\n",
      "/t.toml");
  for (const char* typed : {"keskusta", "Keskusta", "KESKUSTA", " keskusta "}) {
    ApplicationInput in = valid();
    in.area = typed;
    Application out;
    CHECK(check_application(in, c.areas, out).empty());
    CHECK(out.area == "keskusta");
  }
  ApplicationInput in = valid();
  in.area = "LAMMIN KYLÄ";
  Application out;
  CHECK(check_application(in, c.areas, out).empty());
  CHECK(out.area == "lammi");
}

TEST_CASE("application: an unknown area lists the areas, and the hint names the nearest") {
  const Config c = parse_config(
      "[program]\nname = \"T\"\n[[areas]]\nid = \"keskusta\"\nname = \"Keskusta\"\n[[areas]]\nid = \"lammi\"\n",
      "/t.toml");
  ApplicationInput in = valid();
  in.area = "lami";
  Application out;
  const std::vector<Finding> f = check_application(in, c.areas, out);
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == ErrorKind::not_found);
  CHECK(f[0].message == "no area 'lami' in the configuration: the areas are keskusta (Keskusta), lammi");
  CHECK(f[0].hint == "did you mean 'lammi'? Give an area's id or name");
  CHECK(findings_error(f).hint() == f[0].hint);
}

TEST_CASE("application: a type in English or Finnish, any case, is stored by its code") {
  const std::vector<std::pair<const char*, ApplicantType>> cases{
      {"asukas", ApplicantType::resident},         {"Yhteisö", ApplicantType::community},
      {"YHTEISÖ", ApplicantType::community},       {"yhdistys", ApplicantType::association},
      {"Yritys", ApplicantType::company},          {"RESIDENT", ApplicantType::resident},
      {"Association", ApplicantType::association}, {"community", ApplicantType::community}};
  for (const auto& [typed, type] : cases) CHECK(parse_applicant_type(typed) == type);
  CHECK(parse_applicant_type("henkilö") == std::nullopt);
  ApplicationInput in = valid();
  in.type = "henkilö";
  Application out;
  CHECK(check_application(in, kOneArea.areas, out).front().message ==
        "type 'henkilö' is not resident, community, association or company (asukas, yhteisö, yhdistys, yritys)");
}

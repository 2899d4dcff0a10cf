// Tests of ops/person: one person's records by any key, never another person's.
#include "minipilot/ops/person.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

void apply(LedgerFixture& f, const std::string& title, const std::string& name, const std::string& email,
           const std::string& iban = "", const std::string& business_id = "", const std::string& type = "resident") {
  ApplicationInput in;
  in.title = title;
  in.applicant = name;
  in.type = type;
  in.area = "keskusta";
  in.email = email;
  in.iban = iban;
  in.business_id = business_id;
  apply_one(f.ctx(), in);
}

std::vector<int64_t> find(LedgerFixture& f, const std::string& key) {
  const Checked<PersonKey> k = parse_person_key(key);
  REQUIRE(k.ok());
  return find_person(f.store, k.value);
}

}  // namespace

TEST_CASE("person key: a number, a pilot id, an e-mail, an IBAN, a business ID - anything else is named") {
  CHECK(parse_person_key("12").value.kind == PersonKey::Kind::number);
  CHECK(parse_person_key("12").value.number == 12);
  CHECK(parse_person_key("mp-2026-3").value.text == "MP-2026-0003");
  CHECK(parse_person_key("Aino@Example.fi").value.kind == PersonKey::Kind::email);
  CHECK(parse_person_key("fi21 1234 5600 0007 85").value.text == "FI2112345600000785");
  CHECK(parse_person_key("2858394-9").value.kind == PersonKey::Kind::business_id);
  CHECK(parse_person_key("aino@").error.find("e-mail") != std::string::npos);
  CHECK(parse_person_key("Aino Asukas").error ==
        "'Aino Asukas' is not an applicant number, pilot id, e-mail, IBAN or business ID");
  CHECK_FALSE(parse_person_key("").ok());
  CHECK_FALSE(parse_person_key("FI21 1234 5600 0007 86").ok());  // a mistyped IBAN finds nobody by accident
}

TEST_CASE(
    "person: the same name sharing an e-mail, an IBAN or a business ID is one person, followed from record to record") {
  LedgerFixture f;
  apply(f, "A", "Aino Asukas", "aino@example.fi");                                 // 1
  apply(f, "B", "AINO  asukas", "Aino@Example.FI", "FI21 1234 5600 0007 85");      // 2: same e-mail, name folded
  apply(f, "C", "Aino Asukas", "aino.uusi@example.fi", "FI21 1234 5600 0007 85");  // 3: through 2's IBAN
  apply(f, "D", "Eero Muu", "eero@example.fi", "FI21 1234 5600 0007 85");          // 4: same IBAN, other name
  apply(f, "E", "Aino Asukas", "toinen.aino@example.fi");                          // 5: same name, nothing shared
  for (const std::string& key :
       std::vector<std::string>{"1", "2", "3", "MP-2026-0003", "aino@example.fi", "aino.uusi@example.fi"}) {
    CAPTURE(key);
    CHECK(find(f, key) == std::vector<int64_t>{1, 2, 3});
  }
  CHECK(find(f, "4") == std::vector<int64_t>{4});
  CHECK(find(f, "eero@example.fi") == std::vector<int64_t>{4});
  CHECK(find(f, "5") == std::vector<int64_t>{5});
}

TEST_CASE("person: a key shared by different names is refused, naming the records - unknown keys are not found") {
  LedgerFixture f;
  apply(f, "A", "Kylän Kuoro", "seura@example.fi");
  apply(f, "B", "Jukolan Pallo", "seura@example.fi");
  try {
    find(f, "seura@example.fi");
    FAIL("a shared e-mail named one person");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::conflict);
    CHECK(std::string(e.what()) ==
          "the e-mail seura@example.fi is used by applicants of different names: 1 (Kylän Kuoro), 2 (Jukolan Pallo)");
  }
  CHECK(find(f, "2") == std::vector<int64_t>{2});  // the number picks one
  CHECK(refusal([&] { find(f, "nobody@example.fi"); }) == ErrorKind::not_found);
  CHECK(refusal([&] { find(f, "9"); }) == ErrorKind::not_found);
  CHECK(refusal([&] { find(f, "MP-2026-0009"); }) == ErrorKind::not_found);
  CHECK(refusal([&] { find(f, "2858394-9"); }) == ErrorKind::not_found);
}

// Tests of declared interests: the name key, the values' checks, the store, and the disqualification check.
#include "minipilot/ops/interest.h"

#include <doctest/doctest.h>

#include "minipilot/domain/chain.h"
#include "minipilot/ops/apply.h"
#include "minipilot/store/interests.h"
#include "minipilot/validate/interest.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

TEST_CASE("interest: a name's key folds case and white space, and nothing else") {
  CHECK(name_match_key("Kallion  Kuoro ry") == "kallion kuoro ry");
  CHECK(name_match_key("  KALLION\tkuoro\nRY ") == "kallion kuoro ry");
  CHECK(name_match_key("ÄIJÄLÄN Seura") == "äijälän seura");
  CHECK(name_match_key("ÉMILE Noël") == "émile noël");
  CHECK(name_match_key("Straße") == "strasse");
  CHECK(name_match_key("Kallion kuoro") != name_match_key("Kallion kuoro ry"));
  CHECK(name_match_key("Aino-Maija") != name_match_key("Aino Maija"));
  CHECK(name_match_key(" \t ").empty());
}

TEST_CASE("interest: kinds by their stored names") {
  for (InterestKind k : {InterestKind::business_id, InterestKind::name, InterestKind::iban})
    CHECK(parse_interest_kind(to_string(k)) == k);
  CHECK_FALSE(parse_interest_kind("email"));
  CHECK(interest_kind_text("iban") == "IBAN");
  CHECK(interest_kind_text("other") == "other");
}

TEST_CASE("interest: values are checked as apply checks them, and keyed") {
  const Checked<InterestValue> id = check_interest_value(InterestKind::business_id, "2858394-9");
  REQUIRE(id.ok());
  CHECK(id.value.match_key == "2858394-9");
  CHECK_FALSE(check_interest_value(InterestKind::business_id, "2858394-8").ok());
  const Checked<InterestValue> iban = check_interest_value(InterestKind::iban, "fi21 1234 5600 0007 85");
  REQUIRE(iban.ok());
  CHECK(iban.value.value == "FI2112345600000785");
  CHECK(iban.value.match_key == "FI2112345600000785");
  CHECK_FALSE(check_interest_value(InterestKind::iban, "FI2112345600000786").ok());
  const Checked<InterestValue> name = check_interest_value(InterestKind::name, "Kallion Kuoro RY");
  REQUIRE(name.ok());
  CHECK(name.value.value == "Kallion Kuoro RY");
  CHECK(name.value.match_key == "kallion kuoro ry");
  CHECK_FALSE(check_interest_value(InterestKind::name, "").ok());
  CHECK_FALSE(check_interest_value(InterestKind::name, std::string(201, 'x')).ok());
  CHECK(interest_text(InterestKind::iban, "FI2112345600000785") == "IBAN FI21 1234 5600 0007 85");
}

TEST_CASE("interest: the commitment binds salt, user, kind, value and reason") {
  const std::string c = interest_commitment("00ff", "anna", "name", "Aino", "sisar");
  CHECK(c.size() == 64);
  CHECK(c != interest_commitment("00fe", "anna", "name", "Aino", "sisar"));
  CHECK(c != interest_commitment("00ff", "ville", "name", "Aino", "sisar"));
  CHECK(c != interest_commitment("00ff", "anna", "iban", "Aino", "sisar"));
  CHECK(c != interest_commitment("00ff", "anna", "name", "Aina", "sisar"));
  CHECK(c != interest_commitment("00ff", "anna", "name", "Aino", "veli"));
  CHECK(c != payee_commitment("00ff", "anna", "name", "Aino"));
}

TEST_CASE("store interests: recorded, found live, ended, listed") {
  LedgerFixture f;
  const Interest a = add_interest(f.ctx(), "anna", InterestKind::name, "Aino Asukas", "sisar");
  CHECK(a.id == 1);
  CHECK(a.salt.size() == 32);
  CHECK(find_live_interest(f.store, "anna", InterestKind::name, "aino asukas"));
  CHECK_FALSE(find_live_interest(f.store, "anna", InterestKind::iban, "aino asukas"));
  CHECK_FALSE(find_live_interest(f.store, "ville", InterestKind::name, "aino asukas"));
  CHECK(refusal([&] { add_interest(f.ctx(), "anna", InterestKind::name, "AINO  asukas", "x"); }) ==
        ErrorKind::conflict);
  const Interest ended = remove_interest(f.ctx(), "anna", InterestKind::name, "aino asukas");
  CHECK(ended.id == 1);
  CHECK_FALSE(ended.live());
  CHECK(list_interests(f.store, "anna", false).empty());
  REQUIRE(list_interests(f.store, "anna", true).size() == 1);
  CHECK(list_interests(f.store, "", true).front().removed_by == "anna");
  CHECK(refusal([&] { remove_interest(f.ctx(), "anna", InterestKind::name, "aino asukas"); }) ==
        ErrorKind::not_found);
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action IN ('interest add', 'interest remove')") == 2);
}

TEST_CASE("disqualification: no interests cost one query and refuse nothing, an interest refuses its applicant") {
  LedgerFixture f;
  ApplicationInput in = application("Kallion Kuoro ry");
  in.type = "association";
  in.business_id = "2858394-9";
  apply_one(f.ctx(), in);
  apply_one(f.ctx(), application("Eino"));
  CHECK_NOTHROW(check_disqualification(f.ctx(), {"MP-2026-0001", "MP-2026-0002"}));
  const std::vector<PartyKeys> keys = applicant_keys(f.store, {"MP-2026-0002", "MP-2026-0009", "MP-2026-0001"});
  REQUIRE(keys.size() == 2);
  CHECK(keys[0].pilot_id == "MP-2026-0002");
  CHECK(keys[1].business_id == "2858394-9");
  add_interest(f.ctx(), "anna", InterestKind::business_id, "2858394-9", "hallituksen jäsen");
  CHECK_NOTHROW(check_disqualification(f.ctx(), {"MP-2026-0002"}));
  CHECK(refusal([&] { check_disqualification(f.ctx(), {"MP-2026-0002", "MP-2026-0001"}); }) ==
        ErrorKind::permission);
  f.act_as("ville");
  CHECK_NOTHROW(check_disqualification(f.ctx(), {"MP-2026-0001"}));
}

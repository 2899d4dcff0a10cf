// Tests of validate/business_id: the Y-tunnus check digit.
#include "minipilot/validate/business_id.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("business id: the published example 2858394-9 is valid") {
  CHECK(check_business_id("2858394-9").ok());
  CHECK(check_business_id("0737546-2").ok());  // Finnish Tax Administration
}

TEST_CASE("business id: a wrong check digit is refused") {
  const auto r = check_business_id("2858394-8");
  CHECK_FALSE(r.ok());
  CHECK(r.error.find("check digit") != std::string::npos);
}

TEST_CASE("business id: an old six-digit id gets its leading zero") {
  CHECK(check_business_id("737546-2").value == "0737546-2");
}

TEST_CASE("business id: wrong shapes and ids with no possible check digit are refused") {
  for (const char* bad :
       {"", "2858394", "28583949", "2858394-", "285839-49", "A858394-9", "2858394 9", "131052-308T"}) {
    CAPTURE(bad);
    CHECK_FALSE(check_business_id(bad).ok());
  }
  // 1000001: 7*1 + 2*1 = 9 -> remainder 9, check 2; 0000010: 4*1 = 4 -> 7.
  CHECK(check_business_id("1000001-2").ok());
  // 0000006: 6 * 2 = 12 leaves remainder 1, for which no check digit exists.
  CHECK(check_business_id("0000006-0").error.find("no check digit") != std::string::npos);
}

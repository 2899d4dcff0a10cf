// Tests of validate/bank: IBAN (mod-97, SEPA lengths) and BIC.
#include <doctest/doctest.h>

#include "minipilot/validate/bank.h"

using namespace minipilot;

TEST_CASE("iban: the published Finnish example FI21 1234 5600 0007 85 is valid") {
  const auto r = check_iban("FI21 1234 5600 0007 85");
  REQUIRE(r.ok());
  CHECK(r.value == "FI2112345600000785");
}

TEST_CASE("iban: spaces and lower case are accepted and stored in electronic form") {
  CHECK(check_iban("fi2112345600000785").value == "FI2112345600000785");
  CHECK(check_iban("DE89 3704 0044 0532 0130 00").value == "DE89370400440532013000");
  CHECK(check_iban("GB29 NWBK 6016 1331 9268 19").ok());
  CHECK(check_iban("SE45 5000 0000 0583 9825 7466").ok());
}

TEST_CASE("iban: a changed digit fails the mod-97 check") {
  const auto r = check_iban("FI21 1234 5600 0007 86");
  CHECK_FALSE(r.ok());
  CHECK(r.error.find("check digits") != std::string::npos);
}

TEST_CASE("iban: wrong length, non-SEPA country and stray characters are refused") {
  CHECK(check_iban("FI21 1234 5600 0007 8").error.find("18") != std::string::npos);
  CHECK(check_iban("US12 3456 7890 1234 5678").error.find("SEPA") != std::string::npos);
  CHECK_FALSE(check_iban("FI21-1234-5600-0007-85").ok());
  CHECK_FALSE(check_iban("").ok());
  CHECK_FALSE(check_iban("2112345600000785").ok());
}

TEST_CASE("iban: print form groups by four") {
  CHECK(iban_print_form("FI2112345600000785") == "FI21 1234 5600 0007 85");
}

TEST_CASE("bic: 8 or 11 characters, six letters first, normalised to upper case") {
  CHECK(check_bic("NDEAFIHH").value == "NDEAFIHH");
  CHECK(check_bic("ndea fi hh").value == "NDEAFIHH");
  CHECK(check_bic("OKOYFIHHXXX").ok());
  CHECK_FALSE(check_bic("NDEAFIH").ok());
  CHECK_FALSE(check_bic("NDE1FIHH").ok());
  CHECK_FALSE(check_bic("NDEAFIHHXX").ok());
}

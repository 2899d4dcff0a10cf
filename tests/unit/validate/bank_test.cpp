// Tests of validate/bank: IBAN (SEPA lengths, BBAN structures, mod-97) and BIC.
#include "minipilot/validate/bank.h"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

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

namespace {

struct RegistryExample {
  std::string_view iban;  // the SWIFT IBAN registry's electronic-format example
  size_t length;          // the registry's IBAN length for the country
};

// One per SEPA country, as in the registry (release 100, October 2025).
constexpr std::array<RegistryExample, 41> kRegistryExamples{{
    {"AD1200012030200359100100", 24},
    {"AL47212110090000000235698741", 28},
    {"AT611904300234573201", 20},
    {"BE68539007547034", 16},
    {"BG80BNBG96611020345678", 22},
    {"CH9300762011623852957", 21},
    {"CY17002001280000001200527600", 28},
    {"CZ6508000000192000145399", 24},
    {"DE89370400440532013000", 22},
    {"DK5000400440116243", 18},
    {"EE382200221020145685", 20},
    {"ES9121000418450200051332", 24},
    {"FI2112345600000785", 18},
    {"FR1420041010050500013M02606", 27},
    {"GB29NWBK60161331926819", 22},
    {"GI75NWBK000000007099453", 23},
    {"GR1601101250000000012300695", 27},
    {"HR1210010051863000160", 21},
    {"HU42117730161111101800000000", 28},
    {"IE29AIBK93115212345678", 22},
    {"IS140159260076545510730339", 26},
    {"IT60X0542811101000000123456", 27},
    {"LI21088100002324013AA", 21},
    {"LT121000011101001000", 20},
    {"LU280019400644750000", 20},
    {"LV80BANK0000435195001", 21},
    {"MC5811222000010123456789030", 27},
    {"MD24AG000225100013104168", 24},
    {"ME25505000012345678951", 22},
    {"MK07250120000058984", 19},
    {"MT84MALT011000012345MTLCAST001S", 31},
    {"NL91ABNA0417164300", 18},
    {"NO9386011117947", 15},
    {"PL61109010140000071219812874", 28},
    {"PT50000201231234567890154", 25},
    {"RO49AAAA1B31007593840000", 24},
    {"SE4550000000058398257466", 24},
    {"SI56263300012039086", 19},
    {"SK3112000000198742637541", 24},
    {"SM86U0322509800000000270100", 27},
    {"VA59001123000012345678", 22},
}};

bool mentions(const std::string& error, std::string_view words) { return error.find(words) != std::string::npos; }

}  // namespace

TEST_CASE("iban: the registry's example IBAN of every SEPA country is accepted") {
  for (const auto& example : kRegistryExamples) {
    CAPTURE(example.iban);
    const auto r = check_iban(example.iban);
    CHECK(r.error == "");
    CHECK(r.value == example.iban);
  }
}

TEST_CASE("iban: each SEPA country's length is the registry's IBAN length") {
  for (const auto& example : kRegistryExamples) {
    CAPTURE(example.iban);
    REQUIRE(example.iban.size() == example.length);
    const auto short_by_one = check_iban(example.iban.substr(0, example.length - 1));
    CHECK(mentions(short_by_one.error, "must have " + std::to_string(example.length) + " characters"));
  }
}

TEST_CASE("iban: FI401234ABCD000785 is refused though its check digits match: FI has 14 digits") {
  const auto r = check_iban("FI40 1234 ABCD 0007 85");
  CHECK_FALSE(r.ok());
  CHECK(r.error == "IBAN of FI must be FI, two check digits and 14 digits");
}

TEST_CASE("iban: a letter where the registry has a digit is refused, check digits matching") {
  CHECK(check_iban("DE59370400440532O13000").error == "IBAN of DE must be DE, two check digits and 18 digits");
  CHECK(check_iban("FI6312345600000A85").error == "IBAN of FI must be FI, two check digits and 14 digits");
  CHECK(check_iban("FR6020041010050500013M026O6").error ==
        "IBAN of FR must be FR, two check digits, 10 digits, 11 letters or digits and 2 digits");
}

TEST_CASE("iban: a digit where the registry has a letter is refused, check digits matching") {
  CHECK(check_iban("NL251BNA0417164300").error == "IBAN of NL must be NL, two check digits, 4 letters and 10 digits");
  CHECK(check_iban("GB716WBK60161331926819").error ==
        "IBAN of GB must be GB, two check digits, 4 letters and 14 digits");
  CHECK(check_iban("IT680542811101000000123456X").error ==
        "IBAN of IT must be IT, two check digits, 1 letter, 10 digits and 12 letters or digits");
}

TEST_CASE("iban: a wrong structure is reported rather than a check digit mismatch") {
  CHECK(mentions(check_iban("FI40 1234 ABCD 0007 86").error, "14 digits"));
}

TEST_CASE("iban: lower-case letters in the BBAN are accepted and stored in upper case") {
  CHECK(check_iban("nl91 abna 0417 1643 00").value == "NL91ABNA0417164300");
  CHECK(check_iban("gb29nwbk60161331926819").value == "GB29NWBK60161331926819");
  CHECK(check_iban("it60x0542811101000000123456").value == "IT60X0542811101000000123456");
  CHECK(check_iban("MT84malt011000012345mtlcast001s").value == "MT84MALT011000012345MTLCAST001S");
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

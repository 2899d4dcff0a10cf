// Tests of core/money: parsing and printing of euro amounts in cents.
#include "minipilot/core/money.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("money: parses \"500.00\", \"500,00\" and \"500\" as 50000 cents") {
  CHECK(parse_money("500.00").value == Cents{50000});
  CHECK(parse_money("500,00").value == Cents{50000});
  CHECK(parse_money("500").value == Cents{50000});
  CHECK(parse_money("0.5").value == Cents{50});
  CHECK(parse_money("30000.01").value == Cents{3000001});
}

TEST_CASE("money: refuses signs, exponents, three decimals, separators and empty text") {
  for (const char* bad : {"", "-5", "+5", "5e2", "5.001", "1 000,00", "1.000,00", ".5", "5.", "abc", "5,00 €", "NaN"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_money(bad).ok());
  }
}

TEST_CASE("money: refuses amounts past the maximum instead of overflowing") {
  CHECK_FALSE(parse_money("99999999999999999999").ok());
  CHECK(parse_money("10000000000000.00").ok());
  CHECK_FALSE(parse_money("10000000000001.00").ok());
}

TEST_CASE("money: formats with two decimals and the separator asked for") {
  CHECK(format_money(Cents{50000}) == "500.00");
  CHECK(format_money(Cents{5}, ',') == "0,05");
  CHECK(format_money(Cents{-150}) == "-1.50");
  CHECK(fmt::format("{}", Cents{123456}) == "1234.56");
}

TEST_CASE("money: cents add and compare exactly") {
  Cents sum;
  for (int i = 0; i < 1000; ++i) sum = sum + parse_money("0.10").value;
  CHECK(sum == Cents{10000});
  CHECK(Cents{1} < Cents{2});
}

// IBAN and BIC checks.
#include "minipilot/validate/bank.h"

#include <array>
#include <cstring>

#include <fmt/format.h>

namespace minipilot {

namespace {

struct CountryLength {
  char code[3];
  size_t length;
};

// The countries of the SEPA schemes and their IBAN lengths (SWIFT IBAN
// registry). Kept sorted by code.
constexpr std::array<CountryLength, 40> kSepaIbanLengths{{
    {"AD", 24}, {"AL", 28}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28},
    {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FR", 27},
    {"GB", 22}, {"GI", 23}, {"GR", 27}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IS", 26},
    {"IT", 27}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MD", 24},
    {"ME", 22}, {"MK", 19}, {"MT", 31}, {"NL", 18}, {"NO", 15}, {"PL", 28}, {"PT", 25},
    {"RO", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
}};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Upper-cases and drops spaces; returns false on any other non-alphanumeric.
bool compact(std::string_view text, std::string& out) {
  for (char c : text) {
    if (c == ' ') continue;
    c = upper(c);
    if (!is_upper(c) && !is_digit(c)) return false;
    out += c;
  }
  return true;
}

const CountryLength* sepa_country(std::string_view code) {
  for (const auto& c : kSepaIbanLengths)
    if (code == c.code) return &c;
  return nullptr;
}

// ISO 7064 mod 97-10 over the rearranged IBAN, one digit at a time.
int iban_mod97(std::string_view iban) {
  int rem = 0;
  const auto feed = [&](char c) {
    if (is_digit(c)) {
      rem = (rem * 10 + (c - '0')) % 97;
    } else {
      rem = (rem * 100 + (c - 'A' + 10)) % 97;
    }
  };
  for (char c : iban.substr(4)) feed(c);
  for (char c : iban.substr(0, 4)) feed(c);
  return rem;
}

}  // namespace

Checked<std::string> check_iban(std::string_view text) {
  using R = Checked<std::string>;
  std::string iban;
  if (!compact(text, iban)) return R::bad("IBAN may contain only letters, digits and spaces");
  if (iban.empty()) return R::bad("IBAN is empty");
  if (iban.size() < 4 || !is_upper(iban[0]) || !is_upper(iban[1]) || !is_digit(iban[2]) ||
      !is_digit(iban[3]))
    return R::bad("IBAN must start with a country code and two check digits, as in FI21");
  const CountryLength* country = sepa_country(std::string_view(iban).substr(0, 2));
  if (!country)
    return R::bad(fmt::format("IBAN country {} is not in the SEPA area", iban.substr(0, 2)));
  if (iban.size() != country->length)
    return R::bad(fmt::format("IBAN of {} must have {} characters, not {}", country->code,
                              country->length, iban.size()));
  if (iban_mod97(iban) != 1) return R::bad("IBAN check digits do not match: a typing error?");
  return R::good(std::move(iban));
}

std::string iban_print_form(std::string_view electronic) {
  std::string out;
  for (size_t i = 0; i < electronic.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += electronic[i];
  }
  return out;
}

Checked<std::string> check_bic(std::string_view text) {
  using R = Checked<std::string>;
  std::string bic;
  if (!compact(text, bic) || (bic.size() != 8 && bic.size() != 11))
    return R::bad("BIC must have 8 or 11 letters and digits, as in NDEAFIHH");
  for (size_t i = 0; i < 6; ++i)
    if (!is_upper(bic[i])) return R::bad("BIC must start with six letters, as in NDEAFIHH");
  return R::good(std::move(bic));
}

}  // namespace minipilot

// IBAN and BIC checks: SEPA country, BBAN structure and mod-97 for an IBAN, shape for a BIC.
#include "minipilot/validate/bank.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

struct SepaCountry {
  std::string_view code;
  std::string_view bban;  // what follows the country code and check digits, e.g. "4!a10!n"
};

// The countries of the SEPA schemes and the structure of their BBANs in the SWIFT IBAN
// registry's notation: "4!a10!n" is exactly 4 upper-case letters, then exactly 10 digits;
// n digits, a upper-case letters, c upper-case letters or digits. Neighbouring fields of
// one kind are merged ("6!n7!n1!n" is written "14!n"): the registry splits them into bank,
// branch and account, and re-splits them between editions (FI 6!n7!n1!n became 3!n11!n,
// EE 2!n2!n11!n1!n became 2!n14!n) without changing what is valid, and a clerk reads
// "14 digits" better. The IBAN length is derived from this, so the two cannot disagree.
// Checked for every country against python-stdnum's stdnum/iban.dat (generated from the
// registry's TXT edition), php-iban's registry.txt, iban4j's BbanStructure, Apache
// commons-validator's IBANValidator and SpeedBankingDe/iban-commons' IbanRegistry (from
// registry release 100, October 2025); all agree. Kept sorted by code.
constexpr std::array<SepaCountry, 41> kSepaCountries{{
    {"AD", "8!n12!c"},    {"AL", "8!n16!c"},     {"AT", "16!n"},    {"BE", "12!n"},        {"BG", "4!a6!n8!c"},
    {"CH", "5!n12!c"},    {"CY", "8!n16!c"},     {"CZ", "20!n"},    {"DE", "18!n"},        {"DK", "14!n"},
    {"EE", "16!n"},       {"ES", "20!n"},        {"FI", "14!n"},    {"FR", "10!n11!c2!n"}, {"GB", "4!a14!n"},
    {"GI", "4!a15!c"},    {"GR", "7!n16!c"},     {"HR", "17!n"},    {"HU", "24!n"},        {"IE", "4!a14!n"},
    {"IS", "22!n"},       {"IT", "1!a10!n12!c"}, {"LI", "5!n12!c"}, {"LT", "16!n"},        {"LU", "3!n13!c"},
    {"LV", "4!a13!c"},    {"MC", "10!n11!c2!n"}, {"MD", "20!c"},    {"ME", "18!n"},        {"MK", "3!n10!c2!n"},
    {"MT", "4!a5!n18!c"}, {"NL", "4!a10!n"},     {"NO", "11!n"},    {"PL", "24!n"},        {"PT", "21!n"},
    {"RO", "4!a16!c"},    {"SE", "20!n"},        {"SI", "15!n"},    {"SK", "20!n"},        {"SM", "1!a10!n12!c"},
    {"VA", "18!n"},  // Vatican City, in the SEPA schemes since 2019 (registry: 3!n15!n)
}};

constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// One field of a BBAN structure: "10!n" is {10, 'n'}.
struct Field {
  size_t count;
  char kind;
};

// Reads the field at `pos` of a well-formed structure and moves `pos` past it.
constexpr Field next_field(std::string_view bban, size_t& pos) {
  size_t count = 0;
  while (is_digit(bban[pos])) count = count * 10 + static_cast<size_t>(bban[pos++] - '0');
  const char kind = bban[pos + 1];  // past the '!'
  pos += 2;
  return {count, kind};
}

// Fixed-length fields of n, a or c only, neighbours of different kinds: what next_field
// and the clerk's message (which would otherwise read "6 digits, 7 digits and 1 digit")
// rely on.
constexpr bool well_formed(std::string_view bban) {
  char previous = 0;
  for (size_t pos = 0; pos < bban.size(); pos += 2) {  // += 2: past the "!n"
    const size_t start = pos;
    while (pos < bban.size() && is_digit(bban[pos])) ++pos;
    if (pos == start || pos + 2 > bban.size() || bban[pos] != '!') return false;
    const char kind = bban[pos + 1];
    if ((kind != 'n' && kind != 'a' && kind != 'c') || kind == previous) return false;
    previous = kind;
  }
  return !bban.empty();
}

// The IBAN's length: country code, two check digits and the BBAN's fields.
constexpr size_t iban_length(const SepaCountry& country) {
  size_t length = 4;
  for (size_t pos = 0; pos < country.bban.size();) length += next_field(country.bban, pos).count;
  return length;
}

static_assert(std::ranges::is_sorted(kSepaCountries, {}, &SepaCountry::code));
static_assert(std::ranges::all_of(kSepaCountries, well_formed, &SepaCountry::bban));

bool fits(char c, char kind) {
  if (kind == 'n') return is_digit(c);
  if (kind == 'a') return is_upper(c);
  return is_upper(c) || is_digit(c);
}

// Whether `bban` (upper case, of the country's length) has the fields of `structure`.
bool has_structure(std::string_view bban, std::string_view structure) {
  size_t at = 0;
  for (size_t pos = 0; pos < structure.size();) {
    const Field field = next_field(structure, pos);
    for (size_t end = at + field.count; at < end; ++at)
      if (!fits(bban[at], field.kind)) return false;
  }
  return true;
}

// "10 digits", "4 letters", "11 letters or digits", "1 letter".
std::string in_words(Field field) {
  const unsigned long n = field.count;
  // TRANSLATORS: a part of an IBAN's structure, as in "FI, two check digits and 14 digits".
  if (field.kind == 'n') return trnf("{} digit", "{} digits", n, n);
  // TRANSLATORS: a part of an IBAN's structure, as in "GB, two check digits, 4 letters and 14 digits".
  if (field.kind == 'a') return trnf("{} letter", "{} letters", n, n);
  // TRANSLATORS: a part of an IBAN's structure, as in "AD, two check digits, 8 digits and 12 letters or digits".
  return trnf("{} letter or digit", "{} letters or digits", n, n);
}

// "FI, two check digits and 14 digits": the structure in words, for the clerk.
std::string structure_error(const SepaCountry& country) {
  // TRANSLATORS: a part of an IBAN's structure, as in "FI, two check digits and 14 digits".
  std::vector<std::string> parts{std::string(country.code), tr("two check digits")};
  for (size_t pos = 0; pos < country.bban.size();) parts.push_back(in_words(next_field(country.bban, pos)));
  std::string text = parts[0];
  for (size_t i = 1; i + 1 < parts.size(); ++i) text += ", " + parts[i];
  // TRANSLATORS: the last two parts of a list, as in "FI, two check digits and 14 digits".
  text = trf("{} and {}", text, parts.back());
  // TRANSLATORS: {} are the country code, then the structure, as in "IBAN of FI must be FI, two check digits and 14
  // digits".
  return trf("IBAN of {} must be {}", country.code, text);
}

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

const SepaCountry* sepa_country(std::string_view code) {
  for (const auto& c : kSepaCountries)
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
  if (!compact(text, iban)) return R::bad(tr("IBAN may contain only letters, digits and spaces"));
  if (iban.empty()) return R::bad(tr("IBAN is empty"));
  if (iban.size() < 4 || !is_upper(iban[0]) || !is_upper(iban[1]) || !is_digit(iban[2]) || !is_digit(iban[3]))
    return R::bad(tr("IBAN must start with a country code and two check digits, as in FI21"));
  const SepaCountry* country = sepa_country(std::string_view(iban).substr(0, 2));
  if (!country) return R::bad(trf("IBAN country {} is not in the SEPA area", iban.substr(0, 2)));
  if (iban.size() != iban_length(*country))
    return R::bad(trf("IBAN of {} must have {} characters, not {}", country->code, iban_length(*country), iban.size()));
  // Before mod-97: "must be ... 14 digits" tells the clerk more than "a typing error?".
  if (!has_structure(std::string_view(iban).substr(4), country->bban)) return R::bad(structure_error(*country));
  if (iban_mod97(iban) != 1) return R::bad(tr("IBAN check digits do not match: a typing error?"));
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
    return R::bad(tr("BIC must have 8 or 11 letters and digits, as in NDEAFIHH"));
  for (size_t i = 0; i < 6; ++i)
    if (!is_upper(bic[i])) return R::bad(tr("BIC must start with six letters, as in NDEAFIHH"));
  return R::good(std::move(bic));
}

bool is_sepa_identifier(std::string_view text) {
  if (text.empty() || text.size() > 35) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace minipilot

// Bank account identifiers: IBAN (ISO 13616, SEPA countries) and BIC (ISO 9362).
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// Validates an IBAN of a SEPA country: the country's length, its BBAN
/// structure from the SWIFT IBAN registry (letters and digits where the
/// country has them), check digits by mod-97. Spaces and lower case are
/// accepted; the value is the electronic form ("FI2112345600000785").
Checked<std::string> check_iban(std::string_view text);

/// "FI21 1234 5600 0007 85": the print form, groups of four.
std::string iban_print_form(std::string_view electronic);

/// Validates a BIC: 4 letters (bank), 2 letters (country), 2 letters or
/// digits (location), optionally 3 more (branch). Spaces and lower case are
/// accepted; the value is upper case without spaces.
Checked<std::string> check_bic(std::string_view text);

/// Whether `text` may stand as an identifier in a SEPA file: 1 to 35
/// characters, each of A-Z, a-z, 0-9 and '-' (spec §5).
bool is_sepa_identifier(std::string_view text);

}  // namespace minipilot

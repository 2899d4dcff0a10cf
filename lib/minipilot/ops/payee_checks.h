// Payee anomalies (spec §5): the city's own account as a payee's, and one account paid under several identities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/store/applicants.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Whether `iban` (electronic form) is the payer's own account.
bool config_payer_iban(const Config& config, std::string_view iban);

/// Refuses (Error{invalid}) `iban` (electronic form) when it is the payer's
/// own: the city would pay the grant to itself.
void refuse_payer_iban(const Config& config, std::string_view iban);

/// One warning per IBAN among `users` (as shared_iban_users gives them,
/// sorted by IBAN): "FI21 1234 5600 0007 85 is the account of several
/// payees: MP-2026-0001 Aino Virtanen, MP-2026-0004 Oy Kahvila Ab (1234567-1)".
std::vector<std::string> shared_iban_notes(const std::vector<IbanUser>& users);

}  // namespace minipilot

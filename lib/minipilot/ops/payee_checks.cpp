// Payee anomalies, worded.
#include "minipilot/ops/payee_checks.h"

#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

bool config_payer_iban(const Config& config, std::string_view iban) {
  return config.payer && !iban.empty() && iban == config.payer->iban;
}

void refuse_payer_iban(const Config& config, std::string_view iban) {
  if (!config_payer_iban(config, iban)) return;
  throw Error(ErrorKind::invalid,
              trf("the IBAN {} is the city's own account ([payer] iban): a grant is not paid to the payer",
                  iban_print_form(iban)),
              tr("give the payee's own account"));
}

std::vector<std::string> shared_iban_notes(const std::vector<IbanUser>& users) {
  std::vector<std::string> out;
  for (size_t i = 0; i < users.size();) {
    const std::string& iban = users[i].iban;
    std::string who;
    const int64_t all = users[i].pilots_on_iban;
    int64_t named = 0;
    for (; i < users.size() && users[i].iban == iban; ++i, ++named) {
      if (!who.empty()) who += ", ";
      who += users[i].pilot_id + " " + users[i].payee_name;
      if (!users[i].business_id.empty()) who += " (" + users[i].business_id + ")";
    }
    // TRANSLATORS: after the first pilots paid to a shared IBAN: ", and 12 more".
    if (all > named)
      who += trnf(", and {} more", ", and {} more", static_cast<unsigned long>(all - named), all - named);
    // TRANSLATORS: an IBAN, then the pilots and payees paid to it: "MP-2026-0001 Aino Virtanen, MP-2026-0004 Oy Ab
    // (1234567-1)".
    out.push_back(trf("{} is the account of several payees: {}", iban_print_form(iban), who));
  }
  return out;
}

}  // namespace minipilot

// The reason codes of ExternalStatusReason1Code and ExternalReturnReason1Code a bank sends for SEPA credit transfers.
#include "minipilot/domain/bank_reasons.h"

#include <algorithm>
#include <array>
#include <utility>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

// Sorted by code, for a binary search. The English is the code set's own
// name, shortened; the catalogue holds the Finnish.
constexpr std::array<std::pair<std::string_view, const char*>, 35> kReasons{{
    // TRANSLATORS: the bank's reason codes for a rejected or returned payment (ISO 20022), as a bank words them.
    {"AC01", N_("Incorrect account number")},
    {"AC04", N_("Account closed")},
    {"AC06", N_("Account blocked")},
    {"AC13", N_("Invalid debtor account type")},
    {"AG01", N_("Transaction forbidden on this account")},
    {"AG02", N_("Invalid bank operation code")},
    {"AM01", N_("Amount is zero")},
    {"AM02", N_("Amount above the allowed maximum")},
    {"AM04", N_("Insufficient funds")},
    {"AM05", N_("Duplicate payment")},
    {"AM09", N_("Wrong amount")},
    {"BE04", N_("Creditor's address missing or incorrect")},
    {"BE05", N_("Initiating party not recognised")},
    {"CNOR", N_("Creditor's bank is not registered in the payment system")},
    {"CURR", N_("Incorrect currency")},
    {"CUST", N_("Cancelled at the payer's request")},
    {"DNOR", N_("Debtor's bank is not registered in the payment system")},
    {"DS0G", N_("Signer not allowed to sign this operation")},
    {"DU01", N_("Duplicate message: the bank already holds this file")},
    {"ED05", N_("Settlement failed")},
    {"FF01", N_("Invalid file format")},
    {"FOCR", N_("Returned after a cancellation request")},
    {"FRAD", N_("Fraudulent origin suspected")},
    {"MD07", N_("Account holder deceased")},
    {"MS02", N_("Reason not specified by the payee")},
    {"MS03", N_("Reason not specified")},
    {"NARR", N_("Reason given in the bank's text")},
    {"RC01", N_("Incorrect bank identifier (BIC)")},
    {"RR01", N_("Debtor's account or identification missing (regulatory requirement)")},
    {"RR02", N_("Debtor's name or address missing (regulatory requirement)")},
    {"RR03", N_("Creditor's name or address missing (regulatory requirement)")},
    {"RR04", N_("Regulatory reason")},
    {"SL01", N_("Specific service offered by the bank")},
    {"TM01", N_("Received after the bank's cut-off time")},
    {"UPAY", N_("Undue payment")},
}};

}  // namespace

std::string bank_reason_text(std::string_view code) {
  const auto it = std::lower_bound(kReasons.begin(), kReasons.end(), code,
                                   [](const auto& entry, std::string_view c) { return entry.first < c; });
  if (it == kReasons.end() || it->first != code) return "";
  return tr(it->second);
}

std::string bank_reason_summary(std::string_view code, std::string_view bank_text) {
  std::string out(code);
  if (const std::string meaning = bank_reason_text(code); !meaning.empty()) out += (out.empty() ? "" : " ") + meaning;
  if (!bank_text.empty()) out += (out.empty() ? "" : ": ") + std::string(bank_text);
  // TRANSLATORS: a returned payment for which the bank gave neither a code nor a text.
  return out.empty() ? tr("the bank gave no reason") : out;
}

}  // namespace minipilot

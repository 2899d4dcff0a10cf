// A payment batch and its payments as recorded: everything its CSV and SEPA files are made from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/money.h"

namespace minipilot {

/// The CSV dialect of exported files (`[export.csv]`); the default suits
/// Excel in a Finnish locale.
struct CsvDialect {
  char delimiter = ';';
  char decimal_separator = ',';
  bool bom = true;
};

/// The city as debtor in SEPA files (`[payer]`).
struct Payer {
  std::string name;
  std::string iban;  ///< electronic form
  std::string bic;
  std::string business_id = {};          ///< the city's Y-tunnus, "" when not set
  std::string initiating_party_id = {};  ///< the sender id of the bank agreement, "" when not set
};

/// One payment of a batch.
struct PaymentView {
  std::string pilot_id;
  std::string payee_name;
  std::string iban;  ///< electronic form
  std::string bic;
  Cents amount;
  std::string message;
  std::string state;  ///< sent | returned | confirmed
  std::string returned_at;
  std::string return_reason;
  std::string salt = {};          ///< for the payee commitment; not shown, not exported
  std::string return_code = {};   ///< the bank's reason code (AC01, ...), "" when typed in by hand
  std::string confirmed_at = {};  ///< when the bank's report of its execution was read
};

/// A batch with its payments in pilot-id order. The payer, SEPA version and
/// CSV dialect are those it was made with.
struct BatchView {
  std::string id;
  std::string execution_date;  ///< "2026-03-03"
  std::string created_at;      ///< ISO 8601 UTC
  std::string created_by;
  std::string state;  ///< prepared | exported | voided
  std::string voided_at;
  std::string void_reason;
  std::string confirmed_at = {};  ///< under batch approval: when and by whom it was confirmed
  std::string confirmed_by = {};
  Payer payer;
  std::string sepa_version;
  CsvDialect csv;
  std::vector<PaymentView> payments;

  /// The sum of the payments' amounts.
  Cents total() const;
  /// The sum of what the bank pays or paid: the payments sent or confirmed
  /// of an exported batch (0 while prepared, and once voided).
  Cents paid() const;
};

/// A payment's state as reports show it: "voided" for a payment of a voided
/// batch that was not returned before, else its own state.
std::string_view payment_state(const BatchView& batch, const PaymentView& payment);

/// A batch's state (prepared, exported, voided) or a payment's (sent,
/// returned, confirmed) as people read it, in the chosen language; anything
/// else as it is.
std::string state_text(std::string_view state);

/// Money actually paid to one payee in one year: live payments only (not in
/// a voided batch, not returned), by the year of the batch's execution date.
/// A payee is one business ID where the applicant has one (spec §5), else
/// one name and IBAN as paid.
struct PayeeTotal {
  int year = 0;
  std::string payee_name;  ///< as paid; of a business ID, the first name in order
  std::string iban;        ///< as paid; of a business ID paid to several, the first
  int64_t payments = 0;
  Cents total;
  std::string business_id = {};         ///< "" when the payee has none
  std::vector<std::string> ibans = {};  ///< every IBAN paid to, sorted (one unless a business ID used several)
  bool shared_iban = false;             ///< another payee (another name or business ID) uses one of these IBANs
};

}  // namespace minipilot

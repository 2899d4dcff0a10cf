// The bank's feedback on a payment file: ISO 20022 pain.002 status reports and camt.054 notifications, read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minipilot {

/// What the bank says about one payment, one payment block or a whole file.
struct BankStatus {
  enum class Scope { file, block, payment };
  enum class Verdict {
    rejected,   ///< pain.002 RJCT: not paid
    returned,   ///< camt.054 return information: paid, and the money came back
    executed,   ///< pain.002 ACSC or ACCC, camt.054 a booked debit: paid
    duplicate,  ///< pain.002 RJCT DU01 of a whole file: the bank holds that message already
    pending     ///< accepted, received or in process: nothing to record yet
  };
  Scope scope = Scope::payment;
  Verdict verdict = Verdict::pending;
  std::string batch_id;  ///< the original MsgId or PmtInfId: our batch id
  std::string pilot_id;  ///< the original EndToEndId: our pilot id ("" for a block or file)
  std::string code;      ///< the bank's reason code (AC01 ...) or status code; "" when none was given
  std::string text;      ///< the bank's additional information, "" when none
};

/// One file of the bank's, read.
struct BankMessage {
  std::string kind;                  ///< "pain.002.001.03", "pain.002.001.10", "camt.054.001.02", "camt.054.001.08"
  std::string message_id;            ///< the bank's GrpHdr/MsgId
  std::vector<BankStatus> statuses;  ///< in the order of the file
  /// camt.054 entries that name no batch of this tool (the account's other
  /// transactions): counted, not read.
  int64_t foreign_entries = 0;
};

/// Reads one of the four messages from `bytes` as a streaming pull parser
/// (libxml2's xmlTextReader: a file of 100,000 transactions is never held as
/// a tree), telling them apart by the root element's namespace. Refuses with
/// Error{invalid}, naming `name`: XML that is not well-formed, a document
/// type declaration (a bank never sends one, and it could expand entities),
/// another message, a status report about something else than a pain.001,
/// and a rejection or return that does not name its payment.
BankMessage read_bank_message(std::string_view bytes, std::string_view name);

/// Whether `text` has the form of one of this tool's batch ids
/// (PB-<year>-<nnn>): a camt.054 reference that has not is someone else's.
bool looks_like_batch_id(std::string_view text);

}  // namespace minipilot

// Declared interests (spec §2, §7; Hallintolaki 27–28 §): a user's tie to an applicant, by business ID, name or IBAN.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace minipilot {

/// What a declared interest names the applicant by.
enum class InterestKind { business_id, name, iban };

/// The stored name: "business_id", "name", "iban".
std::string_view to_string(InterestKind k);
std::optional<InterestKind> parse_interest_kind(std::string_view text);

/// The kind as people read it, in the output language ("business ID", in
/// Finnish "Y-tunnus"); a stored name that is no kind as it is.
std::string interest_kind_text(std::string_view stored);

/// One declared interest as the ledger holds it.
struct Interest {
  int64_t id = 0;
  std::string user_id;
  InterestKind kind = InterestKind::business_id;
  std::string value;      ///< as recorded: a checked business ID, an electronic IBAN, a name as given
  std::string match_key;  ///< what a decision compares: the value, or name_match_key() of the name (validate/interest.h)
  std::string reason;
  std::string salt;  ///< of the commitment its events carry (domain/chain.h interest_commitment)
  std::string added_at, added_by;
  std::string removed_at, removed_by;  ///< "" while it is live
  bool live() const { return removed_at.empty(); }
};

}  // namespace minipilot

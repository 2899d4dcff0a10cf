// The event hash chain: each event commits to the one before it, so a change made behind the tool's back shows.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// The prev_hash of the first event: 64 zeros.
inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

/// The last event's number and hash: print it where people keep it (a
/// monthly report, a payment batch), and a history cut short will show.
struct ChainHead {
  int64_t seq = 0;
  std::string hash{kGenesisHash};
};

/// SHA-256 of `data` as lower-case hex (libcrypto).
std::string sha256_hex(std::string_view data);

/// SHA-256 (lower-case hex) of `prev_hash` and the event's fields, each
/// written as "<byte length>:<bytes>" so that no two events encode alike.
std::string event_hash(std::string_view prev_hash, int64_t seq, std::string_view at, std::string_view actor,
                       std::string_view action, std::string_view pilot_id, std::string_view detail);

/// A payee's details as the event log commits to them: SHA-256 (hex) of a
/// random per-applicant `salt` and the name, IBAN and BIC, field-encoded like
/// events. The salt lives beside the details (and is erased with them), so
/// that an exported log reveals nothing, while anyone holding the ledger can
/// check that the details are still those an event recorded.
std::string payee_commitment(std::string_view salt, std::string_view name, std::string_view iban, std::string_view bic);

/// A declared interest as its events commit to it (the same construction):
/// SHA-256 (hex) of the interest's random `salt`, its user, kind, value and
/// reason. The value (a name, a business ID, an IBAN) stays in the interests
/// table; a value or reason changed there behind the tool's back shows in
/// `verify`.
std::string interest_commitment(std::string_view salt, std::string_view user, std::string_view kind,
                                std::string_view value, std::string_view reason);

/// 16 random bytes from the kernel's generator (getrandom), as 32 hex digits.
std::string new_salt();

/// Parses a head as it is kept: "184:<64 hex digits>", "event 184 <hash>"
/// or a footer's "Chain head: event 184 <hash>" (any case). The whole hash
/// is required: a prefix is too easy to forge.
Checked<ChainHead> parse_chain_head(std::string_view text);

}  // namespace minipilot

// The event chain's head as every report prints it: a JSON key and a line for people.
#pragma once

#include <fmt/format.h>

#include <string>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/chain.h"

namespace minipilot {

/// "chain_head": {"seq": N, "hash": "..."}
inline void write_chain_head(JsonWriter& j, const ChainHead& head) {
  j.key("chain_head").begin_object().key("seq").value(head.seq).key("hash").value(head.hash).end_object();
}

/// "event N <hash>", in the chosen language (parse_chain_head reads it back).
inline std::string chain_head_text(const ChainHead& head) {
  // TRANSLATORS: the event chain's head: the number of the last event, then its hash. Keep the
  // words first, then the number, then the hash: an auditor copies it back to `verify --expect-head`.
  return trf("event {} {}", head.seq, head.hash);
}

/// The footer of a report: "Chain head: event N <hash>".
inline std::string chain_head_footer(const ChainHead& head) {
  // TRANSLATORS: the last line of a report; {} is "event N <hash>". `verify --expect-head` reads it back.
  return trf("Chain head: {}", chain_head_text(head));
}

}  // namespace minipilot

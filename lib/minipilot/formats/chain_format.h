// The event chain's head as every report prints it: a JSON key and a line for people.
#pragma once

#include <fmt/format.h>

#include <string>

#include "minipilot/core/json.h"
#include "minipilot/domain/chain.h"

namespace minipilot {

/// "chain_head": {"seq": N, "hash": "..."}
inline void write_chain_head(JsonWriter& j, const ChainHead& head) {
  j.key("chain_head").begin_object().key("seq").value(head.seq).key("hash").value(head.hash).end_object();
}

/// "event N <hash>"
inline std::string chain_head_text(const ChainHead& head) { return fmt::format("event {} {}", head.seq, head.hash); }

/// The footer of a report: "Chain head: event N <hash>".
inline std::string chain_head_footer(const ChainHead& head) { return "Chain head: " + chain_head_text(head); }

}  // namespace minipilot

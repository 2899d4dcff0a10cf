// Where a large output goes piece by piece, so that it is never held whole in memory.
#pragma once

#include <functional>
#include <string_view>

namespace minipilot {

/// Receives the next piece of an output. May throw (a full disk); the
/// producer then stops, and the one who made the sink cleans up.
using Sink = std::function<void(std::string_view)>;

}  // namespace minipilot

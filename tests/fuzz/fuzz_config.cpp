// libFuzzer harness: the TOML configuration loader. Any input either parses
// into a Config or is refused with Error{config}; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "minipilot/config/config.h"
#include "minipilot/core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const minipilot::Config c = minipilot::parse_config(text, "/fuzz/minipilot.toml");
    // A parsed configuration holds what the loader promises.
    if (c.grant_amount.value <= 0) std::abort();
    for (const auto& [year, budget] : c.budget)
      if (year < 2000 || year > 2999 || budget.value < 0) std::abort();
  } catch (const minipilot::Error& e) {
    if (e.kind() != minipilot::ErrorKind::config) std::abort();
  }
  return 0;
}

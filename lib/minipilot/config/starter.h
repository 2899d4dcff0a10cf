// The text of config/minipilot.starter.toml, compiled in by CMake so that init needs no data files.
#pragma once

#include <string_view>

namespace minipilot {

/// The starter configuration, with "{{year}}" where the current year goes.
extern const std::string_view kStarterConfig;

}  // namespace minipilot

// Which language the command speaks, decided before the command line is parsed (its --help is in that language too).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "minipilot/core/i18n.h"

namespace minipilot::cli {

/// --lang fi|en (anywhere on the line), else `[program] language` of the
/// configuration that --config, $MINIPILOT_CONFIG or ./minipilot.toml
/// names, else Finnish (spec §4). An invalid --lang or configuration is
/// left to the parser and the configuration's loader to refuse.
Language chosen_language(const std::vector<std::string>& args);

/// Where the message catalogues are: next to the binary (the build tree),
/// else under the install prefix relative to it (bin/../share/locale), else
/// the prefix it was built for.
std::filesystem::path catalogue_dir();

/// Sets up the chosen language; false when its catalogue is missing (and
/// the words are English).
bool set_up_language(const std::vector<std::string>& args);

}  // namespace minipilot::cli

// The manual page minipilot(1) in roff, written from the command tree (cmd/cli_tree.h) in the chosen language.
#pragma once

#include <string>
#include <string_view>

#include "cmd/cli_tree.h"

namespace minipilot::cli {

/// `text` as roff input text: backslashes, hyphen-minus signs (\-) and every
/// character beyond ASCII (\[uXXXX]) escaped, and a line that would start
/// with a control character ('.' or ') made plain text with \&. The result
/// is ASCII: groff, mandoc and man-db read it alike, whatever their locale.
std::string roff_escape(std::string_view text);

/// The page: NAME, SYNOPSIS, DESCRIPTION, GLOBAL OPTIONS, COMMANDS (each
/// command and nested command with its arguments and options), EXIT STATUS,
/// ENVIRONMENT, FILES and SEE ALSO. The help texts come from `root` and the
/// rest through tr(), so the page is in the language of --help. `version`
/// ("0.1.0") goes to the page's header, `catalogue_dir` to FILES.
std::string man_page(const CommandInfo& root, std::string_view version, std::string_view catalogue_dir);

}  // namespace minipilot::cli

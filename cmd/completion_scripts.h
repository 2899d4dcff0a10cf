// The completion scripts of bash, zsh and fish, written from the command tree (cmd/cli_tree.h).
#pragma once

#include <string>

#include "cmd/cli_tree.h"

namespace minipilot::cli {

/// A bash script defining `_minipilot` and registering it with `complete -F`:
/// commands and nested commands, their options and the global ones, the
/// values of options with fixed choices, and file names where a file is asked.
/// Needs nothing but bash itself (not the bash-completion package).
std::string bash_completion(const CommandInfo& root);

/// A zsh completion function (`#compdef minipilot`), for a folder of $fpath
/// as `_minipilot` or to be sourced; native _arguments and _describe, with
/// every description.
std::string zsh_completion(const CommandInfo& root);

/// fish `complete -c minipilot ...` lines, with every description.
std::string fish_completion(const CommandInfo& root);

}  // namespace minipilot::cli

// The command line as plain data, read from the parsed CLI11 tree: what the man page and the completion scripts show.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace minipilot::cli {

/// One option or positional argument of a command, as --help describes it.
struct OptionInfo {
  std::vector<std::string> names;    ///< "-o", "--output" (short ones first); empty for a positional
  std::string positional;            ///< a positional's name ("ids"); empty for an option
  std::string description;           ///< its help text, in the chosen language
  std::string value;                 ///< what its value is called ("FILE", "TEXT", "INT"); empty for a flag
  std::vector<std::string> choices;  ///< the only values it takes (CLI::IsMember), if any
  bool file = false;                 ///< its value names a file (complete file names)
  bool required = false;
  bool repeated = false;  ///< takes several values (`approve ID...`)

  bool flag() const { return value.empty(); }
};

/// One command (the program itself, `disburse` or `disburse void`) and what
/// it takes, in the order CLI11 was told them.
struct CommandInfo {
  std::string name;                 ///< "void"; the program's name at the root
  std::vector<std::string> path;    ///< {"disburse", "void"}; empty at the root
  std::string description;          ///< its one line of help
  bool hidden = false;              ///< CLI11 group "": left out of --help and completion
  bool needs_command = false;       ///< one of `commands` must be given
  std::vector<OptionInfo> options;  ///< its options, --help and --version too
  std::vector<OptionInfo> positionals;
  std::vector<CommandInfo> commands;

  /// "disburse void"; empty at the root.
  std::string joined_path() const;
  /// The commands that are not hidden.
  std::vector<const CommandInfo*> visible_commands() const;
};

/// The tree under `app` (the root: reach it from a subcommand through
/// get_parent()). An option names a file when it is in the help group
/// kOutputGroup or kInputGroup, or is one of --config, --db, --dir.
CommandInfo describe(const CLI::App& app);

/// The root of the tree that `sub` is part of.
const CLI::App& root_of(const CLI::App& sub);

}  // namespace minipilot::cli

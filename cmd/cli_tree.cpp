// Reads the parsed CLI11 tree into plain data, so that the man page and the completion scripts follow --help.
#include "cmd/cli_tree.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>

#include "cmd/output.h"
#include "minipilot/core/i18n.h"

namespace minipilot::cli {

namespace {

// Whether an option's value names a file: those the command writes or reads (their help groups), and the
// configuration and the ledger.
bool file_option(const CLI::Option& o) {
  const std::string& group = o.get_group();  // as given, or as --help shows it in the chosen language
  for (const char* g : {kOutputGroup, kInputGroup})
    if (group == g || group == tr(g)) return true;
  for (const std::string& name : o.get_lnames())
    if (name == "config" || name == "db" || name == "dir") return true;
  return false;
}

// CLI::IsMember describes itself as "{a,b,c}": the only place CLI11 keeps the set it checks.
std::vector<std::string> choices_of(const CLI::Option& o) {
  const std::string type = o.get_type_name();
  const size_t open = type.find(":{");
  if (open == std::string::npos || type.back() != '}') return {};
  const std::string set = type.substr(open + 2, type.size() - open - 3);
  std::vector<std::string> out;
  for (size_t start = 0; start <= set.size();) {
    const size_t comma = std::min(set.find(',', start), set.size());
    if (comma > start) out.push_back(set.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

OptionInfo option_info(const CLI::Option& o) {
  OptionInfo info;
  for (const std::string& s : o.get_snames()) info.names.push_back("-" + s);
  for (const std::string& l : o.get_lnames()) info.names.push_back("--" + l);
  if (o.get_positional()) info.positional = o.get_name(true);
  info.description = o.get_description();
  info.required = o.get_required();
  info.repeated = o.get_items_expected_max() > 1;
  if (o.get_items_expected_max() == 0) return info;  // a flag
  info.file = file_option(o);
  info.choices = choices_of(o);
  const std::string type = o.get_type_name();
  info.value = info.file ? "FILE" : type.substr(0, type.find(':'));
  if (info.value.empty()) info.value = "TEXT";
  // "ids" taking several is shown as "ID...", as docs/cli.md writes it.
  if (o.get_positional()) {
    info.value = upper(info.positional);
    if (info.repeated && info.value.size() > 1 && info.value.back() == 'S') info.value.pop_back();
  }
  return info;
}

CommandInfo describe_under(const CLI::App& app, std::vector<std::string> path) {
  CommandInfo c;
  // At the root CLI11 holds argv[0], the path it was run by: the page and the scripts are for "minipilot".
  c.name = app.get_parent() != nullptr ? app.get_name() : "minipilot";
  c.path = std::move(path);
  c.description = app.get_description();
  c.hidden = app.get_parent() != nullptr && app.get_group().empty();
  c.needs_command = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* o : app.get_options())
    (o->get_positional() ? c.positionals : c.options).push_back(option_info(*o));
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> sub_path = c.path;
    sub_path.push_back(sub->get_name());
    c.commands.push_back(describe_under(*sub, std::move(sub_path)));
  }
  return c;
}

}  // namespace

std::string CommandInfo::joined_path() const {
  std::string out;
  for (const std::string& p : path) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::vector<const CommandInfo*> CommandInfo::visible_commands() const {
  std::vector<const CommandInfo*> out;
  for (const CommandInfo& c : commands)
    if (!c.hidden) out.push_back(&c);
  return out;
}

CommandInfo describe(const CLI::App& app) { return describe_under(app, {}); }

const CLI::App& root_of(const CLI::App& sub) {
  const CLI::App* app = &sub;
  while (app->get_parent() != nullptr) app = app->get_parent();
  return *app;
}

}  // namespace minipilot::cli

// bash, zsh and fish completion for minipilot, written from the command tree so that a new option completes at once.
#include "cmd/completion_scripts.h"

#include <fmt/format.h>

#include <cctype>
#include <functional>
#include <string_view>

namespace minipilot::cli {

namespace {

// Every command that is not hidden, the root first, each before its own commands.
void each_command(const CommandInfo& c, const std::function<void(const CommandInfo&)>& visit) {
  visit(c);
  for (const CommandInfo* sub : c.visible_commands()) each_command(*sub, visit);
}

bool help_or_version(const OptionInfo& o) {
  for (const std::string& n : o.names)
    if (n == "--help" || n == "--version") return true;
  return false;
}

// The root's options that every command accepts too (CLI11's fallthrough); --help is each command's own.
std::vector<const OptionInfo*> globals(const CommandInfo& root) {
  std::vector<const OptionInfo*> out;
  for (const OptionInfo& o : root.options)
    if (!help_or_version(o)) out.push_back(&o);
  return out;
}

std::string join(const std::vector<std::string>& words, std::string_view sep = " ") {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : std::string(sep)) + w;
  return out;
}

// A word in POSIX shell (bash, zsh) single quotes.
std::string sh_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> command_names(const CommandInfo& c) {
  std::vector<std::string> out;
  for (const CommandInfo* sub : c.visible_commands()) out.push_back(sub->name);
  return out;
}

// ---- bash ----

// What bash offers for a value: "@file" stands for file names.
std::string bash_values(const OptionInfo& o) { return o.file ? "@file" : join(o.choices); }

std::string bash_case_of_values(const CommandInfo& c) {
  std::string out;
  for (const OptionInfo& o : c.options) {
    if (o.flag()) continue;
    std::vector<std::string> patterns;
    for (const std::string& n : o.names) patterns.push_back(sh_quote(c.joined_path() + ":" + n));
    out += fmt::format("    {}) echo {}; return 0 ;;\n", join(patterns, "|"), sh_quote(bash_values(o)));
  }
  return out;
}

std::string bash_completion_data(const CommandInfo& root) {
  std::string commands, options, values, arguments;
  std::vector<std::string> global_names;
  for (const OptionInfo* o : globals(root)) global_names.insert(global_names.end(), o->names.begin(), o->names.end());
  each_command(root, [&](const CommandInfo& c) {
    const std::string path = sh_quote(c.joined_path());
    if (!c.visible_commands().empty())
      commands += fmt::format("    {}) echo {} ;;\n", path, sh_quote(join(command_names(c))));
    std::vector<std::string> names = c.path.empty() ? std::vector<std::string>{} : global_names;
    for (const OptionInfo& o : c.options) names.insert(names.end(), o.names.begin(), o.names.end());
    options += fmt::format("    {}) echo {} ;;\n", path, sh_quote(join(names)));
    values += bash_case_of_values(c);
    std::vector<std::string> args;
    for (const OptionInfo& p : c.positionals)
      if (!bash_values(p).empty()) args.push_back(bash_values(p));
    if (!args.empty()) arguments += fmt::format("    {}) echo {} ;;\n", path, sh_quote(join(args)));
  });
  std::string global_values;
  for (const OptionInfo* o : globals(root))
    if (!o->flag())
      global_values += fmt::format("    {}) echo {}; return 0 ;;\n", join(o->names, "|"), sh_quote(bash_values(*o)));
  return fmt::format(
      "# The subcommands of a command (\"\" is minipilot itself, \"disburse void\" a nested one).\n"
      "_minipilot_commands() {{\n  case $1 in\n{}  esac\n}}\n\n"
      "# The options a command takes, the global ones included.\n"
      "_minipilot_options() {{\n  case $1 in\n{}  esac\n}}\n\n"
      "# What the value of option $2 of command $1 may be (@file: a file name); fails for a flag.\n"
      "_minipilot_value() {{\n  case $1:$2 in\n{}  esac\n  case $2 in\n{}  esac\n  return 1\n}}\n\n"
      "# What the arguments of a command may be (@file: a file name).\n"
      "_minipilot_arguments() {{\n  case $1 in\n{}  esac\n}}\n\n",
      commands, options, values, global_values, arguments);
}

constexpr const char* kBashDriver = R"sh(# Offers the words of $1 that start with $2; "@file" offers file names.
_minipilot_reply() {
  local word words=()
  for word in $1; do
    if [[ $word == @file ]]; then
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$2")
      compopt -o filenames 2>/dev/null
    else
      words+=("$word")
    fi
  done
  ((${#words[@]})) && mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -W "${words[*]}" -- "$2")
  return 0
}

_minipilot() {
  local cur=${COMP_WORDS[COMP_CWORD]} path="" option="" word sub values i skip=0
  COMPREPLY=()
  # The command so far: the words that name a subcommand; an option's value is skipped.
  # bash splits "--config=FILE" into "--config" "=" "FILE" (COMP_WORDBREAKS).
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if ((skip)); then skip=0; continue; fi
    if [[ $word == "=" ]]; then skip=1; continue; fi
    if [[ $word == -* ]]; then
      [[ ${COMP_WORDS[i+1]} == "=" ]] && continue
      _minipilot_value "$path" "$word" >/dev/null && skip=1
      continue
    fi
    for sub in $(_minipilot_commands "$path"); do
      [[ $sub == "$word" ]] && path=${path:+$path }$word && break
    done
  done
  if [[ $cur == "=" ]]; then
    cur="" option=${COMP_WORDS[COMP_CWORD-1]}
  elif ((skip)); then
    option=${COMP_WORDS[COMP_CWORD-1]}
    [[ $option == "=" ]] && option=${COMP_WORDS[COMP_CWORD-2]}
  fi
  if [[ -n $option ]]; then
    values=$(_minipilot_value "$path" "$option") && _minipilot_reply "$values" "$cur"
    return 0
  fi
  if [[ $cur == -* ]]; then
    _minipilot_reply "$(_minipilot_options "$path")" "$cur"
    return 0
  fi
  _minipilot_reply "$(_minipilot_commands "$path") $(_minipilot_arguments "$path")" "$cur"
}

complete -F _minipilot minipilot
)sh";

// ---- zsh ----

// Text inside an _arguments description [...] or a _describe item, for single quotes.
std::string zsh_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_function(const std::vector<std::string>& path) {
  std::string name = "_minipilot_cmd";
  for (const std::string& p : path)
    for (char c : "_" + p) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

// After the value's name: how zsh completes it.
std::string zsh_action(const OptionInfo& o) {
  if (o.file) return "_files";
  if (!o.choices.empty()) return fmt::format("({})", join(o.choices));
  return " ";
}

std::string zsh_option_spec(const OptionInfo& o) {
  std::vector<std::string> forms;
  for (const std::string& n : o.names) forms.push_back(n + (o.flag() ? "" : n.rfind("--", 0) == 0 ? "=" : "+"));
  const std::string rest =
      "[" + zsh_text(o.description) + "]" + (o.flag() ? "" : ":" + zsh_text(o.value) + ":" + zsh_action(o));
  const std::string prefix = o.repeated ? "*" : forms.size() > 1 ? "(" + join(o.names) + ")" : "";
  if (forms.size() == 1) return sh_quote(prefix + forms[0] + rest);
  return sh_quote(prefix) + "{" + join(forms, ",") + "}" + sh_quote(rest);
}

std::string zsh_positional_spec(const OptionInfo& p) {
  const std::string count = p.repeated ? "*:" : p.required ? ":" : "::";
  return sh_quote(count + zsh_text(p.positional) + ":" + zsh_action(p));
}

std::string zsh_command_function(const CommandInfo& c) {
  std::vector<std::string> specs;
  if (!c.path.empty()) specs.push_back("\"${_minipilot_globals[@]}\"");
  for (const OptionInfo& o : c.options) specs.push_back(zsh_option_spec(o));
  for (const OptionInfo& p : c.positionals) specs.push_back(zsh_positional_spec(p));
  const std::vector<const CommandInfo*> subs = c.visible_commands();
  std::string body;
  if (subs.empty()) {
    body = "  _arguments -s : \\\n    " + join(specs, " \\\n    ") + "\n";
  } else {
    specs.push_back(sh_quote("(-): :->command"));
    specs.push_back(sh_quote("(-)*:: :->argument"));
    std::vector<std::string> named{"minipilot"};  // "minipilot disburse": for the tag and the context
    named.insert(named.end(), c.path.begin(), c.path.end());
    std::string items, cases;
    for (const CommandInfo* s : subs) {
      items += "        " + sh_quote(s->name + ":" + zsh_text(s->description)) + "\n";
      cases += fmt::format("        {}) {} && ret=0 ;;\n", sh_quote(s->name), zsh_function(s->path));
    }
    body = fmt::format(
        "  local curcontext=$curcontext state line ret=1\n"
        "  _arguments -C -s : \\\n    {} && ret=0\n"
        "  case $state in\n"
        "    command)\n      local -a commands=(\n{}      )\n"
        "      _describe -t commands {} commands && ret=0 ;;\n"
        "    argument)\n      curcontext=${{curcontext%:*:*}}:{}-$words[1]:\n"
        "      case $words[1] in\n{}      esac ;;\n  esac\n  return ret\n",
        join(specs, " \\\n    "), items, sh_quote(join(named) + " command"), join(named, "-"), cases);
  }
  return zsh_function(c.path) + "() {\n" + body + "}\n\n";
}

// ---- fish ----

std::string fish_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// `-s o -l output -x -a '...'`: the names and the value of one option.
std::string fish_option(const OptionInfo& o) {
  std::string out;
  for (const std::string& n : o.names)
    out += n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : n.size() == 2 ? " -s " + n.substr(1) : " -o " + n.substr(1);
  if (o.file)
    out += " -r -F";
  else if (!o.flag())
    out += " -x";
  if (!o.choices.empty()) out += " -a " + fish_quote(join(o.choices));
  return out + " -d " + fish_quote(o.description);
}

constexpr const char* kFishDriver =
    R"fish(# The subcommands on the command line so far, as "disburse void" ("" for none).
function __minipilot_path
    set -l path ''
    set -l skip 0
    for token in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case '-*=*'
            case '-*'
                if contains -- "$path:$token" $__minipilot_valued; or contains -- ":$token" $__minipilot_valued
                    set skip 1
                end
            case '*'
                if contains -- "$path:$token" $__minipilot_commands
                    set path (string trim -- "$path $token")
                end
        end
    end
    echo $path
end

# Whether the command line so far is the command $argv.
function __minipilot_at
    set -l path (__minipilot_path)
    test "$path" = "$argv"
end

complete -c minipilot -f
)fish";

}  // namespace

std::string bash_completion(const CommandInfo& root) {
  return "# bash completion for minipilot, written by 'minipilot completion bash' from its commands.\n"
         "# Install as share/bash-completion/completions/minipilot, or: source <(minipilot completion bash)\n\n" +
         bash_completion_data(root) + kBashDriver;
}

std::string zsh_completion(const CommandInfo& root) {
  std::string out =
      "#compdef minipilot\n"
      "# zsh completion for minipilot, written by 'minipilot completion zsh' from its commands.\n"
      "# Install as _minipilot in a folder of $fpath, or: source <(minipilot completion zsh)\n\n"
      "_minipilot_globals=(\n";
  for (const OptionInfo* o : globals(root)) out += "  " + zsh_option_spec(*o) + "\n";
  out += ")\n\n";
  each_command(root, [&](const CommandInfo& c) { out += zsh_command_function(c); });
  return out +
         "_minipilot() {\n  _minipilot_cmd \"$@\"\n}\n\n"
         "if [[ $funcstack[1] == _minipilot ]]; then\n  _minipilot \"$@\"\nelse\n  compdef _minipilot minipilot\nfi\n";
}

std::string fish_completion(const CommandInfo& root) {
  std::vector<std::string> valued, commands;
  for (const OptionInfo* o : globals(root))
    if (!o->flag())
      for (const std::string& n : o->names) valued.push_back(":" + n);
  std::string lines;
  each_command(root, [&](const CommandInfo& c) {
    const std::string at = " -n " + fish_quote("__minipilot_at " + fish_quote(c.joined_path()));
    for (const CommandInfo* s : c.visible_commands()) {
      commands.push_back(c.joined_path() + ":" + s->name);
      lines += "complete -c minipilot" + at + " -a " + fish_quote(s->name) + " -d " + fish_quote(s->description) + "\n";
    }
    for (const OptionInfo& o : c.options) {
      if (!c.path.empty() && !o.flag())
        for (const std::string& n : o.names) valued.push_back(c.joined_path() + ":" + n);
      lines += "complete -c minipilot" + (c.path.empty() && !help_or_version(o) ? "" : at) + fish_option(o) + "\n";
    }
    for (const OptionInfo& p : c.positionals) {
      if (p.file) lines += "complete -c minipilot" + at + " -F\n";
      if (!p.choices.empty()) lines += "complete -c minipilot" + at + " -a " + fish_quote(join(p.choices)) + "\n";
    }
  });
  std::vector<std::string> quoted_valued, quoted_commands;
  for (const std::string& v : valued) quoted_valued.push_back(fish_quote(v));
  for (const std::string& c : commands) quoted_commands.push_back(fish_quote(c));
  return "# fish completion for minipilot, written by 'minipilot completion fish' from its commands.\n"
         "# Install as share/fish/vendor_completions.d/minipilot.fish, or: minipilot completion fish | source\n\n"
         "# Options that take a value, as COMMAND:OPTION (\":--db\" for any command), and the subcommands.\n"
         "set -g __minipilot_valued " +
         join(quoted_valued) +
         "\n"
         "set -g __minipilot_commands " +
         join(quoted_commands) + "\n\n" + kFishDriver + "\n" + lines;
}

}  // namespace minipilot::cli

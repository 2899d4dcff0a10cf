// minipilot(1) in roff (man(7) macros): the help texts of the command tree, and the sections that --help lacks.
#include "cmd/man_page.h"

#include <fmt/format.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot::cli {

namespace {

// The code point of the UTF-8 sequence at text[i], and its length; U+FFFD for a byte that starts none.
std::pair<char32_t, size_t> decode(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b = byte(i);
  const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > text.size()) return {U'\uFFFD', 1};
  char32_t cp = b & (0x3F >> (n - 1));
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {U'\uFFFD', 1};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  return {cp, n};
}

// A macro's argument: escaped, in double quotes (a '"' inside is \(dq).
std::string arg(std::string_view text) {
  std::string out = "\"";
  for (const char c : roff_escape(text)) out += c == '"' ? std::string("\\(dq") : std::string(1, c);
  return out + "\"";
}

std::string bold(std::string_view s) { return "\\fB" + roff_escape(s) + "\\fR"; }
std::string italic(std::string_view s) { return "\\fI" + roff_escape(s) + "\\fR"; }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

bool is_help(const OptionInfo& o) {
  for (const std::string& n : o.names)
    if (n == "--help") return true;
  return false;
}

// The value of an option as the page shows it: FILE, or its choices (table|json|...).
std::string value_of(const OptionInfo& o) {
  if (o.choices.empty()) return italic(o.value) + (o.repeated ? "..." : "");
  std::vector<std::string> choices;
  for (const std::string& c : o.choices) choices.push_back(italic(c));
  return join(choices, "|") + (o.repeated ? "..." : "");
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR", or a positional's "\fIID\fR".
std::string tag(const OptionInfo& o) {
  if (!o.positional.empty()) return value_of(o);
  std::vector<std::string> names;
  for (const std::string& n : o.names) names.push_back(bold(n));
  return o.flag() ? join(names, ", ") : fmt::format("{} {}", join(names, ", "), value_of(o));
}

std::string item(const std::string& tag_line, std::string_view text) {
  return ".TP\n" + tag_line + "\n" + roff_escape(text) + "\n";
}

// "minipilot disburse void BATCH --reason TEXT [options]": what one command takes.
std::string synopsis(const CommandInfo& c, std::string_view program) {
  std::vector<std::string> parts{bold(fmt::format("{} {}", program, c.joined_path()))};
  for (const OptionInfo& p : c.positionals) parts.push_back(p.required ? tag(p) : fmt::format("[{}]", tag(p)));
  bool optional_options = false;
  for (const OptionInfo& o : c.options) {
    if (o.required) parts.push_back(tag(o));
    optional_options = optional_options || (!o.required && !is_help(o));
  }
  // TRANSLATORS: a placeholder of the man page's synopsis: "minipilot approve ID... [options]"
  if (optional_options) parts.push_back(fmt::format("[{}]", italic(tr("options"))));
  if (!c.visible_commands().empty()) {
    // TRANSLATORS: a placeholder of the man page's synopsis: "minipilot disburse [command]"
    const std::string command = italic(tr("command"));
    parts.push_back(c.needs_command ? command : "[" + command + "]");
  }
  return join(parts, " ");
}

void command_section(const CommandInfo& c, std::string_view program, std::string& out) {
  out += ".SS " + arg(c.joined_path()) + "\n" + synopsis(c, program) + "\n.PP\n" + roff_escape(c.description) + "\n";
  for (const OptionInfo& p : c.positionals) out += item(tag(p), p.description);
  for (const OptionInfo& o : c.options)
    if (!is_help(o)) out += item(tag(o), o.description);
  for (const CommandInfo* sub : c.visible_commands()) command_section(*sub, program, out);
}

// What the top-level description says after "minipilot: ".
std::string summary_of(const CommandInfo& root) {
  const std::string prefix = root.name + ": ";
  const std::string& d = root.description;
  return d.rfind(prefix, 0) == 0 ? d.substr(prefix.size()) : d;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string head(const CommandInfo& root, std::string_view version) {
  std::string out =
      fmt::format(".\\\" {}(1), written by '{} manpage' from its commands' help. Do not edit.\n", root.name, root.name);
  // TRANSLATORS: the title of section 1 of the manual, in the page's header ("User Commands")
  out += fmt::format(".TH {} 1 \"\" {} {}\n", roff_escape(upper_ascii(root.name)),
                     arg(fmt::format("{} {}", root.name, version)), arg(tr("User Commands")));
  out += ".SH " + arg(tr("NAME")) + "\n" + roff_escape(root.name) + " \\- " + roff_escape(summary_of(root)) + "\n";
  const std::string command = italic(tr("command"));
  // TRANSLATORS: a placeholder of the man page's synopsis: "minipilot [options] command [arguments]"
  const std::string arguments = italic(tr("arguments"));
  out += ".SH " + arg(tr("SYNOPSIS")) + "\n" + bold(root.name) + " [" + italic(tr("options")) + "] " + command + " [" +
         arguments + "]\n.br\n" + bold(root.name) + " " + command + " " + bold("--help") + "\n";
  out += ".SH " + arg(tr("DESCRIPTION")) + "\n" + roff_escape(root.description) + ".\n.PP\n" +
         // TRANSLATORS: FILES is the heading of that section of the man page; COMMAND as in "minipilot COMMAND --help"
         roff_escape(tr("Every command works on one ledger, an SQLite file that the configuration names (see FILES). "
                        "Global options may stand before or after the command. "
                        "'minipilot COMMAND --help' shows the options of one command.")) +
         "\n";
  return out;
}

// Spec §4: each kind of refusal has its code, the same for every command.
std::string exit_status() {
  const std::vector<std::pair<int, const char*>> codes{
      {0, N_("success: the command did all it was asked")},
      {exit_code(ErrorKind::internal), N_("unexpected internal error (a bug)")},
      {exit_code(ErrorKind::usage), N_("usage: unknown command or option, missing argument")},
      {exit_code(ErrorKind::invalid),
       N_("invalid input: IBAN, business ID, date, amount, CSV row, field too long, an empty value")},
      {exit_code(ErrorKind::not_found), N_("not found: pilot, batch, user, area, ledger")},
      {exit_code(ErrorKind::conflict), N_("conflict: illegal transition, duplicate application, already paid")},
      {exit_code(ErrorKind::budget), N_("budget exceeded")},
      {exit_code(ErrorKind::permission), N_("permission denied: role, area, four-eyes")},
      {exit_code(ErrorKind::busy), N_("ledger busy (still locked after the busy timeout), read-only or unwritable")},
      {exit_code(ErrorKind::integrity),
       N_("integrity: verify found a problem, or the ledger is newer than this binary")},
      {exit_code(ErrorKind::config), N_("configuration error")},
  };
  std::string out = ".SH " + arg(tr("EXIT STATUS")) + "\n";
  for (const auto& [code, text] : codes) out += item(bold(std::to_string(code)), tr(text));
  return out + ".PP\n" + roff_escape(tr("A refused command changes nothing.")) + "\n";
}

std::string environment() {
  std::string out = ".SH " + arg(tr("ENVIRONMENT")) + "\n";
  out += item(bold("MINIPILOT_CONFIG"), tr("the configuration file, when --config is not given"));
  out += item(bold("MINIPILOT_USER"), tr("the user to act as, when --as is not given (else the login name)"));
  out += item(bold("MINIPILOT_NOW"),
              tr("an ISO 8601 time, such as 2026-03-01T10:00:00Z, that fixes the clock for tests and examples; "
                 "honoured only where the configuration says [testing] fixed_clock = true, elsewhere refused "
                 "(exit status 10)"));
  out += item(bold("NO_COLOR"), tr("when set, no colour or bold text, even on a terminal"));
  out += item(bold("COLUMNS"), tr("the width that tables are fitted to (else the terminal's)"));
  return out;
}

std::string files(std::string_view catalogue_dir) {
  std::string out = ".SH " + arg(tr("FILES")) + "\n";
  out += item(italic("./minipilot.toml"), tr("the configuration, unless --config or $MINIPILOT_CONFIG names another"));
  out += item(italic("minipilot.db"),
              tr("the ledger, beside the configuration unless its [ledger] path or --db names another; "
                 "SQLite keeps its -wal and -shm files beside it"));
  out += item(italic(fmt::format("{}/fi/LC_MESSAGES/minipilot.mo", catalogue_dir)),
              tr("the Finnish messages; looked for first in locale and ../share/locale beside the binary"));
  return out;
}

std::string see_also() {
  return ".SH " + arg(tr("SEE ALSO")) + "\n.BR sqlite3 (1),\n.BR cron (8)\n.PP\n" +
         roff_escape(tr("The command-line reference docs/cli.md and the guides docs/guide-*.md of minipilot's "
                        "source tell more about each command, its output and its exit statuses.")) +
         "\n";
}

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (static_cast<unsigned char>(c) < 0x80) {
      out += c == '\\' ? std::string("\\e") : c == '-' ? std::string("\\-") : std::string(1, c);
      ++i;
      continue;
    }
    const auto [cp, n] = decode(text, i);
    out += fmt::format("\\[u{:04X}]", static_cast<uint32_t>(cp));
    i += n;
  }
  return out;
}

std::string man_page(const CommandInfo& root, std::string_view version, std::string_view catalogue_dir) {
  std::string out = head(root, version);
  out += ".SH " + arg(tr("GLOBAL OPTIONS")) + "\n";
  for (const OptionInfo& o : root.options) out += item(tag(o), o.description);
  out += ".SH " + arg(tr("COMMANDS")) + "\n";
  for (const CommandInfo* c : root.visible_commands()) command_section(*c, root.name, out);
  return out + exit_status() + environment() + files(catalogue_dir) + see_also();
}

}  // namespace minipilot::cli

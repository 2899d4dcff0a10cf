// minipilot's entry point: parse, build the context, run one command, and turn every error into its exit code here and
// nowhere else.
#include <fcntl.h>
#include <fmt/args.h>
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <iostream>
#include <map>

#include "cmd/commands.h"
#include "cmd/language.h"
#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/validate/text.h"

namespace {

// A standard stream the shell closed (`>&-`) leaves its number free, and the next file or socket opened takes it:
// PostgreSQL's connection would then receive the report, and the command "succeed". SQLite guards its own files
// against this; libpq does not. Each closed one is filled with /dev/null opened the wrong way round, so that using it
// still fails as a closed stream does: the output's error stays exit 8.
void hold_closed_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int held = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
    if (held != fd && held >= 0) ::close(held);  // a lower one was closed too; the loop fills it first
  }
}

using minipilot::Error;
using minipilot::ErrorKind;
using minipilot::tr;
using minipilot::trf;

// Messages quote what people typed: shown visibly, and not a 2 MB line whole.
int report(const Error& e) {
  std::cerr << "minipilot: error: " << minipilot::visible(e.what(), 2000) << '\n';
  if (!e.hint().empty()) std::cerr << "hint: " << minipilot::visible(e.hint(), 2000) << '\n';
  return minipilot::exit_code(e.kind());
}

void add_globals(CLI::App& app, minipilot::cli::GlobalArgs& g) {
  app.add_option("--config", g.config, tr("configuration file (else $MINIPILOT_CONFIG, ./minipilot.toml)"));
  app.add_option("--db", g.db, tr("ledger file (else [ledger] path of the configuration)"));
  app.add_option("--as", g.as, tr("act as this user (else $MINIPILOT_USER, the login name)"));
  app.add_option("--format", g.format, tr("output format: table, json, csv, markdown, html"))
      ->check(CLI::IsMember({"table", "json", "csv", "markdown", "html"}));
  app.add_option("-o,--output", g.output, tr("write the report to FILE (atomically) instead of stdout"))
      ->group(minipilot::cli::kOutputGroup);
  app.add_flag("-q,--quiet", g.quiet, tr("print nothing on success but requested data"));
  app.add_option("--lang", g.lang, tr("language of human output: fi or en (else [program] language, else fi)"))
      ->check(CLI::IsMember({"fi", "en"}));
}

// CLI11's help, with the headings of minipilot's own groups of options in
// the chosen language. The options keep the group's English name, by which
// main (check_files) and the completion scripts find them.
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    if (group == minipilot::cli::kOutputGroup || group == minipilot::cli::kInputGroup) group = tr(group.c_str());
    return CLI::Formatter::make_group(std::move(group), is_positional, std::move(opts));
  }
};

// CLI11's own words in its help (2.1.2: the labels of CLI/Formatter.hpp, the
// group of options and of subcommands, the help flag) in the chosen language.
// Before any option or subcommand is added: each copies them when it is made.
void translate_cli11(CLI::App& app) {
  const auto f = std::make_shared<HelpFormatter>();
  app.formatter(f);
  f->label("Usage", tr("Usage"));
  // TRANSLATORS: in the usage line of --help: "Usage: minipilot [OPTIONS] SUBCOMMAND"
  f->label("OPTIONS", tr("OPTIONS"));
  // TRANSLATORS: in the usage line of --help: "Usage: minipilot [OPTIONS] SUBCOMMAND"
  f->label("SUBCOMMAND", tr("SUBCOMMAND"));
  // TRANSLATORS: in the usage line of --help, where several commands may follow
  f->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  // TRANSLATORS: in --help after an option that must be given: "--reason TEXT REQUIRED"
  f->label("REQUIRED", tr("REQUIRED"));
  // TRANSLATORS: the heading of the arguments in --help that are not options (ids, a file)
  f->label("Positionals", tr("Positionals"));
  // TRANSLATORS: in --help after an option: "Needs: --file" (it is only given with --file)
  f->label("Needs", tr("Needs"));
  // TRANSLATORS: in --help after an option: "Excludes: --bic --email" (not given together with them)
  f->label("Excludes", tr("Excludes"));
  // TRANSLATORS: in --help after an option read from an environment variable: "(Env:NAME)"
  f->label("Env", tr("Env"));
  // TRANSLATORS: the heading of the options in --help
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
}

// A subcommand's help flag is made (CLI11 2.1.2, App.hpp) before it copies its
// parent's option defaults, in the group "Options" in English: put it in the
// group of the other options, in this subcommand and every one under it.
void translate_help_groups(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (CLI::Option* help = sub->get_help_ptr()) help->group(tr("Options"));
    translate_help_groups(*sub);
  }
}

// CLI11's refusals (2.1.2, CLI/Error.hpp and CLI/Validators.hpp) as it words
// them in English, with {} where it puts a name or a value.
constexpr const char* kRequiredSentences[] = {
    N_("A subcommand is required"),
    N_("{} is required"),
};
constexpr const char* kExtrasSentences[] = {
    // TRANSLATORS: {} is what was typed, as given ("--bogus", "b")
    N_("The following argument was not expected: {}"),
    // TRANSLATORS: {} is what was typed, as given ("--bogus b")
    N_("The following arguments were not expected: {}"),
};
constexpr const char* kValidationSentences[] = {
    // TRANSLATORS: "--year: Value 1999 not in range 2000 to 2999"
    N_("{}: Value {} not in range {} to {}"),
    // TRANSLATORS: "--format: xml not in {table,json,csv,markdown,html}"
    N_("{}: {} not in {}"),
};
constexpr const char* kConversionSentences[] = {
    // TRANSLATORS: "Could not convert: --dry-run = maybe"
    N_("Could not convert: {} = {}"),
    N_("The value {} is not an allowed value for {}"),
    N_("{}: too many inputs for a flag"),
    N_("{}: Should be true/false or a number"),
};
constexpr const char* kMismatchSentences[] = {
    // TRANSLATORS: "--lang: At least 1 required but received 0"
    N_("{}: At least {} required but received {}"),
    // TRANSLATORS: "--lang: At Most 1 required but received 2" (the option was given twice)
    N_("{}: At Most {} required but received {}"),
    // TRANSLATORS: "--note: 1 required TEXT missing": given without its value (TEXT is the kind of value)
    N_("{}: {} required {} missing"),
    N_("Expected exactly {} arguments to {}, got {}"),
    N_("Expected at least {} arguments to {}, got {}"),
    N_("{} was given a disallowed flag override"),
};
constexpr const char* kRequiresSentences[] = {
    // TRANSLATORS: "--skip-invalid requires --file"
    N_("{} requires {}"),
};
constexpr const char* kExcludesSentences[] = {
    // TRANSLATORS: "--iban excludes --bic" (they may not be given together)
    N_("{} excludes {}"),
};

// The names and values in `what` where `sentence` has {}, when `what` is
// that sentence: each {} but the last ends where the next words first occur.
std::optional<std::vector<std::string>> fields_of(std::string_view what, std::string_view sentence) {
  std::vector<std::string_view> words;  // the words around the fields: one more than there are fields
  for (size_t at = 0;;) {
    const size_t field = sentence.find("{}", at);
    if (field == std::string_view::npos) {
      words.push_back(sentence.substr(at));
      break;
    }
    words.push_back(sentence.substr(at, field - at));
    at = field + 2;
  }
  if (what.substr(0, words.front().size()) != words.front()) return std::nullopt;
  size_t at = words.front().size();
  std::vector<std::string> fields;
  for (size_t i = 1; i < words.size(); ++i) {
    size_t next = std::string_view::npos;
    if (i + 1 < words.size()) {
      next = what.find(words[i], at);
    } else if (what.size() >= at + words[i].size() && what.substr(what.size() - words[i].size()) == words[i]) {
      next = what.size() - words[i].size();
    }
    if (next == std::string_view::npos) return std::nullopt;
    fields.emplace_back(what.substr(at, next - at));
    at = next + words[i].size();
  }
  if (at != what.size()) return std::nullopt;
  return fields;
}

// CLI11's refusal `what` in the chosen language, by the first of `sentences`
// it is, the names and values kept as CLI11 gave them; as it is otherwise.
// In English the words are CLI11's own, byte for byte.
template <size_t N>
std::string translated(const std::string& what, const char* const (&sentences)[N]) {
  for (const char* sentence : sentences) {
    const std::optional<std::vector<std::string>> fields = fields_of(what, sentence);
    if (!fields) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const std::string& f : *fields) args.push_back(f);
    try {
      return fmt::vformat(tr(sentence), args);
    } catch (const fmt::format_error&) {
      return what;  // a broken catalogue: CLI11's English
    }
  }
  return what;
}

// What main says of a command line CLI11 refused.
std::string parse_error_text(const CLI::ParseError& e) {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return translated(what, kRequiredSentences);
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return translated(what, kExtrasSentences);
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return translated(what, kValidationSentences);
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return translated(what, kConversionSentences);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return translated(what, kMismatchSentences);
  if (dynamic_cast<const CLI::RequiresError*>(&e)) return translated(what, kRequiresSentences);
  if (dynamic_cast<const CLI::ExcludesError*>(&e)) return translated(what, kExcludesSentences);
  return what;
}

// "did you mean 'approve'?" when one of `known` is near enough to `typed` to
// be what was meant (core/suggest), else `otherwise`.
std::string suggestion(std::string_view typed, const std::vector<std::string>& known, const std::string& otherwise) {
  const std::string near = minipilot::nearest(typed, known);
  // TRANSLATORS: a hint after an unknown command or option: the nearest one ("approve", "--title").
  return near.empty() ? otherwise : trf("did you mean '{}'?", near);
}

// The long options (with "--") of the deepest command given, and the global ones.
std::vector<std::string> known_options(const CLI::App& app) {
  const CLI::App* command = &app;
  for (;;) {
    const std::vector<const CLI::App*> subs = command->get_subcommands([](const CLI::App*) { return true; });
    const auto given = std::find_if(subs.begin(), subs.end(), [](const CLI::App* s) { return s->parsed(); });
    if (given == subs.end()) break;
    command = *given;
  }
  std::vector<std::string> names;
  for (const CLI::App* a : {command, &app})
    for (const CLI::Option* o : a->get_options())
      for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
  return names;
}

// An option nobody takes ("--titel") is named before anything CLI11 found
// after it ("--titel Idea": "Idea" as an argument nobody takes either; a
// required --title missing), since it is what went wrong; with the nearest
// option of the command as the hint when there is one.
std::optional<Error> unexpected_option(const CLI::App& app, const std::string& otherwise) {
  const std::vector<std::string> extras = app.remaining(true);
  const auto option =
      std::find_if(extras.begin(), extras.end(), [](const std::string& w) { return w.rfind("--", 0) == 0; });
  if (option == extras.end()) return std::nullopt;
  return Error(ErrorKind::usage, parse_error_text(CLI::ExtrasError(extras)),
               suggestion(option->substr(0, option->find('=')), known_options(app), otherwise));
}

// Every file the command will write, checked before it changes anything: a
// report over the ledger, or a payment file over the CSV it was imported from,
// would destroy what cannot be made again.
void check_files(minipilot::cli::Context& ctx, const CLI::App& app) {
  using namespace minipilot::cli;
  const std::vector<OutputPath> outputs = given_options(app, kOutputGroup);
  if (outputs.empty()) return;
  // Without a configuration (`init`, `completion` before there is one) there is
  // no ledger to guard unless --db names one; ledger_path() would need the file.
  std::error_code ec;
  const bool configured = std::filesystem::exists(ctx.config_path(), ec);
  // A shared ledger is a database: no file of it can be overwritten.
  std::vector<Guarded> guarded = (configured || ctx.db_given()) && ctx.ledger_url().empty()
                                     ? ledger_files(ctx.ledger_path())
                                     : std::vector<Guarded>{};
  // TRANSLATORS: the file an output would destroy: "-o minipilot.toml is the configuration (...)"
  guarded.push_back({ctx.config_path(), tr("the configuration")});
  for (const OutputPath& in : given_options(app, kInputGroup))
    // TRANSLATORS: the file an output would destroy: "--csv rows.csv is the input of --file (...)"
    guarded.push_back({in.path, trf("the input of {}", in.option)});
  check_output_paths(outputs, guarded);
}

}  // namespace

#ifdef MINIPILOT_SANITIZE
// Fontconfig (under Pango, for the PDF letters) keeps its configuration and
// font caches for the life of the process and frees them only in FcFini, which
// Pango's shared font map forbids calling; LeakSanitizer would report them on
// every letter. Only that library's allocations are suppressed.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif

int main(int argc, char** argv) {
  hold_closed_standard_streams();
  const std::vector<std::string> args(argv + 1, argv + argc);
  // Not marked: without its catalogue there is nothing to translate it with.
  if (!minipilot::cli::set_up_language(args))
    std::cerr << "minipilot: warning: the Finnish message catalogue was not found; the messages are in English\n";
  CLI::App app{tr("minipilot: administer citizen-led mini-pilots, their grants and their lessons")};
  translate_cli11(app);
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version", "minipilot " MINIPILOT_VERSION, tr("Display program version information and exit"));
  minipilot::cli::GlobalArgs globals;
  add_globals(app, globals);
  std::map<std::string, minipilot::cli::Runner> runners;
  for (const auto& spec : minipilot::cli::kCommands)
    // TRANSLATORS: the heading of the commands in --help (a command's own, as "disburse void", copy it)
    runners[spec.name] = spec.setup(*app.add_subcommand(spec.name, tr(spec.help))->group(tr("Subcommands")));
  translate_help_groups(app);

  try {
    minipilot::cli::refuse_empty_arguments(app, args);
  } catch (const Error& e) {
    return report(e);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      app.exit(e, std::cout, std::cerr);
      return 0;
    }
    // "minipilot aprove X": CLI11 would only say that a subcommand is required.
    if (app.get_subcommands().empty()) {
      std::vector<std::string> commands;
      for (const auto& spec : minipilot::cli::kCommands) commands.emplace_back(spec.name);
      for (const std::string& word : app.remaining())
        if (!word.empty() && word[0] != '-')
          return report(Error(ErrorKind::usage, trf("unknown command '{}'", word),
                              suggestion(word, commands, tr("see 'minipilot --help' for the commands"))));
    }
    const std::string see = tr("see 'minipilot --help' or 'minipilot COMMAND --help'");
    if (const std::optional<Error> unknown = unexpected_option(app, see)) return report(*unknown);
    return report(Error(ErrorKind::usage, parse_error_text(e), see));
  }

  // JSON is for scripts: it, and the errors around it, are in English whatever
  // the language, so that it is the same document in every language (spec §4).
  if (globals.format == "json") minipilot::use_language(minipilot::Language::en, {});
  try {
    minipilot::cli::Context ctx(globals, std::cout, std::cerr, std::cin);
    const std::string command = app.get_subcommands().front()->get_name();
    // $MINIPILOT_NOW is refused where not allowed by every command alike, reading
    // ones too. (`init` may run before there is a configuration to ask, and
    // `completion` and `manpage` read none.)
    if (command != "init" && command != "completion" && command != "manpage") ctx.config(), ctx.clock();
    check_files(ctx, app);
    runners.at(command)(ctx);
    ctx.finish_output();
    return 0;
  } catch (const Error& e) {
    return report(e);
  } catch (const std::exception& e) {
    if (const auto storage = minipilot::storage_error(std::current_exception())) return report(*storage);
    return report(Error(ErrorKind::internal, trf("internal error: {}", e.what()),
                        tr("this is a bug; please report it with the command that caused it")));
  }
}

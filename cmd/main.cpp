// minipilot's entry point: parse, build the context, run one command, and turn every error into its exit code here and
// nowhere else.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "cmd/commands.h"
#include "cmd/language.h"
#include "minipilot/core/error.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/validate/text.h"

namespace {

using minipilot::Error;
using minipilot::ErrorKind;

// Messages quote what people typed: shown visibly, and not a 2 MB line whole.
int report(const Error& e) {
  std::cerr << "minipilot: error: " << minipilot::visible(e.what(), 2000) << '\n';
  if (!e.hint().empty()) std::cerr << "hint: " << minipilot::visible(e.hint(), 2000) << '\n';
  return minipilot::exit_code(e.kind());
}

void add_globals(CLI::App& app, minipilot::cli::GlobalArgs& g) {
  app.add_option("--config", g.config, "configuration file (else $MINIPILOT_CONFIG, ./minipilot.toml)");
  app.add_option("--db", g.db, "ledger file (else [ledger] path of the configuration)");
  app.add_option("--as", g.as, "act as this user (else $MINIPILOT_USER, the login name)");
  app.add_option("--format", g.format, "output format: table, json, csv, markdown, html")
      ->check(CLI::IsMember({"table", "json", "csv", "markdown", "html"}));
  app.add_option("-o,--output", g.output, "write the report to FILE (atomically) instead of stdout")
      ->group(minipilot::cli::kOutputGroup);
  app.add_flag("-q,--quiet", g.quiet, "print nothing on success but requested data");
  app.add_option("--lang", g.lang, "language of human output: fi or en (else [program] language, else fi)")
      ->check(CLI::IsMember({"fi", "en"}));
}

// Every file the command will write, checked before it changes anything: a
// report over the ledger, or a payment file over the CSV it was imported from,
// would destroy what cannot be made again.
void check_files(minipilot::cli::Context& ctx, const CLI::App& app) {
  using namespace minipilot::cli;
  const std::vector<OutputPath> outputs = given_options(app, kOutputGroup);
  if (outputs.empty()) return;
  std::vector<Guarded> guarded = ledger_files(ctx.ledger_path());
  guarded.push_back({ctx.config_path(), "the configuration"});
  for (const OutputPath& in : given_options(app, kInputGroup))
    guarded.push_back({in.path, "the input of " + in.option});
  check_output_paths(outputs, guarded);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (!minipilot::cli::set_up_language(args))
    std::cerr << "minipilot: warning: the Finnish message catalogue was not found; the messages are in English\n";
  CLI::App app{"minipilot: administer citizen-led mini-pilots, their grants and their lessons"};
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version", "minipilot 0.1.0");
  minipilot::cli::GlobalArgs globals;
  add_globals(app, globals);
  std::map<std::string, minipilot::cli::Runner> runners;
  for (const auto& spec : minipilot::cli::kCommands)
    runners[spec.name] = spec.setup(*app.add_subcommand(spec.name, spec.help));

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
    if (app.get_subcommands().empty())
      for (const std::string& word : app.remaining())
        if (!word.empty() && word[0] != '-')
          return report(
              Error(ErrorKind::usage, "unknown command '" + word + "'", "see 'minipilot --help' for the commands"));
    return report(Error(ErrorKind::usage, e.what(), "see 'minipilot --help' or 'minipilot COMMAND --help'"));
  }

  try {
    minipilot::cli::Context ctx(globals, std::cout, std::cerr, std::cin);
    const std::string command = app.get_subcommands().front()->get_name();
    // $MINIPILOT_NOW is refused where not allowed by every command alike, reading
    // ones too. (`init` may run before there is a configuration to ask.)
    if (command != "init") ctx.config(), ctx.clock();
    check_files(ctx, app);
    runners.at(command)(ctx);
    ctx.finish_output();
    return 0;
  } catch (const Error& e) {
    return report(e);
  } catch (const std::exception& e) {
    if (const auto storage = minipilot::storage_error(std::current_exception())) return report(*storage);
    return report(Error(ErrorKind::internal, std::string("internal error: ") + e.what(),
                        "this is a bug; please report it with the command that caused it"));
  }
}

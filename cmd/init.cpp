// minipilot init [--with-config]: create the ledger, and optionally a starter configuration first.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/core/error.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/ledger/pg_ledger.h"

namespace minipilot::cli {

namespace {

struct InitArgs {
  bool with_config = false;
};

void run_init(Context& ctx, const InitArgs& args) {
  const auto config_file = ctx.config_path();
  std::error_code ec;
  if (args.with_config) {
    if (std::filesystem::exists(config_file, ec))
      throw Error(ErrorKind::conflict, trf("{} exists already", config_file.string()),
                  tr("leave out --with-config to use it, or give --config NEW.toml"));
    write_file_atomically(config_file, starter_config(TimeZone().local_month(ctx.clock().now()).year));
  }
  try {
    // TRANSLATORS: the configuration file written: "created minipilot.toml"
    const auto say_config = [&] {
      if (args.with_config) ctx.say(trf("created {}", config_file.string()));
    };
    if (const std::string url = ctx.ledger_url(); !url.empty()) {
      const std::string where = create_shared_ledger(url, ctx.config().busy_timeout_ms);
      say_config();
      // TRANSLATORS: "created the shared ledger: the database minipilot on db.example"
      ctx.say(trf("created the shared ledger: {}", where));
      return;
    }
    const auto path = ctx.ledger_path();
    Ledger::create(path, ctx.config().busy_timeout_ms);
    say_config();
    ctx.say(trf("created ledger {}", path.string()));
  } catch (...) {
    if (args.with_config) std::filesystem::remove(config_file, ec);
    throw;
  }
}

}  // namespace

Runner setup_init(CLI::App& sub) {
  auto args = std::make_shared<InitArgs>();
  sub.add_flag("--with-config", args->with_config,
               tr("first write a commented starter configuration (at --config, else ./minipilot.toml)"));
  return [args](Context& ctx) { run_init(ctx, *args); };
}

}  // namespace minipilot::cli

// minipilot migrate-ledger URL: the ledger file moved, table for table, into a shared ledger on PostgreSQL.
#include <memory>

#include "cmd/commands.h"
#include "minipilot/config/ledger_url.h"
#include "minipilot/formats/command_format.h"
#include "minipilot/ops/maintenance.h"

namespace minipilot::cli {

Runner setup_migrate_ledger(CLI::App& sub) {
  auto url = std::make_shared<std::string>();
  sub.add_option("url", *url, tr("the shared ledger's database: postgresql://USER@HOST/DATABASE, no password"))
      ->required();
  return [url](Context& ctx) {
    if (const auto problem = ledger_url_problem(*url))
      throw Error(ErrorKind::invalid, trf("URL: {}", *problem),
                  tr("the URL's form: postgresql://USER@HOST:PORT/DATABASE (docs/guide-admin.md)"));
    const MoveReport r = migrate_ledger(ctx.ops(), *url);
    ctx.show([&] { return move_document(r); }, [&] { return move_json(r); });
  };
}

}  // namespace minipilot::cli

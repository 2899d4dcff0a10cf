// minipilot verify: check the ledger; exit 9 when anything is wrong.
#include <fmt/format.h>

#include "cmd/commands.h"
#include "minipilot/formats/verify_format.h"
#include "minipilot/ledger/verify.h"

namespace minipilot::cli {

Runner setup_verify(CLI::App&) {
  return [](Context& ctx) {
    authorize(ctx.actor(), Permission::read, ctx.config().areas);
    const VerifyReport r = verify_ledger(ctx.ledger(), ctx.config());
    ctx.show([&] { return verify_document(r); }, [&] { return verify_json(r); });
    if (!r.ok())
      throw Error(ErrorKind::integrity,
                  fmt::format("verify found {} problem{}", r.problem_count, r.problem_count == 1 ? "" : "s"),
                  "the ledger was changed outside minipilot, or is damaged; restore from a backup");
  };
}

}  // namespace minipilot::cli

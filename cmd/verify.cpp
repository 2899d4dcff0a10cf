// minipilot verify [--expect-head SEQ:HASH]: check the ledger; exit 9 when anything is wrong.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/verify_format.h"
#include "minipilot/ops/maintenance.h"
#include "minipilot/reports/access.h"

namespace minipilot::cli {

Runner setup_verify(CLI::App& sub) {
  auto expect = std::make_shared<std::string>();
  sub.add_option("--expect-head", *expect,
                 tr("a chain head printed earlier (184:HASH, or 'event 184 HASH'): "
                    "fail unless the chain still holds it"));
  return [expect](Context& ctx) {
    authorize_read(ctx.ops());  // who may not read learns nothing, not even that the head is malformed
    std::optional<ChainHead> expected;
    if (!expect->empty()) {
      const Checked<ChainHead> h = parse_chain_head(*expect);
      if (!h.ok()) throw Error(ErrorKind::invalid, "--expect-head: " + h.error);
      expected = h.value;
    }
    const VerifyReport r = verify(ctx.ops(), expected);
    ctx.show([&] { return verify_document(r); }, [&] { return verify_json(r); });
    if (!r.ok())
      throw Error(
          ErrorKind::integrity,
          trnf("verify found {} problem", "verify found {} problems", static_cast<unsigned long>(r.problem_count),
               r.problem_count),
          tr("the ledger was changed outside minipilot, is damaged, or is an older copy; restore from a backup"));
  };
}

}  // namespace minipilot::cli

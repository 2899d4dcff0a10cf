// minipilot reject ID... --reason TEXT: reject submitted applications, all or none.
#include <memory>

#include "cmd/commands.h"
#include "cmd/decide_common.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct RejectArgs {
  std::vector<std::string> ids;
  std::string reason;
};
}  // namespace

Runner setup_reject(CLI::App& sub) {
  auto args = std::make_shared<RejectArgs>();
  sub.add_option("ids", args->ids, tr("pilot ids; - reads them from standard input"))->required();
  sub.add_option("--reason", args->reason, tr("why (required; the applicant is told)"))->required();
  return [args](Context& ctx) {
    const std::vector<PilotId> ids = parse_pilot_ids(expand_ids(args->ids, ctx.in()));
    reject(ctx.ops(), ids, args->reason);
    confirm_decision(ctx, "rejected", ids);
  };
}

}  // namespace minipilot::cli

// minipilot withdraw ID... [--reason TEXT]: the applicant withdraws before payment.
#include <memory>

#include "cmd/commands.h"
#include "cmd/decide_common.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct WithdrawArgs {
  std::vector<std::string> ids;
  std::string reason;
};
}  // namespace

Runner setup_withdraw(CLI::App& sub) {
  auto args = std::make_shared<WithdrawArgs>();
  sub.add_option("ids", args->ids, tr("pilot ids; - reads them from standard input"))->required();
  sub.add_option("--reason", args->reason, tr("why, as the applicant said"));
  return [args](Context& ctx) {
    const std::vector<PilotId> ids = parse_pilot_ids(expand_ids(args->ids, ctx.in()));
    withdraw(ctx.ops(), ids, args->reason);
    confirm_decision(ctx, "withdrawn", ids);
  };
}

}  // namespace minipilot::cli

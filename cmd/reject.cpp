// minipilot reject ID... --reason TEXT [--code CODE]: reject submitted applications, all or none.
#include <memory>
#include <optional>

#include "cmd/commands.h"
#include "cmd/decide_common.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct RejectArgs {
  std::vector<std::string> ids;
  std::string reason;
  std::optional<std::string> code;
};
}  // namespace

Runner setup_reject(CLI::App& sub) {
  auto args = std::make_shared<RejectArgs>();
  sub.add_option("ids", args->ids, tr("pilot ids; - reads them from standard input"))->required();
  sub.add_option("--reason", args->reason, tr("why (required; the applicant is told)"))->required();
  sub.add_option("--code", args->code, tr("the reason code of [[reasons]] (required when any are configured)"));
  return [args](Context& ctx) {
    const std::vector<PilotId> ids = parse_pilot_ids(expand_ids(args->ids, ctx.in()));
    const std::vector<DecisionNumber> numbers = reject(ctx.ops(), ids, args->reason, args->code);
    confirm_decision(ctx, "rejected", ids, numbers);
  };
}

}  // namespace minipilot::cli

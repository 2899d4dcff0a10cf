// minipilot approve ID... [--note TEXT]: approve submitted applications, all or none.
#include <memory>

#include "cmd/commands.h"
#include "cmd/decide_common.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct ApproveArgs {
  std::vector<std::string> ids;
  std::string note;
};
}  // namespace

Runner setup_approve(CLI::App& sub) {
  auto args = std::make_shared<ApproveArgs>();
  sub.add_option("ids", args->ids, tr("pilot ids; - reads them from standard input"))->required();
  sub.add_option("--note", args->note, tr("a note on the decision"));
  return [args](Context& ctx) {
    const std::vector<PilotId> ids = parse_pilot_ids(expand_ids(args->ids, ctx.in()));
    const std::vector<DecisionNumber> numbers = approve(ctx.ops(), ids, args->note);
    confirm_decision(ctx, "approved", ids, numbers);
  };
}

}  // namespace minipilot::cli

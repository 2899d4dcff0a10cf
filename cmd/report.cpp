// minipilot report [summary|payments|payees]: reports as data, rendered in the format asked for.
#include <memory>

#include <fmt/format.h>

#include "cmd/commands.h"
#include "minipilot/formats/batch_format.h"
#include "minipilot/formats/summary_format.h"
#include "minipilot/reports/summary.h"

namespace minipilot::cli {

namespace {

struct ReportArgs {
  std::string kind = "summary";
  int year = 0;
  std::string area;
};

void run_report(Context& ctx, const ReportArgs& args) {
  const Config& config = ctx.config();
  authorize(ctx.actor(), Permission::read, config.areas);
  if (!args.area.empty() && !config.areas.empty() && !config.find_area(args.area))
    throw Error(ErrorKind::not_found, fmt::format("no area '{}' in the configuration", args.area));
  if (args.kind == "payments") {
    const auto batches = load_batches(ctx.ledger(), args.year);
    return ctx.show([&] { return batches_document(batches); }, [&] { return batches_json(batches); });
  }
  if (args.kind == "payees") {
    const auto rows = payee_totals(ctx.ledger(), args.year);
    return ctx.show([&] { return payees_document(rows); }, [&] { return payees_json(rows); });
  }
  SummaryFilter filter{args.year ? args.year : civil(date_of(ctx.clock().now())).year, args.area};
  const Summary s = build_summary(ctx.ledger(), config, filter);
  ctx.show([&] { return summary_document(s); }, [&] { return summary_json(s); });
}

}  // namespace

Runner setup_report(CLI::App& sub) {
  auto args = std::make_shared<ReportArgs>();
  sub.add_option("report", args->kind, "which report: summary (default), payments, payees")
      ->check(CLI::IsMember({"summary", "payments", "payees"}));
  sub.add_option("--year", args->year, "the year (default: this year)")
      ->check(CLI::Range(2000, 2999));
  sub.add_option("--area", args->area, "only this area");
  return [args](Context& ctx) { run_report(ctx, *args); };
}

}  // namespace minipilot::cli

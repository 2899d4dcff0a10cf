// minipilot report [summary|pilots|payments|outcomes|payees|decisions|overdue]: reports as data, rendered in the format
// asked for.
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/batch_format.h"
#include "minipilot/formats/chain_format.h"
#include "minipilot/formats/decision_format.h"
#include "minipilot/formats/lessons_format.h"
#include "minipilot/formats/list_format.h"
#include "minipilot/formats/summary_format.h"
#include "minipilot/reports/access.h"
#include "minipilot/reports/batch_view.h"
#include "minipilot/reports/decision_list.h"
#include "minipilot/reports/lessons.h"
#include "minipilot/reports/payees.h"
#include "minipilot/reports/pilot_list.h"
#include "minipilot/reports/summary.h"
#include "minipilot/validate/text.h"

namespace minipilot::cli {

namespace {

struct ReportArgs {
  std::string kind = "summary";
  int year = 0;
  std::vector<std::string> areas;
  std::string status, from, to, sort, search, applicant, tag;
  bool is_public = false, mine = false, other_cities = false;
};

// Which filters each report takes. A filter a report cannot honour is refused
// rather than ignored, so that nobody reads an unfiltered report as filtered.
struct Takes {
  bool area, status, dates, is_public, finding;  // finding: --applicant
  bool search = false, tag = false, mine = false;
};

Takes takes(const std::string& kind) {
  if (kind == "pilots") return {true, true, true, false, true, true, false, true};
  if (kind == "outcomes") return {true, false, true, true, false, true, true};
  if (kind == "summary") return {true, false, false, false, false};
  if (kind == "decisions") return {true, false, true, true, false};
  if (kind == "payments") return {true, false, false, false, false};  // by year; --area for cost allocation
  if (kind == "overdue") return {true, false, false, true, false, false, false, true};  // by year of application
  return {false, false, false, false, false};                                           // payees: by year
}

void refuse_unused(const ReportArgs& a) {
  const Takes t = takes(a.kind);
  const auto refuse = [&](const char* option) {
    // TRANSLATORS: the report's name and an option: "report payments does not take --area"
    throw Error(ErrorKind::usage, trf("report {} does not take {}", a.kind, option),
                tr("see 'minipilot report --help' for which report takes which filter"));
  };
  if (!t.area && !a.areas.empty()) refuse("--area");
  if (!t.status && !a.status.empty()) refuse("--status");
  if (!t.dates && !a.from.empty()) refuse("--from");
  if (!t.dates && !a.to.empty()) refuse("--to");
  if (!t.is_public && a.is_public) refuse("--public");
  if (a.kind != "pilots" && !a.sort.empty()) refuse("--sort");
  if (a.kind != "outcomes" && a.other_cities) refuse("--other-cities");
  if (a.other_cities && !a.is_public)
    throw Error(ErrorKind::usage, tr("--other-cities goes with --public"),
                tr("other cities' lessons are public: show them on the public page, 'report outcomes --public "
                   "--other-cities'"));
  if (!t.search && !a.search.empty()) refuse("--search");
  if (!t.tag && !a.tag.empty()) refuse("--tag");
  if (!t.finding && !a.applicant.empty()) refuse("--applicant");
  if (!t.mine && a.mine) refuse("--mine");
  // Refused rather than intersected: "my areas, but only lammi" is --area lammi.
  if (a.mine && !a.areas.empty())
    throw Error(ErrorKind::usage, tr("--mine and --area do not go together"),
                tr("--mine means the areas whose agent you are: give either --mine or --area"));
}

// The areas as given, each once: one given twice is a mistake, not a wider list.
std::vector<std::string> area_options(const std::vector<std::string>& areas) {
  for (auto it = areas.begin(); it != areas.end(); ++it)
    if (std::find(areas.begin(), it, *it) != it) throw Error(ErrorKind::invalid, trf("--area {} is given twice", *it));
  return areas;
}

PilotFilter pilot_filter(Context& ctx, const ReportArgs& a) {
  PilotFilter f;
  f.year = a.year;
  f.areas = area_options(a.areas);
  f.mine = a.mine;
  if (a.mine) f.areas = my_areas(ctx.ops());
  // The option's check admits only statuses and on-hold: approved pilots that are held.
  f.on_hold = a.status == "on-hold";
  if (!a.status.empty()) f.status = f.on_hold ? Status::approved : parse_status(a.status);
  f.search = search_option(a.search, "--search");
  f.applicant = search_option(a.applicant, "--applicant");
  f.tag = tag_option(a.tag);
  f.from = date_option(a.from, "--from");
  f.to = date_option(a.to, "--to");
  check_period(a.from, f.from, a.to, f.to);
  return f;
}

void run_report(Context& ctx, const ReportArgs& args) {
  refuse_unused(args);
  const PilotFilter filter = pilot_filter(ctx, args);
  const Config& config = ctx.config();
  ChainHead head;
  // Every report ends with the event chain's head of the snapshot it shows.
  const auto with_head = [&](Document d) {
    d.footer = chain_head_footer(head);
    return d;
  };
  if (args.kind == "pilots") {
    const PilotOrder order = args.sort == "applicant" ? PilotOrder::applicant
                             : args.sort == "title"   ? PilotOrder::title
                                                      : PilotOrder::id;
    // The agent's queue shows what the year's budget still allows.
    const bool queue = filter.status == Status::submitted;
    YearBudget budget;
    const auto rows = list_pilots(ctx.ops(), filter, &head, order, queue ? &budget : nullptr);
    const YearBudget* shown = queue ? &budget : nullptr;
    return ctx.show([&] { return with_head(pilots_document(filter, rows, shown)); },
                    [&] { return pilots_json(filter, rows, &head, shown); });
  }
  // What holds no personal data may be published as it is written.
  if (args.kind == "summary" || (args.is_public && args.kind != "decisions")) ctx.publishable();
  if (args.kind == "outcomes") {
    if (args.other_cities && ctx.format() == Format::json)
      throw Error(ErrorKind::usage, tr("the JSON catalogue is this city's own: --other-cities is for people's formats"),
                  tr("'minipilot lessons list --format json' lists every city's lessons"));
    const auto rows = list_outcomes(ctx.ops(), filter, args.is_public, &head);
    std::vector<Lesson> others;
    if (args.other_cities) {
      for (Lesson& l : list_lessons(ctx.ops(), {filter.search, filter.tag, ""}))
        if (!l.own) others.push_back(std::move(l));
    }
    return ctx.show(
        [&] {
          Document d = with_head(outcomes_document(filter, rows, args.is_public, config));
          if (args.other_cities) {
            // TRANSLATORS: a heading of the public outcomes page: the lessons imported from other cities follow.
            d.sections.push_back(
                {trnf("From other cities: {} lesson", "From other cities: {} lessons", others.size(), others.size()),
                 {},
                 {},
                 {}});
            for (Section& sec : lesson_sections(others, "")) d.sections.push_back(std::move(sec));
          }
          return d;
        },
        [&] {
          return outcomes_json(filter, rows, args.is_public, config, format_timestamp(ctx.clock().now()), &head);
        });
  }
  if (args.kind == "decisions") {
    const DecisionList list = list_decisions(ctx.ops(), {args.year ? std::optional<int>(args.year) : std::nullopt,
                                                         filter.from, filter.to, filter.areas, args.is_public});
    return ctx.show([&] { return decisions_document(list); }, [&] { return decisions_json(list); });
  }
  if (args.kind == "overdue") {
    const std::string today = format_date(config.timezone.local_date(ctx.clock().now()));
    const auto rows = list_overdue(ctx.ops(), filter, args.is_public, &head);
    return ctx.show([&] { return with_head(overdue_document(filter, rows, args.is_public, config, today)); },
                    [&] { return overdue_json(filter, rows, args.is_public, config, today, &head); });
  }
  if (args.kind == "payments") {
    const auto batches = load_batches(ctx.ops(), args.year, &head, filter.areas);
    return ctx.show([&] { return with_head(batches_document(batches)); }, [&] { return batches_json(batches, &head); });
  }
  if (args.kind == "payees") {
    const auto rows = payee_totals(ctx.ops(), args.year, &head);
    return ctx.show([&] { return with_head(payees_document(rows)); }, [&] { return payees_json(rows, &head); });
  }
  SummaryFilter sf{args.year ? args.year : ctx.config().timezone.local_month(ctx.clock().now()).year, filter.areas};
  const Summary s = build_summary(ctx.ops(), sf);
  ctx.show([&] { return summary_document(s); }, [&] { return summary_json(s); });
}

}  // namespace

Runner setup_report(CLI::App& sub) {
  auto args = std::make_shared<ReportArgs>();
  sub.add_option("report", args->kind,
                 tr("summary (default), pilots, payments, outcomes, payees, decisions or overdue (outcome reports "
                    "past due)"))
      ->check(CLI::IsMember({"summary", "pilots", "payments", "outcomes", "payees", "decisions", "overdue"}));
  sub.add_option("--year", args->year,
                 tr("the year: summary (default this year), pilots, outcomes and overdue (of application), "
                    "payments and payees (of payment), decisions (of decision; default this year)"))
      ->transform(decimal_number())
      ->check(CLI::Range(2000, 2999));
  sub.add_option("--area", args->areas,
                 tr("only this area; repeat it for several (summary, pilots, outcomes, decisions, overdue)"))
      ->allow_extra_args(false);
  sub.add_option("--status", args->status, tr("only pilots in this status, or on-hold: approved and held (pilots)"))
      ->check(CLI::IsMember({"submitted", "approved", "on-hold", "rejected", "withdrawn", "disbursed", "completed"}));
  sub.add_option("--search", args->search,
                 tr("only pilots with this text, whatever its case: in the title, the applicant's name or the "
                    "description (pilots); in the title, summary or lessons (outcomes)"));
  sub.add_option("--tag", args->tag, tr("only completed pilots with this theme (outcomes)"));
  sub.add_option("--applicant", args->applicant, tr("only pilots with this text in the applicant's name (pilots)"));
  sub.add_flag("--mine", args->mine, tr("only pilots of the areas whose agent you are (pilots, overdue)"));
  sub.add_option("--from", args->from,
                 tr("from this date, inclusive: of application (pilots), of completion (outcomes), of decision "
                    "(decisions)"));
  sub.add_option("--to", args->to, tr("to this date, inclusive"));
  sub.add_option("--sort", args->sort,
                 tr("the order of pilots: id (default), applicant or title, names as the output language sorts them"))
      ->check(CLI::IsMember({"id", "applicant", "title"}));
  sub.add_flag("--other-cities", args->other_cities,
               tr("with outcomes --public: also the lessons imported from other cities, credited to them"));
  sub.add_flag("--public", args->is_public,
               tr("for the city's web pages: outcomes and overdue reports without any personal data; decisions naming "
                  "applicants only for 21 days"));
  return [args](Context& ctx) { run_report(ctx, *args); };
}

}  // namespace minipilot::cli

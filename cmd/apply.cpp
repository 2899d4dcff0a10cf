// minipilot apply: one application from flags, or many with --file (all or none, unless --skip-invalid).
#include "minipilot/ops/apply.h"

#include <fmt/format.h>

#include <memory>
#include <sstream>

#include "cmd/commands.h"
#include "minipilot/formats/command_format.h"
#include "minipilot/formats/pilot_format.h"
#include "minipilot/reports/pilot_view.h"

namespace minipilot::cli {

namespace {

struct ApplyArgs {
  ApplicationInput input;
  std::vector<const CLI::Option*> required;  // --title, --applicant, --type
  std::string file;
  std::string skip_invalid;
};

void run_bulk(Context& ctx, const ApplyArgs& args) {
  std::ifstream in = open_input(args.file, "--file");
  std::vector<RejectedRow> rejected;
  std::function<void(const RejectedRow&)> keep;
  if (!args.skip_invalid.empty()) keep = [&](const RejectedRow& r) { rejected.push_back(r); };
  std::function<void(const BulkResult&)> write_rejects;
  if (!args.skip_invalid.empty())
    write_rejects = [&](const BulkResult& r) { write_file_atomically(args.skip_invalid, rejects_csv(r, rejected)); };
  const BulkResult r = apply_csv(ctx.ops(), in, keep, write_rejects);
  if (r.rejected > 0)
    ctx.warn(
        fmt::format("skipped {} invalid row{}: see {}", r.rejected, r.rejected == 1 ? "" : "s", args.skip_invalid));
  if (ctx.format() == Format::json) {
    ctx.print_json(import_json(r));
  } else if (r.ids.empty()) {
    ctx.say("imported no applications");
  } else {
    ctx.say(fmt::format("imported {} application{}: {} … {}", r.imported, r.imported == 1 ? "" : "s",
                        format_pilot_id(r.ids.front()), format_pilot_id(r.ids.back())));
  }
}

void run_apply(Context& ctx, const ApplyArgs& args) {
  if (!args.file.empty()) return run_bulk(ctx, args);
  for (const CLI::Option* o : args.required)
    if (o->count() == 0)
      throw Error(ErrorKind::usage, fmt::format("{} is required", o->get_name()),
                  "give --title, --applicant and --type, or --file FILE");
  const PilotId id = apply_one(ctx.ops(), args.input);
  const PilotView pilot = load_pilot(ctx.ops(), id);
  if (ctx.format() == Format::table) return ctx.say(fmt::format("{} submitted: {}", pilot.id, pilot.title));
  ctx.show([&] { return pilot_document(pilot); }, [&] { return pilot_json(pilot); });
}

}  // namespace

Runner setup_apply(CLI::App& sub) {
  auto args = std::make_shared<ApplyArgs>();
  ApplicationInput& in = args->input;
  std::vector<CLI::Option*> fields{
      sub.add_option("--title", in.title, "what the pilot tries (required)"),
      sub.add_option("--applicant", in.applicant, "the applicant's name (required)"),
      sub.add_option("--type", in.type, "resident, community, association or company (required)"),
      sub.add_option("--area", in.area, "the area's id (required when there are several)"),
      sub.add_option("--iban", in.iban, "account for the grant; spaces allowed"),
      sub.add_option("--bic", in.bic, "the bank's BIC"),
      sub.add_option("--email", in.email, "contact e-mail"),
      sub.add_option("--phone", in.phone, "contact phone"),
      sub.add_option("--business-id", in.business_id, "Y-tunnus (companies, associations)"),
      sub.add_option("--description", in.description, "the idea in a few sentences"),
      sub.add_option("--start", in.start, "planned start date, 2026-03-31 or 31.3.2026"),
      sub.add_option("--end", in.end, "planned end date")};
  CLI::Option* file = sub.add_option("--file", args->file, "import applications from a CSV file")->group(kInputGroup);
  for (CLI::Option* f : fields) file->excludes(f);
  args->required = {fields[0], fields[1], fields[2]};
  sub.add_option("--skip-invalid", args->skip_invalid,
                 "import the valid rows; write the others, with reasons, to this file")
      ->needs(file)
      ->group(kOutputGroup);
  return [args](Context& ctx) { run_apply(ctx, *args); };
}

}  // namespace minipilot::cli

// minipilot apply: one application from flags, or many with --file (all or none, unless --skip-invalid).
#include "minipilot/ops/apply.h"

#include <fmt/format.h>

#include <filesystem>
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
  bool force = false;
  std::vector<std::string> maps;  // FIELD=COLUMN
  bool ignore_unknown = false;
  std::string encoding = "utf-8";
};

// A rejects file is often kept and corrected by hand: it is replaced only when asked.
void refuse_existing_rejects(const ApplyArgs& args) {
  std::error_code ec;
  if (args.skip_invalid.empty() || args.force || !std::filesystem::is_regular_file(args.skip_invalid, ec)) return;
  throw Error(ErrorKind::conflict, trf("--skip-invalid {}: the file exists already", args.skip_invalid),
              tr("give another file name, or --force to replace it"));
}

void run_bulk(Context& ctx, const ApplyArgs& args) {
  const CsvImport how{args.encoding == "cp1252" ? TextEncoding::cp1252 : TextEncoding::utf8,
                      {parse_column_maps(args.maps), args.ignore_unknown}};
  refuse_existing_rejects(args);
  std::ifstream in = open_input(args.file, "--file");
  std::vector<RejectedRow> rejected;
  std::function<void(const RejectedRow&)> keep;
  std::function<void(const BulkResult&)> write_rejects;
  bool utf8_fallback = false;
  if (!args.skip_invalid.empty()) {
    keep = [&](const RejectedRow& r) { rejected.push_back(r); };
    write_rejects = [&](const BulkResult& r) {
      const RejectsFile f = rejects_file(r, rejected);
      write_file_atomically(args.skip_invalid, f.bytes);
      utf8_fallback = f.utf8_fallback;
    };
  }
  const BulkResult r = apply_csv(ctx.ops(), in, how, keep, write_rejects);
  if (utf8_fallback)
    ctx.warn(trf("{} is UTF-8 with a BOM, not Windows-1252 as the input: it holds characters Windows-1252 cannot write",
                 args.skip_invalid));
  if (r.rejected > 0)
    ctx.warn(trnf("skipped {} invalid row: see {}", "skipped {} invalid rows: see {}", r.rejected, r.rejected,
                  args.skip_invalid));
  if (ctx.format() == Format::json) {
    ctx.print_json(import_json(r));
  } else if (r.ids.empty()) {
    ctx.say(tr("imported no applications"));
  } else if (r.ids.size() == 1) {
    // TRANSLATORS: the one pilot id a file import made.
    ctx.say(trf("imported 1 application: {}", format_pilot_id(r.ids.front())));
  } else {
    // TRANSLATORS: the first and the last pilot id imported: "imported 120 applications: MP-2026-0001 … MP-2026-0120"
    ctx.say(trnf("imported {} application: {} … {}", "imported {} applications: {} … {}", r.imported, r.imported,
                 format_pilot_id(r.ids.front()), format_pilot_id(r.ids.back())));
  }
}

void run_apply(Context& ctx, const ApplyArgs& args) {
  if (!args.file.empty()) return run_bulk(ctx, args);
  for (const CLI::Option* o : args.required)
    if (o->count() == 0)
      throw Error(ErrorKind::usage, trf("{} is required", o->get_name()),
                  tr("give --title, --applicant and --type, or --file FILE"));
  const PilotId id = apply_one(ctx.ops(), args.input);
  const PilotView pilot = load_pilot(ctx.ops(), id);
  // TRANSLATORS: the new pilot's id and its title: "MP-2026-0001 submitted: Pop-up library"
  if (ctx.format() == Format::table) return ctx.say(trf("{} submitted: {}", pilot.id, pilot.title));
  ctx.show([&] { return pilot_document(pilot); }, [&] { return pilot_json(pilot); });
}

}  // namespace

Runner setup_apply(CLI::App& sub) {
  auto args = std::make_shared<ApplyArgs>();
  ApplicationInput& in = args->input;
  std::vector<CLI::Option*> fields{
      sub.add_option("--title", in.title, tr("what the pilot tries (required)")),
      sub.add_option("--applicant", in.applicant, tr("the applicant's name (required)")),
      sub.add_option("--type", in.type,
                     tr("resident, community, association or company; asukas, yhteisö, yhdistys or yritys (required)")),
      sub.add_option("--area", in.area, tr("the area's id or name (required when there are several)")),
      sub.add_option("--iban", in.iban, tr("account for the grant; spaces allowed")),
      sub.add_option("--bic", in.bic, tr("the bank's BIC")),
      sub.add_option("--email", in.email, tr("contact e-mail")),
      sub.add_option("--phone", in.phone, tr("contact phone")),
      sub.add_option("--business-id", in.business_id, tr("Y-tunnus (companies, associations)")),
      sub.add_option("--description", in.description, tr("the idea in a few sentences")),
      sub.add_option("--start", in.start, tr("planned start date, 2026-03-31 or 31.3.2026")),
      sub.add_option("--end", in.end, tr("planned end date")),
      sub.add_option("--payee-name", in.payee_name,
                     tr("the account holder, when not the applicant (a member paid for a community)"))};
  CLI::Option* file =
      sub.add_option("--file", args->file, tr("import applications from a CSV file"))->group(kInputGroup);
  for (CLI::Option* f : fields) file->excludes(f);
  args->required = {fields[0], fields[1], fields[2]};
  sub.add_option("--map", args->maps, tr("FIELD=COLUMN: the column of the file that gives a field (repeatable)"))
      ->needs(file);
  sub.add_flag("--ignore-unknown", args->ignore_unknown, tr("skip the file's columns that name no field"))->needs(file);
  sub.add_option("--encoding", args->encoding, tr("the file's encoding: utf-8, or cp1252 for Excel's CSV (erotin)"))
      ->check(CLI::IsMember({"utf-8", "cp1252"}))
      ->needs(file);
  CLI::Option* skip = sub.add_option("--skip-invalid", args->skip_invalid,
                                     tr("import the valid rows; write the others, with reasons, to this file"))
                          ->needs(file)
                          ->group(kOutputGroup);
  sub.add_flag("--force", args->force, tr("replace the --skip-invalid file if it exists"))->needs(skip);
  return [args](Context& ctx) { run_apply(ctx, *args); };
}

}  // namespace minipilot::cli

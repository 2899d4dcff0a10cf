// minipilot applicant export|erase ID: one person's data, found by number, pilot id, e-mail, IBAN or business ID.
#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/erase_format.h"
#include "minipilot/formats/person_format.h"
#include "minipilot/ops/erase.h"
#include "minipilot/reports/person.h"

namespace minipilot::cli {

namespace {

struct ApplicantArgs {
  std::string id, email, erase_id;
  CLI::App* export_cmd = nullptr;
  CLI::App* erase_cmd = nullptr;
};

// Exit 0 once all that may go now is gone; what the law keeps, and until when, is on stdout.
void run_erase(Context& ctx, const std::string& id) {
  const std::vector<Erasure> e = erase_person(ctx.ops(), require_person_key(id));
  ctx.show([&] { return erasure_document(e); }, [&] { return erasure_json(e); });
}

void run_export(Context& ctx, const ApplicantArgs& a) {
  if (a.id.empty() == a.email.empty())
    throw Error(ErrorKind::usage,
                tr("give either the person (a number, pilot id, e-mail, IBAN or business ID) or --email, not both"),
                "minipilot applicant export 12 | MP-2026-0001 | aino@example.fi | FI21 1234 5600 0007 85");
  if (ctx.format() == Format::csv || ctx.format_given() == "table")
    throw Error(ErrorKind::usage, tr("applicant export writes JSON, or with --format markdown or html a document"));
  const std::vector<PersonRecord> person = export_person(ctx.ops(), a.id, a.email);
  const Timestamp now = ctx.clock().now();
  if (ctx.format() == Format::markdown || ctx.format() == Format::html)
    return ctx.print_document(person_document(person, now, ctx.config().program_name));
  ctx.print_json(person_json(person, now));
}

}  // namespace

Runner setup_applicant(CLI::App& sub) {
  auto a = std::make_shared<ApplicantArgs>();
  sub.require_subcommand(1, 1);
  a->export_cmd = sub.add_subcommand(
      "export", tr("everything the ledger holds about one person: JSON, or --format markdown|html for the person"));
  a->export_cmd->add_option("person", a->id,
                            tr("applicant number, pilot id (MP-2026-0001), e-mail, IBAN or business ID"));
  a->export_cmd->add_option("--email", a->email, tr("the person with this e-mail address"));
  a->erase_cmd = sub.add_subcommand(
      "erase", tr("erase a person's contact details and free text now, and the payee details once the law allows"));
  a->erase_cmd
      ->add_option("person", a->erase_id, tr("applicant number, pilot id (MP-2026-0001), e-mail, IBAN or business ID"))
      ->required();
  return [a](Context& ctx) {
    if (a->erase_cmd->parsed()) return run_erase(ctx, a->erase_id);
    run_export(ctx, *a);
  };
}

}  // namespace minipilot::cli

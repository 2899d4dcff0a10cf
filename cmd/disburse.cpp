// minipilot disburse [void|return|export]: pay approved grants as one batch, undo, or write a batch's files again.
#include "minipilot/ops/disburse.h"

#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/batch_format.h"
#include "minipilot/formats/payment_files.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {

struct DisburseArgs {
  std::string csv, sepa, sepa_version, execution_date, area;
  int64_t limit = 0;
  bool dry_run = false;
  std::string target, reason;  // void BATCH / return PILOT / export BATCH
  std::string export_csv, export_sepa, export_version;
  CLI::App *void_cmd = nullptr, *return_cmd = nullptr, *export_cmd = nullptr;
};

// Writes the asked-for files of a batch that is in the ledger already; a
// failure right after the batch was made names it, so that `disburse export`
// can write them again.
void write_files(const BatchView& b, const std::string& csv, const std::string& sepa, const std::string& version,
                 bool just_made) {
  try {
    // Streamed: a file of 100,000 payments is never held whole in memory.
    if (!csv.empty()) write_file_atomically(csv, [&b](const Sink& sink) { write_payment_csv(b, sink); });
    const std::string v = version.empty() ? b.sepa_version : version;
    if (!sepa.empty()) write_file_atomically(sepa, [&b, &v](const Sink& sink) { write_payment_sepa(b, v, sink); });
  } catch (const Error& e) {
    if (!just_made) throw;
    // TRANSLATORS: the batch, then why a file was not written ("cannot write out.csv: ...")
    throw Error(e.kind(), trf("batch {} is recorded, but its files were not all written: {}", b.id, e.what()),
                trf("write them with 'minipilot disburse export {} --csv FILE --sepa FILE'", b.id));
  }
}

void run_pay(Context& ctx, const DisburseArgs& a) {
  DisburseOptions o{std::nullopt, a.area, std::nullopt, a.dry_run, a.sepa_version};
  if (!a.execution_date.empty()) {
    const Checked<Date> d = parse_date(a.execution_date);
    if (!d.ok()) throw Error(ErrorKind::invalid, "--execution-date: " + d.error);
    o.execution_date = d.value;
  }
  if (a.limit > 0) o.limit = a.limit;
  const Disbursement d = disburse(ctx.ops(), o, !a.sepa.empty());
  for (const std::string& h : d.on_hold) ctx.warn(h);
  bool four_eyes = false, tampered = false;
  for (const LeftOut& l : d.left_out) {
    // TRANSLATORS: a pilot left out of the batch, and why: "left out: MP-2026-0003 has no IBAN"
    ctx.warn(trf("left out: {}", l.reason));
    four_eyes = four_eyes || l.kind == ErrorKind::permission;
    tampered = tampered || l.kind == ErrorKind::integrity;
  }
  if (tampered)
    ctx.warn(tr("payee details were changed outside minipilot: run 'minipilot verify' and restore from a backup"));
  if (!d.batch && d.left_out.empty()) return ctx.say(tr("nothing to pay: no approved pilot is waiting for payment"));
  if (!d.batch)
    throw Error(tampered    ? ErrorKind::integrity
                : four_eyes ? ErrorKind::permission
                            : ErrorKind::invalid,
                tr("no batch was made: every pilot waiting for payment was left out"),
                tampered    ? tr("run 'minipilot verify'; the ledger was changed outside minipilot")
                : four_eyes ? tr("under four-eyes another finance user must pay these")
                            : tr("add the IBANs with 'minipilot amend ID --iban'"));
  ctx.show([&] { return batch_document(*d.batch, d.dry_run, &d.chain_head); },
           [&] { return batch_json(*d.batch, d.dry_run, &d.chain_head); });
  if (!d.dry_run) write_files(*d.batch, a.csv, a.sepa, "", true);
}

BatchId batch_arg(const std::string& text) {
  const Checked<BatchId> id = parse_batch_id(text);
  if (!id.ok()) throw Error(ErrorKind::invalid, id.error);
  return id.value;
}

void run_disburse(Context& ctx, const DisburseArgs& a) {
  if (a.void_cmd->parsed()) {
    void_batch(ctx.ops(), batch_arg(a.target), a.reason);
    return ctx.say(trf("voided {}: its pilots are approved and unpaid again", a.target));
  }
  if (a.return_cmd->parsed()) {
    const PilotId id = parse_pilot_ids({a.target}).front();
    const std::string batch = return_payment(ctx.ops(), id, a.reason);
    // TRANSLATORS: the pilot and its batch: "returned MP-2026-0001 of PB-2026-001: it is approved and unpaid again"
    return ctx.say(trf("returned {} of {}: it is approved and unpaid again", format_pilot_id(id), batch));
  }
  if (a.export_cmd->parsed()) {
    authorize_disburse(ctx.ops());  // first, as every disburse command: before the arguments are judged
    if (a.export_csv.empty() && a.export_sepa.empty())
      throw Error(ErrorKind::usage, tr("disburse export needs --csv FILE or --sepa FILE"));
    const BatchView b = batch_for_export(ctx.ops(), batch_arg(a.target));
    write_files(b, a.export_csv, a.export_sepa, a.export_version, false);
    return ctx.say(trf("wrote the files of {}", b.id));
  }
  run_pay(ctx, a);
}

}  // namespace

Runner setup_disburse(CLI::App& sub) {
  auto a = std::make_shared<DisburseArgs>();
  const auto version = CLI::IsMember({"09", "03"});
  sub.add_option("--csv", a->csv, tr("write the batch as CSV for the spreadsheet or ERP"))->group(kOutputGroup);
  sub.add_option("--sepa", a->sepa, tr("write the batch as SEPA pain.001 XML for the bank"))->group(kOutputGroup);
  sub.add_option("--sepa-version", a->sepa_version, tr("pain.001.001.09 (default) or 03"))->check(version);
  sub.add_option("--execution-date", a->execution_date, tr("when the bank pays (default: next banking day)"));
  sub.add_option("--area", a->area, tr("pay only this area's pilots"));
  sub.add_option("--limit", a->limit, tr("pay at most N pilots"))
      ->transform(decimal_number())
      ->check(CLI::Range(int64_t{1}, int64_t{1'000'000'000}));
  sub.add_flag("--dry-run", a->dry_run, tr("show what would be paid; record and write nothing"));
  sub.require_subcommand(0, 1);
  a->void_cmd = sub.add_subcommand("void", tr("the bank refused the batch: its pilots return to approved"));
  a->void_cmd->add_option("batch", a->target, tr("batch id, as PB-2026-001"))->required();
  a->void_cmd->add_option("--reason", a->reason, tr("what the bank said"))->required();
  a->return_cmd = sub.add_subcommand("return", tr("the bank returned one payment: its pilot returns to approved"));
  a->return_cmd->add_option("pilot", a->target, tr("pilot id"))->required();
  a->return_cmd->add_option("--reason", a->reason, tr("what the bank said"))->required();
  a->export_cmd = sub.add_subcommand("export", tr("write a batch's files again, byte for byte the same"));
  a->export_cmd->add_option("batch", a->target, tr("batch id"))->required();
  a->export_cmd->add_option("--csv", a->export_csv, tr("CSV file"))->group(kOutputGroup);
  a->export_cmd->add_option("--sepa", a->export_sepa, tr("SEPA XML file"))->group(kOutputGroup);
  a->export_cmd->add_option("--sepa-version", a->export_version, tr("09 or 03 (default: the batch's)"))->check(version);
  return [a](Context& ctx) { run_disburse(ctx, *a); };
}

}  // namespace minipilot::cli

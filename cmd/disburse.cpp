// minipilot disburse [void|return|export|reconcile|confirm|cancel]: pay approved grants as one batch, and its round
// trip with the bank.
#include "minipilot/ops/disburse.h"

#include <fmt/format.h>

#include <iterator>
#include <memory>

#include "cmd/commands.h"
#include "minipilot/core/forms.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/batch_format.h"
#include "minipilot/formats/payment_files.h"
#include "minipilot/formats/payment_xlsx.h"
#include "minipilot/formats/reconcile_format.h"
#include "minipilot/ops/decide.h"
#include "minipilot/ops/reconcile.h"

namespace minipilot::cli {

namespace {

// The files a batch is written to; "" for those not asked for.
struct BatchFiles {
  std::string csv, sepa, xlsx, sepa_version;
  bool any() const { return !csv.empty() || !sepa.empty() || !xlsx.empty(); }
};

struct DisburseArgs {
  BatchFiles files;
  std::string execution_date, area;
  int64_t limit = 0;
  bool dry_run = false;
  std::string target, reason;     // void BATCH / export BATCH / confirm BATCH / cancel BATCH
  std::vector<std::string> many;  // return PILOT... / reconcile FILE...
  BatchFiles export_files, confirm_files;
  CLI::App *void_cmd = nullptr, *return_cmd = nullptr, *export_cmd = nullptr, *reconcile_cmd = nullptr,
           *confirm_cmd = nullptr, *cancel_cmd = nullptr;
};

// Writes the asked-for files of a batch that is in the ledger already; a
// failure right after the batch was made (or confirmed) names it, so that
// `disburse export` can write them again.
void write_files(const BatchView& b, const ChainHead& head, const BatchFiles& f, bool just_made) {
  try {
    // Streamed: a file of 100,000 payments is never held whole in memory.
    if (!f.csv.empty()) write_file_atomically(f.csv, [&b](const Sink& sink) { write_payment_csv(b, sink); });
    const std::string v = f.sepa_version.empty() ? b.sepa_version : f.sepa_version;
    if (!f.sepa.empty()) write_file_atomically(f.sepa, [&b, &v](const Sink& sink) { write_payment_sepa(b, v, sink); });
    if (!f.xlsx.empty())
      write_file_atomically(f.xlsx, [&b, &head](const Sink& sink) { write_payment_xlsx(b, head, sink); });
  } catch (const Error& e) {
    if (!just_made) throw;
    // TRANSLATORS: the batch, then why a file was not written ("cannot write out.csv: ...")
    throw Error(e.kind(), trf("batch {} is recorded, but its files were not all written: {}", b.id, e.what()),
                trf("write them with 'minipilot disburse export {} --csv FILE --sepa FILE'", b.id));
  }
}

std::vector<LeftOutRow> left_out_rows(const Disbursement& d) {
  std::vector<LeftOutRow> out;
  for (const LeftOut& l : d.left_out) out.push_back({l.pilot_id, l.why(), l.reason});
  return out;
}

void run_pay(Context& ctx, const DisburseArgs& a) {
  if (ctx.config().batch_approval && a.files.any() && !a.dry_run)
    throw Error(ErrorKind::usage, tr("under [controls] batch_approval, disburse prepares the batch and writes no file"),
                tr("another finance user writes them with 'minipilot disburse confirm BATCH --sepa FILE'"));
  DisburseOptions o{std::nullopt, a.area, std::nullopt, a.dry_run, a.files.sepa_version};
  if (!a.execution_date.empty()) {
    const Checked<Date> d = parse_date(a.execution_date);
    if (!d.ok()) throw Error(ErrorKind::invalid, "--execution-date: " + d.error);
    o.execution_date = d.value;
  }
  if (a.limit > 0) o.limit = a.limit;
  const Disbursement d = disburse(ctx.ops(), o, !a.files.sepa.empty());
  bool four_eyes = false, tampered = false;
  for (const LeftOut& l : d.left_out) {
    if (l.kind == ErrorKind::conflict) {  // a hold: said as it is
      ctx.warn(l.reason);
      continue;
    }
    // TRANSLATORS: a pilot left out of the batch, and why: "left out: MP-2026-0003 has no IBAN"
    ctx.warn(trf("left out: {}", l.reason));
    four_eyes = four_eyes || l.kind == ErrorKind::permission;
    tampered = tampered || l.kind == ErrorKind::integrity;
  }
  if (tampered)
    ctx.warn(tr("payee details were changed outside minipilot: run 'minipilot verify' and restore from a backup"));
  if (!d.batch && !d.refused_any()) return ctx.say(tr("nothing to pay: no approved pilot is waiting for payment"));
  if (!d.batch)
    throw Error(tampered    ? ErrorKind::integrity
                : four_eyes ? ErrorKind::permission
                            : ErrorKind::invalid,
                tr("no batch was made: every pilot waiting for payment was left out"),
                tampered    ? tr("run 'minipilot verify'; the ledger was changed outside minipilot")
                : four_eyes ? tr("under four-eyes another finance user must pay these")
                            : tr("add the IBANs with 'minipilot amend ID --iban'"));
  const std::vector<LeftOutRow> rows = left_out_rows(d);
  ctx.show([&] { return batch_document(*d.batch, d.dry_run, &d.chain_head); },
           [&] { return batch_json(*d.batch, d.dry_run, &d.chain_head, rows); });
  if (!d.dry_run) write_files(*d.batch, d.chain_head, a.files, true);
}

BatchId batch_arg(const std::string& text) {
  const Checked<BatchId> id = parse_batch_id(text);
  if (!id.ok()) throw Error(ErrorKind::invalid, id.error);
  return id.value;
}

void run_return(Context& ctx, const DisburseArgs& a) {
  const std::vector<Returned> done =
      return_payments(ctx.ops(), parse_pilot_ids(expand_ids(a.many, ctx.in())), a.reason);
  if (ctx.format() == Format::json) {
    JsonWriter j(2);
    j.begin_object().key("returned").begin_array();
    for (const Returned& r : done)
      j.begin_object().key("pilot_id").value(r.pilot_id).key("batch_id").value(r.batch_id).end_object();
    j.end_array().end_object();
    return ctx.print_json(j.str() + "\n");
  }
  for (const Returned& r : done)
    // TRANSLATORS: the pilot and its batch: "returned MP-2026-0001 of PB-2026-001: it is approved and unpaid again"
    ctx.say(trf("returned {} of {}: it is approved and unpaid again", r.pilot_id, r.batch_id));
}

// A bank file's bytes; a file larger than any bank's feedback on a batch is refused before it is read.
BankFile read_bank_file(const std::string& path) {
  constexpr std::streamsize kMaxBytes = 512 << 20;  // 512 MiB: ~1,000,000 transactions
  return BankFile{path, read_input(path, "disburse reconcile", kMaxBytes,
                                   N_("{} is {} MiB: larger than any bank feedback file minipilot reads"))};
}

void run_reconcile(Context& ctx, const DisburseArgs& a) {
  authorize_disburse(ctx.ops());
  std::vector<BankFile> files;
  for (const std::string& path : a.many) files.push_back(read_bank_file(path));
  const Reconciliation r = reconcile(ctx.ops(), files);
  ctx.show([&] { return reconciliation_document(r); }, [&] { return reconciliation_json(r); });
}

void run_confirm(Context& ctx, const DisburseArgs& a) {
  ChainHead head;
  const BatchView b = confirm_batch(ctx.ops(), batch_arg(a.target), &head);
  // TRANSLATORS: a prepared batch confirmed by a second user: its id, number of payments and total.
  ctx.say(trnf("confirmed {}: {} payment, {}", "confirmed {}: {} payments, {}",
               static_cast<unsigned long>(b.payments.size()), b.id, b.payments.size(), money_text(b.total())));
  write_files(b, head, a.confirm_files, true);
}

void run_disburse(Context& ctx, const DisburseArgs& a) {
  if (a.void_cmd->parsed()) {
    void_batch(ctx.ops(), batch_arg(a.target), a.reason);
    return ctx.say(trf("voided {}: its pilots are approved and unpaid again", a.target));
  }
  if (a.return_cmd->parsed()) return run_return(ctx, a);
  if (a.reconcile_cmd->parsed()) return run_reconcile(ctx, a);
  if (a.confirm_cmd->parsed()) return run_confirm(ctx, a);
  if (a.cancel_cmd->parsed()) {
    const BatchView b = cancel_batch(ctx.ops(), batch_arg(a.target), a.reason);
    // TRANSLATORS: a prepared batch cancelled: "cancelled PB-2026-001: its 3 pilots are approved and unpaid again"
    return ctx.say(trnf("cancelled {}: its {} pilot is approved and unpaid again",
                        "cancelled {}: its {} pilots are approved and unpaid again",
                        static_cast<unsigned long>(b.payments.size()), b.id, b.payments.size()));
  }
  if (a.export_cmd->parsed()) {
    authorize_disburse(ctx.ops());  // first, as every disburse command: before the arguments are judged
    if (!a.export_files.any())
      throw Error(ErrorKind::usage, tr("disburse export needs --csv FILE, --sepa FILE or --xlsx FILE"));
    ChainHead head;
    const BatchView b = batch_for_export(ctx.ops(), batch_arg(a.target), &head);
    write_files(b, head, a.export_files, false);
    return ctx.say(trf("wrote the files of {}", b.id));
  }
  run_pay(ctx, a);
}

void file_options(CLI::App& cmd, BatchFiles& f, bool version_is_batch) {
  const auto version = CLI::IsMember({"09", "03"});
  cmd.add_option("--csv", f.csv, tr("write the batch as CSV for the spreadsheet or ERP"))->group(kOutputGroup);
  cmd.add_option("--sepa", f.sepa, tr("write the batch as SEPA pain.001 XML for the bank"))->group(kOutputGroup);
  cmd.add_option("--xlsx", f.xlsx, tr("write the batch as an Excel workbook"))->group(kOutputGroup);
  cmd.add_option("--sepa-version", f.sepa_version,
                 version_is_batch ? tr("09 or 03 (default: the batch's)") : tr("pain.001.001.09 (default) or 03"))
      ->check(version);
}

}  // namespace

Runner setup_disburse(CLI::App& sub) {
  auto a = std::make_shared<DisburseArgs>();
  file_options(sub, a->files, false);
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
  a->return_cmd = sub.add_subcommand("return", tr("the bank returned payments: their pilots return to approved"));
  a->return_cmd->add_option("pilot", a->many, tr("pilot ids, or - to read them from standard input"))->required();
  a->return_cmd->add_option("--reason", a->reason, tr("what the bank said"))->required();
  a->export_cmd = sub.add_subcommand("export", tr("write a batch's files again, byte for byte the same"));
  a->export_cmd->add_option("batch", a->target, tr("batch id"))->required();
  file_options(*a->export_cmd, a->export_files, true);
  a->reconcile_cmd = sub.add_subcommand(
      "reconcile", tr("read the bank's feedback: pain.002 status reports and camt.054 notifications"));
  a->reconcile_cmd->add_option("file", a->many, tr("the bank's files"))->required()->group(kInputGroup);
  a->confirm_cmd = sub.add_subcommand(
      "confirm", tr("under batch approval: confirm another user's prepared batch and write its files"));
  a->confirm_cmd->add_option("batch", a->target, tr("batch id"))->required();
  file_options(*a->confirm_cmd, a->confirm_files, true);
  a->cancel_cmd =
      sub.add_subcommand("cancel", tr("under batch approval: cancel a prepared batch; its pilots return to approved"));
  a->cancel_cmd->add_option("batch", a->target, tr("batch id"))->required();
  a->cancel_cmd->add_option("--reason", a->reason, tr("why it is cancelled"));
  return [a](Context& ctx) { run_disburse(ctx, *a); };
}

}  // namespace minipilot::cli

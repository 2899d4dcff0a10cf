// Registering applications: validation first, then one write transaction.
#include "minipilot/ops/apply.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/i18n.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/ops/payee_checks.h"
#include "minipilot/store/applications.h"
#include "minipilot/store/events.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/csv.h"
#include "minipilot/validate/encoding.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// "2026-04": the month a pilot counts in.
std::string month_text(CivilDate m) { return fmt::format("{:04}-{:02}", m.year, m.month); }

// One apply transaction: the store's writer and the event log.
class Inserter {
 public:
  // `now`: the transaction's time, every row's and event's.
  Inserter(const OpContext& ctx, Timestamp now)
      : ctx_(ctx),
        now_(now),
        writer_(ctx.store, ctx.config.timezone.local_month(now_).year,
                month_text(ctx.config.timezone.local_month(now_)), format_timestamp(now_), ctx.actor.id),
        events_(ctx.store) {}

  // The live application this one duplicates, if any (in the ledger or
  // earlier in the same import, which the transaction sees already).
  std::string duplicate_of(const std::string& key) {
    ApplicationWriter::Live live = writer_.live_pilot_with_key(key);
    // TRANSLATORS: completes "duplicate of {}" (the duplicate in a CSV import is an earlier row of the same file).
    if (live.inserted_here) return tr("an earlier row of this file");
    return std::move(live.id);
  }

  PilotId insert(const Application& a, const std::string& key) {
    const std::string salt = new_salt();
    const ApplicationWriter::Inserted row = writer_.insert(a, key, salt);
    events_.append(now_, ctx_.actor.id, EventAction::apply, row.text_id,
                   apply_detail(a.title, a.area, row.applicant_id, to_string(a.applicant.type),
                                payee_commitment(salt, payee_of(a.applicant), a.applicant.iban, a.applicant.bic)));
    return row.id;
  }

  const ApplicationWriter& writer() const { return writer_; }

 private:
  const OpContext& ctx_;
  Timestamp now_;
  ApplicationWriter writer_;
  EventLog events_;
};

std::string match_key(const Application& a) {
  return fold_for_match(a.applicant.name) + '\x1f' + fold_for_match(a.title);
}

// The first rows' reasons, for the error that refuses a whole file.
class RejectSummary {
 public:
  void add(const RejectedRow& r) {
    ++count_;
    if (r.kind != ErrorKind::conflict) all_conflicts_ = false;
    // TRANSLATORS: a row of a CSV file refused: its line number and why.
    if (lines_.size() < kShown) lines_.push_back(trf("line {}: {}", r.line, r.reason));
  }
  size_t count() const { return count_; }

  Error error() const {
    std::string msg = trnf("{} row is not valid; nothing was imported", "{} rows are not valid; nothing was imported",
                           count_, count_);
    for (const std::string& l : lines_) msg += "\n  " + l;
    // TRANSLATORS: after the first ten refused rows: how many more there are.
    if (count_ > lines_.size()) msg += "\n  " + trf("... and {} more", count_ - lines_.size());
    return Error(all_conflicts_ ? ErrorKind::conflict : ErrorKind::invalid, msg,
                 tr("fix the rows, or import the good ones with --skip-invalid FILE"));
  }

 private:
  static constexpr size_t kShown = 10;
  size_t count_ = 0;
  bool all_conflicts_ = true;
  std::vector<std::string> lines_;
};

}  // namespace

PilotId apply_one(const OpContext& ctx, const ApplicationInput& input) {
  authorize(ctx.actor, Permission::apply, ctx.config.areas);
  Application app;
  const std::vector<Finding> findings = check_application(input, ctx.config.areas, app);
  if (!findings.empty()) throw findings_error(findings);
  refuse_payer_iban(ctx.config, app.applicant.iban);
  Transaction txn = ctx.store.write(ctx.clock);
  Inserter ins(ctx, txn.now());
  const std::string key = match_key(app);
  if (const std::string dup = ins.duplicate_of(key); !dup.empty())
    throw Error(ErrorKind::conflict,
                // TRANSLATORS: {} are the applicant's name, the title, and the pilot id of the earlier application.
                trf("{} has applied with the title '{}' already: {}", app.applicant.name, app.title, dup),
                tr("a rejected or withdrawn application may be sent again"));
  const PilotId id = ins.insert(app, key);
  const std::vector<std::string> notes = app.applicant.iban.empty()
                                             ? std::vector<std::string>{}
                                             : shared_iban_notes(shared_iban_users(ctx.store, {app.applicant.iban}));
  txn.commit();
  for (const std::string& n : notes) ctx.notices.note(n);
  return id;
}

namespace {

// The lines of a file, read ahead for the progress meter and then rewound; 0
// for a stream that cannot be rewound (a pipe).
uint64_t count_lines(std::istream& in) {
  const std::istream::pos_type start = in.tellg();
  if (start == std::istream::pos_type(-1)) return 0;
  uint64_t lines = 0;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    const std::streamsize n = in.gcount();
    for (std::streamsize i = 0; i < n; ++i) lines += buffer[i] == '\n';
    if (!in) break;
  }
  in.clear();
  in.seekg(start);
  return in ? lines : 0;
}

// The cells of a rejected row that its rejects file repeats: all but the
// `line` and `error` of an earlier rejects file.
std::vector<std::string> echoed(const std::vector<std::string>& cells, const std::vector<size_t>& reported) {
  if (reported.empty()) return cells;
  std::vector<std::string> out;
  for (size_t i = 0; i < cells.size(); ++i)
    if (std::find(reported.begin(), reported.end(), i) == reported.end()) out.push_back(cells[i]);
  return out;
}

}  // namespace

BulkResult apply_csv(const OpContext& ctx, std::istream& in, const CsvImport& how,
                     const std::function<void(const RejectedRow&)>& on_rejected,
                     const std::function<void(const BulkResult&)>& before_commit) {
  authorize(ctx.actor, Permission::apply, ctx.config.areas);
  // Counted before the write lock is taken: other writers need not wait for it.
  const uint64_t lines = ctx.progress.shown() ? count_lines(in) : 0;
  const uint64_t rows = lines > 0 ? lines - 1 : 0;  // but the header
  DecodingBuf decoded(*in.rdbuf(), how.encoding);
  std::istream text(&decoded);
  CsvReader reader(text);
  if (reader.header().empty()) throw Error(ErrorKind::invalid, tr("the file is empty: no header row"));
  const HeaderMap columns = map_header(reader.header(), how.header);
  BulkResult result{0,           0, {}, echoed(reader.header(), columns.reported), reader.delimiter(), reader.bom(),
                    how.encoding};

  Transaction txn = ctx.store.write(ctx.clock);
  ctx.store.expect_bulk();
  const int64_t first_applicant = last_applicant_id(ctx.store) + 1;
  Inserter ins(ctx, txn.now());
  // The import is tallied once at the end, not by the trigger row by row.
  BulkPilotTally tally(ctx.store, ins.writer());
  RejectSummary rejects;
  CsvRecord rec;
  const auto reject = [&](std::string reason, ErrorKind kind) {
    RejectedRow row{rec.line, echoed(rec.fields, columns.reported), std::move(reason), kind};
    rejects.add(row);
    if (on_rejected) on_rejected(row);
  };
  ProgressScope shown(ctx.progress);
  const char* what = tr("rows read");
  uint64_t done = 0;
  while (reader.next(rec)) {
    shown.step(what, ++done, rows);
    if (rec.fields.size() != columns.fields.size()) {
      reject(trf("{} fields where the header has {}", rec.fields.size(), columns.fields.size()), ErrorKind::invalid);
      continue;
    }
    ApplicationInput input;
    for (size_t i = 0; i < columns.fields.size(); ++i)
      if (!columns.fields[i].empty()) application_field(input, columns.fields[i]) = rec.fields[i];
    Application app;
    if (const auto findings = check_application(input, ctx.config.areas, app); !findings.empty()) {
      reject(join_findings(findings), ErrorKind::invalid);
      continue;
    }
    if (config_payer_iban(ctx.config, app.applicant.iban)) {
      reject(trf("the IBAN {} is the city's own account ([payer] iban)", iban_print_form(app.applicant.iban)),
             ErrorKind::invalid);
      continue;
    }
    const std::string key = match_key(app);
    if (const std::string dup = ins.duplicate_of(key); !dup.empty()) {
      // TRANSLATORS: {} is a pilot id, or "an earlier row of this file".
      reject(trf("duplicate of {}", dup), ErrorKind::conflict);
      continue;
    }
    result.ids.push_back(ins.insert(app, key));
  }
  if (rejects.count() > 0 && !on_rejected) throw rejects.error();
  tally.finish();
  result.imported = result.ids.size();
  result.rejected = rejects.count();
  const std::vector<std::string> notes = result.imported > 0
                                             ? shared_iban_notes(shared_iban_users_from(ctx.store, first_applicant))
                                             : std::vector<std::string>{};
  if (before_commit) before_commit(result);  // the rejects file: a failure to write it imports nothing
  txn.commit();
  for (const std::string& n : notes) ctx.notices.note(n);
  return result;
}

}  // namespace minipilot

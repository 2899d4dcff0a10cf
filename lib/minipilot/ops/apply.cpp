// Registering applications: validation first, then one write transaction.
#include "minipilot/ops/apply.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <unordered_set>

#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/store/applications.h"
#include "minipilot/store/events.h"
#include "minipilot/validate/csv.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// One apply transaction: the store's writer, the event log, and the keys seen so far.
class Inserter {
 public:
  explicit Inserter(const OpContext& ctx)
      : ctx_(ctx),
        now_(ctx.clock.now()),
        writer_(ctx.store, civil(ctx.config.timezone.local_date(now_)).year,
                format_date(ctx.config.timezone.local_date(now_)).substr(0, 7), format_timestamp(now_), ctx.actor.id),
        events_(ctx.store) {}

  // The live application this one duplicates, if any (in the ledger or
  // earlier in the same import).
  std::string duplicate_of(const std::string& key) {
    if (std::string id = writer_.live_pilot_with_key(key); !id.empty()) return id;
    return seen_.count(key) ? "an earlier row of this file" : "";
  }

  PilotId insert(const Application& a, const std::string& key) {
    const std::string salt = new_salt();
    const ApplicationWriter::Inserted row = writer_.insert(a, key, salt);
    seen_.insert(key);
    events_.append(now_, ctx_.actor.id, EventAction::apply, row.text_id,
                   apply_detail(a.title, a.area, row.applicant_id, to_string(a.applicant.type),
                                payee_commitment(salt, a.applicant.name, a.applicant.iban, a.applicant.bic)));
    return row.id;
  }

 private:
  const OpContext& ctx_;
  Timestamp now_;
  ApplicationWriter writer_;
  EventLog events_;
  std::unordered_set<std::string> seen_;
};

std::string match_key(const Application& a) {
  return fold_for_match(a.applicant.name) + '\x1f' + fold_for_match(a.title);
}

// The column of each header cell, as an application field name.
std::vector<std::string_view> map_header(const std::vector<std::string>& header) {
  std::vector<std::string_view> columns;
  for (const std::string& cell : header) {
    std::string name = fold_for_match(cell);
    for (char& c : name)
      if (c == '-' || c == ' ') c = '_';
    const auto it = std::find(kApplicationFields.begin(), kApplicationFields.end(), name);
    if (cell.find('\0') != std::string::npos || !utf8_length(cell))  // a workbook, a database, a picture
      throw Error(ErrorKind::invalid, "the first line is not text: this is not a CSV file",
                  "save the sheet from the spreadsheet as CSV (UTF-8)");
    if (it == kApplicationFields.end())
      throw Error(ErrorKind::invalid, fmt::format("unknown column '{}' in the header", cell),
                  fmt::format("columns are: {}", fmt::join(kApplicationFields, ", ")));
    if (std::find(columns.begin(), columns.end(), *it) != columns.end())
      throw Error(ErrorKind::invalid, fmt::format("column '{}' appears twice in the header", cell));
    columns.push_back(*it);
  }
  for (std::string_view required : {"title", "applicant", "type"})
    if (std::find(columns.begin(), columns.end(), required) == columns.end())
      throw Error(ErrorKind::invalid, fmt::format("the header has no '{}' column", required),
                  fmt::format("the first row names the columns: {}", fmt::join(kApplicationFields, ", ")));
  return columns;
}

// The first rows' reasons, for the error that refuses a whole file.
class RejectSummary {
 public:
  void add(const RejectedRow& r) {
    ++count_;
    if (r.kind != ErrorKind::conflict) all_conflicts_ = false;
    if (lines_.size() < kShown) lines_.push_back(fmt::format("line {}: {}", r.line, r.reason));
  }
  size_t count() const { return count_; }

  Error error() const {
    std::string msg = fmt::format("{} {} not valid; nothing was imported", count_, count_ == 1 ? "row is" : "rows are");
    for (const std::string& l : lines_) msg += "\n  " + l;
    if (count_ > lines_.size()) msg += fmt::format("\n  ... and {} more", count_ - lines_.size());
    return Error(all_conflicts_ ? ErrorKind::conflict : ErrorKind::invalid, msg,
                 "fix the rows, or import the good ones with --skip-invalid FILE");
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
  if (!findings.empty()) {
    const bool area = findings.size() == 1 && findings.front().kind == ErrorKind::not_found;
    throw Error(findings.front().kind, join_findings(findings),
                area ? "the areas are listed under [[areas]] in the configuration" : "");
  }
  Transaction txn = ctx.store.write(ctx.clock.now());
  Inserter ins(ctx);
  const std::string key = match_key(app);
  if (const std::string dup = ins.duplicate_of(key); !dup.empty())
    throw Error(ErrorKind::conflict,
                fmt::format("{} has applied with the title '{}' already: {}", app.applicant.name, app.title, dup),
                "a rejected or withdrawn application may be sent again");
  const PilotId id = ins.insert(app, key);
  txn.commit();
  return id;
}

BulkResult apply_csv(const OpContext& ctx, std::istream& in, const std::function<void(const RejectedRow&)>& on_rejected,
                     const std::function<void(const BulkResult&)>& before_commit) {
  authorize(ctx.actor, Permission::apply, ctx.config.areas);
  CsvReader reader(in);
  BulkResult result{0, 0, {}, reader.header(), reader.delimiter()};
  if (reader.header().empty()) throw Error(ErrorKind::invalid, "the file is empty: no header row");
  const std::vector<std::string_view> columns = map_header(reader.header());

  Transaction txn = ctx.store.write(ctx.clock.now());
  // The import is tallied once at the end, not by the trigger row by row.
  BulkPilotTally tally(ctx.store);
  Inserter ins(ctx);
  RejectSummary rejects;
  CsvRecord rec;
  const auto reject = [&](std::string reason, ErrorKind kind) {
    RejectedRow row{rec.line, rec.fields, std::move(reason), kind};
    rejects.add(row);
    if (on_rejected) on_rejected(row);
  };
  while (reader.next(rec)) {
    if (rec.fields.size() != columns.size()) {
      reject(fmt::format("{} fields where the header has {}", rec.fields.size(), columns.size()), ErrorKind::invalid);
      continue;
    }
    ApplicationInput input;
    for (size_t i = 0; i < columns.size(); ++i) application_field(input, columns[i]) = rec.fields[i];
    Application app;
    if (const auto findings = check_application(input, ctx.config.areas, app); !findings.empty()) {
      reject(join_findings(findings), ErrorKind::invalid);
      continue;
    }
    const std::string key = match_key(app);
    if (const std::string dup = ins.duplicate_of(key); !dup.empty()) {
      reject(fmt::format("duplicate of {}", dup), ErrorKind::conflict);
      continue;
    }
    result.ids.push_back(ins.insert(app, key));
  }
  if (rejects.count() > 0 && !on_rejected) throw rejects.error();
  tally.finish();
  result.imported = result.ids.size();
  result.rejected = rejects.count();
  if (before_commit) before_commit(result);  // the rejects file: a failure to write it imports nothing
  txn.commit();
  return result;
}

}  // namespace minipilot

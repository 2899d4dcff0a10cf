// Registering applications: validation first, then one write transaction.
#include "minipilot/ops/apply.h"

#include <unordered_set>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/json.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/events.h"
#include "minipilot/ledger/tallies.h"
#include "minipilot/validate/csv.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The prepared statements of one apply transaction, reused row after row.
class Inserter {
 public:
  Inserter(const OpContext& ctx)
      : ctx_(ctx),
        now_(ctx.clock.now()),
        now_text_(format_timestamp(now_)),
        year_(civil(date_of(now_)).year),
        applicant_(ctx.ledger.db(),
                   "INSERT INTO applicants (name, type, email, phone, business_id, iban, bic, salt) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        pilot_(ctx.ledger.db(),
               "INSERT INTO pilots (id, year, seq, title, description, area, applicant_id, "
               "start_date, end_date, status, match_key, submitted_at, submitted_by, iban_set_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?12)"),
        live_(ctx.ledger.db(),
              "SELECT id FROM pilots WHERE match_key = ? "
              "AND status <> 'rejected' AND status <> 'withdrawn'"),
        events_(ctx.ledger.db()) {
    SQLite::Statement max(ctx.ledger.db(), "SELECT COALESCE(MAX(seq), 0) FROM pilots WHERE year = ?");
    max.bind(1, year_);
    max.executeStep();
    next_seq_ = max.getColumn(0).getInt64() + 1;
  }

  // The live application this one duplicates, if any (in the ledger or
  // earlier in the same import).
  std::string duplicate_of(const std::string& key) {
    live_.reset();
    live_.bind(1, key);
    if (live_.executeStep()) return live_.getColumn(0).getString();
    return seen_.count(key) ? "an earlier row of this file" : "";
  }

  PilotId insert(const Application& a, const std::string& key) {
    applicant_.reset();
    // bindNoCopy: every string bound here outlives exec(), so SQLite need not copy it.
    applicant_.bindNoCopy(1, a.applicant.name);
    applicant_.bindNoCopy(2, to_string(a.applicant.type).data());  // views a string literal
    applicant_.bindNoCopy(3, a.applicant.email);
    applicant_.bindNoCopy(4, a.applicant.phone);
    applicant_.bindNoCopy(5, a.applicant.business_id);
    applicant_.bindNoCopy(6, a.applicant.iban);
    applicant_.bindNoCopy(7, a.applicant.bic);
    const std::string salt = new_salt();
    applicant_.bindNoCopy(8, salt);
    applicant_.exec();
    const int64_t applicant_id = ctx_.ledger.db().getLastInsertRowid();

    const PilotId id{year_, next_seq_++};
    const std::string text_id = format_pilot_id(id);
    pilot_.reset();
    pilot_.bindNoCopy(1, text_id);
    pilot_.bind(2, id.year);
    pilot_.bind(3, id.seq);
    pilot_.bindNoCopy(4, a.title);
    pilot_.bindNoCopy(5, a.description);
    pilot_.bindNoCopy(6, a.area);
    pilot_.bind(7, applicant_id);
    bind_date(8, a.start);
    bind_date(9, a.end);
    pilot_.bindNoCopy(10, key);
    pilot_.bindNoCopy(11, now_text_);
    pilot_.bindNoCopy(12, ctx_.actor.id);
    pilot_.exec();
    seen_.insert(key);

    JsonWriter detail;
    detail.begin_object().key("before").begin_object().end_object();
    detail.key("after").begin_object().key("status").value("submitted");
    detail.key("title").value(a.title).key("area").value(a.area);
    detail.key("applicant_id").value(applicant_id);
    detail.key("applicant_type").value(to_string(a.applicant.type));
    detail.end_object();
    detail.key("payee").value(payee_commitment(salt, a.applicant.name, a.applicant.iban, a.applicant.bic));
    detail.end_object();
    events_.append(now_, ctx_.actor.id, "apply", text_id, detail.str());
    return id;
  }

 private:
  void bind_date(int index, const std::optional<Date>& d) {
    if (d) {
      pilot_.bind(index, format_date(*d));
    } else {
      pilot_.bind(index);
    }
  }

  const OpContext& ctx_;
  Timestamp now_;
  std::string now_text_;
  int year_;
  int64_t next_seq_ = 1;
  SQLite::Statement applicant_, pilot_, live_;
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
    std::string msg = fmt::format("{} {} not valid; nothing was imported", count_,
                                  count_ == 1 ? "row is" : "rows are");
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
  const std::vector<Finding> findings = check_application(input, ctx.config, app);
  if (!findings.empty()) {
    const bool area = findings.size() == 1 && findings.front().kind == ErrorKind::not_found;
    throw Error(findings.front().kind, join_findings(findings),
                area ? "the areas are listed under [[areas]] in the configuration" : "");
  }
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  Inserter ins(ctx);
  const std::string key = match_key(app);
  if (const std::string dup = ins.duplicate_of(key); !dup.empty())
    throw Error(ErrorKind::conflict,
                fmt::format("{} has applied with the title '{}' already: {}", app.applicant.name,
                            app.title, dup),
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

  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  // The import is tallied once at the end, not by the trigger row by row.
  const int64_t before = last_pilot_rowid(ctx.ledger.db());
  SuspendedTrigger trigger(ctx.ledger.db(), "pilots_tally_insert");
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
      reject(fmt::format("{} fields where the header has {}", rec.fields.size(), columns.size()),
             ErrorKind::invalid);
      continue;
    }
    ApplicationInput input;
    for (size_t i = 0; i < columns.size(); ++i) application_field(input, columns[i]) = rec.fields[i];
    Application app;
    if (const auto findings = check_application(input, ctx.config, app); !findings.empty()) {
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
  tally_new_pilots(ctx.ledger.db(), before);
  trigger.restore();
  result.imported = result.ids.size();
  result.rejected = rejects.count();
  if (before_commit) before_commit(result);  // the rejects file: a failure to write it imports nothing
  txn.commit();
  return result;
}

}  // namespace minipilot

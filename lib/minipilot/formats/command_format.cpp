// Confirmations as JSON and the rejects file as CSV.
#include "minipilot/formats/command_format.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/chain_format.h"
#include "minipilot/validate/encoding.h"

namespace minipilot {

namespace {

void id_array(JsonWriter& j, const std::vector<PilotId>& ids) {
  j.key("ids").begin_array();
  for (const PilotId& id : ids) j.value(format_pilot_id(id));
  j.end_array();
}

}  // namespace

namespace {

void rejects_row(std::string& out, const std::vector<std::string>& cells, size_t width, std::string_view line,
                 std::string_view error, char delimiter) {
  // A short row is padded, so that line and error stand under their headings;
  // the cells of a long one follow them, so that none is lost.
  for (size_t i = 0; i < width; ++i) {
    if (i < cells.size()) out += csv_cell(cells[i], delimiter, false);
    out += delimiter;
  }
  out += csv_cell(line, delimiter, false) + delimiter + csv_cell(error, delimiter, false);
  for (size_t i = width; i < cells.size(); ++i) out += delimiter + csv_cell(cells[i], delimiter, false);
  out += "\r\n";
}

}  // namespace

RejectsFile rejects_file(const BulkResult& r, const std::vector<RejectedRow>& rows) {
  const std::string bom = "\xEF\xBB\xBF";
  std::string out = r.bom ? bom : "";
  rejects_row(out, r.header, r.header.size(), "line", "error", r.delimiter);
  for (const RejectedRow& row : rows)
    rejects_row(out, row.fields, r.header.size(), std::to_string(row.line), row.reason, r.delimiter);
  if (r.encoding == TextEncoding::utf8) return {std::move(out), false};
  if (std::optional<std::string> cp1252 = to_cp1252(out)) return {std::move(*cp1252), false};
  return {bom + out, true};
}

std::string import_json(const BulkResult& r) {
  JsonWriter j(2);
  j.begin_object().key("imported").value(static_cast<int64_t>(r.imported));
  j.key("skipped").value(static_cast<int64_t>(r.rejected));
  id_array(j, r.ids);
  return j.end_object().str() + "\n";
}

std::string decision_json(std::string_view status, const std::vector<PilotId>& ids,
                          const std::vector<DecisionNumber>& numbers) {
  JsonWriter j(2);
  j.begin_object().key("status").value(status).key("count").value(static_cast<int64_t>(ids.size()));
  id_array(j, ids);
  if (!numbers.empty()) {
    j.key("decision_numbers").begin_array();
    for (const DecisionNumber& n : numbers) j.value(format_decision_number(n));
    j.end_array();
  }
  return j.end_object().str() + "\n";
}

Document backup_document(const BackupReport& r) {
  return Document{trf("Backup written to {}", r.file.string()),
                  {{tr("Copy"),
                    {},
                    {{tr("Pilots"), std::to_string(r.pilots)},
                     {tr("Events"), std::to_string(r.events)},
                     // TRANSLATORS: the size of the backup file.
                     {tr("Size"), trf("{} bytes", r.bytes)},
                     {tr("Chain head"), chain_head_text(r.head)},
                     {tr("Checked"), tr("SQLite quick_check ok")}},
                    {}}}};
}

std::string backup_json(const BackupReport& r) {
  JsonWriter j(2);
  j.begin_object().key("file").value(r.file.string()).key("pilots").value(r.pilots);
  j.key("events").value(r.events).key("bytes").value(r.bytes);
  j.key("chain_head").begin_object().key("seq").value(r.head.seq).key("hash").value(r.head.hash).end_object();
  return j.end_object().str() + "\n";
}

Document move_document(const MoveReport& r) {
  // TRANSLATORS: {} is "the database X on HOST".
  return Document{trf("Ledger moved to {}", r.database),
                  {{tr("Copy"),
                    {},
                    {{tr("Pilots"), std::to_string(r.pilots)},
                     {tr("Events"), std::to_string(r.events)},
                     // TRANSLATORS: how many rows of all tables migrate-ledger copied.
                     {tr("Rows"), std::to_string(r.rows)},
                     {tr("Chain head"), chain_head_text(r.head)},
                     // TRANSLATORS: what was checked after migrate-ledger.
                     {tr("Checked"), tr("verify: no problems, the file's chain head")}},
                    {}}}};
}

std::string move_json(const MoveReport& r) {
  JsonWriter j(2);
  j.begin_object().key("database").value(r.database).key("pilots").value(r.pilots);
  j.key("events").value(r.events).key("rows").value(r.rows);
  j.key("chain_head").begin_object().key("seq").value(r.head.seq).key("hash").value(r.head.hash).end_object();
  return j.end_object().str() + "\n";
}

}  // namespace minipilot

// Confirmations as JSON and the rejects file as CSV.
#include "minipilot/formats/command_format.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

void id_array(JsonWriter& j, const std::vector<PilotId>& ids) {
  j.key("ids").begin_array();
  for (const PilotId& id : ids) j.value(format_pilot_id(id));
  j.end_array();
}

}  // namespace

std::string rejects_csv(const BulkResult& r, const std::vector<RejectedRow>& rows) {
  const std::string d(1, r.delimiter);
  std::string out = "line" + d + "error";
  for (const std::string& h : r.header) out += d + csv_cell(h, r.delimiter, false);
  out += "\r\n";
  for (const RejectedRow& row : rows) {
    out += std::to_string(row.line) + d + csv_cell(row.reason, r.delimiter, false);
    for (const std::string& f : row.fields) out += d + csv_cell(f, r.delimiter, false);
    out += "\r\n";
  }
  return out;
}

std::string import_json(const BulkResult& r) {
  JsonWriter j(2);
  j.begin_object().key("imported").value(static_cast<int64_t>(r.imported));
  j.key("skipped").value(static_cast<int64_t>(r.rejected));
  id_array(j, r.ids);
  return j.end_object().str() + "\n";
}

std::string decision_json(std::string_view status, const std::vector<PilotId>& ids) {
  JsonWriter j(2);
  j.begin_object().key("status").value(status).key("count").value(static_cast<int64_t>(ids.size()));
  id_array(j, ids);
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

}  // namespace minipilot

// What the writing commands print and write besides reports: an import's result and rejects, decisions, a backup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/decision.h"
#include "minipilot/domain/backup.h"
#include "minipilot/domain/import.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// The rejects file of `apply --skip-invalid`, as bytes: the input's header
/// cells as written and in their order (ignored columns too), then `line`
/// and `error`; one row per rejected row as read; the input's delimiter and
/// BOM; CRLF line ends. A Windows-1252 input gets a Windows-1252 file, so
/// that Excel opens it as it opened the input, unless the file holds a
/// character Windows-1252 cannot write: then it is UTF-8 with a BOM and
/// `utf8_fallback` is set.
struct RejectsFile {
  std::string bytes;
  bool utf8_fallback = false;
};
RejectsFile rejects_file(const BulkResult& r, const std::vector<RejectedRow>& rows);

/// {"imported": N, "skipped": N, "ids": [...]}
std::string import_json(const BulkResult& r);

/// {"status": "approved", "count": N, "ids": [...]} and, for approvals and
/// rejections, "decision_numbers": [...] in the order of the ids.
std::string decision_json(std::string_view status, const std::vector<PilotId>& ids,
                          const std::vector<DecisionNumber>& numbers = {});

/// The copy a backup wrote, with its chain head.
Document backup_document(const BackupReport& r);
std::string backup_json(const BackupReport& r);
Document move_document(const MoveReport& r);
std::string move_json(const MoveReport& r);

}  // namespace minipilot

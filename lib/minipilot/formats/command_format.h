// What the writing commands print and write besides reports: an import's result and rejects, decisions, a backup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/domain/backup.h"
#include "minipilot/domain/import.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// The rejects file of `apply --skip-invalid`: "line", "error", then the
/// file's own header, one row per rejected row as read, in the file's
/// delimiter, CRLF line ends.
std::string rejects_csv(const BulkResult& r, const std::vector<RejectedRow>& rows);

/// {"imported": N, "skipped": N, "ids": [...]}
std::string import_json(const BulkResult& r);

/// {"status": "approved", "count": N, "ids": [...]}
std::string decision_json(std::string_view status, const std::vector<PilotId>& ids);

/// The copy a backup wrote, with its chain head.
Document backup_document(const BackupReport& r);
std::string backup_json(const BackupReport& r);

}  // namespace minipilot

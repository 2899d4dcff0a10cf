// `applicant export`: everything held about one person, as JSON for a script and as a document for the person.
#pragma once

#include <string>
#include <vector>

#include "minipilot/core/time.h"
#include "minipilot/domain/person.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// {"exported_at", "applicants": [{"applicant": {...}, "pilots": [...],
/// "amendments": [...], "payments": [...]}]}: every stored column, as stored.
std::string person_json(const std::vector<PersonRecord>& person, Timestamp exported_at);

/// The same for the person to read (Markdown, HTML): what was exported and
/// when, then each record's values with readable labels, amounts in euros.
/// Nothing is left out: every column of the JSON appears.
Document person_document(const std::vector<PersonRecord>& person, Timestamp exported_at,
                         const std::string& program_name);

}  // namespace minipilot

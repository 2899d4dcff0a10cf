// Importing another city's public lessons catalogue: read-only lessons, kept apart from the ledger's money.
#pragma once

#include <string>
#include <string_view>

#include "minipilot/domain/lessons.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// What an import did.
struct LessonsImported {
  LessonSource source;                   ///< the catalogue as now kept
  std::optional<LessonSource> replaced;  ///< the one it replaced, if any
};

/// Reads the catalogue `text` (parse_lessons_file) and keeps its lessons as
/// `city`'s, replacing that city's earlier ones in one transaction, with one
/// `lessons import` event (city, count, generated_at and the file's
/// SHA-256). Pilots, payments, tallies and applicants are not touched.
/// Throws: permission (not admin), invalid (a bad file, an unknown
/// format_version), conflict (the city's own catalogue, or one older than
/// the one kept).
LessonsImported import_lessons(const OpContext& ctx, std::string_view text);

}  // namespace minipilot

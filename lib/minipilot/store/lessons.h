// Other cities' lessons on the store: one catalogue per city, kept apart from pilots, payments and people.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/domain/lessons.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The catalogue imported from `city`, whatever the case of its letters (fold_case).
std::optional<LessonSource> find_lesson_source(Store& store, const std::string& city);

/// Every imported catalogue, by city.
std::vector<LessonSource> lesson_sources(Store& store);

/// Replaces the catalogue of `old_city` (the stored spelling; "" when there
/// was none) with `source` and its `lessons`, in the caller's transaction.
void replace_lessons(Store& store, const std::string& old_city, const LessonSource& source,
                     const std::vector<Lesson>& lessons);

/// The imported lessons passing `filter` (city and search whatever their
/// case; the tag folded already, as check_tags folds it), by city, then the day they were completed, newest
/// first, then id.
std::vector<Lesson> find_imported_lessons(Store& store, const LessonFilter& filter);

}  // namespace minipilot

// `lessons list` and `lessons import` as JSON and as Documents for people.
#pragma once

#include <string>
#include <vector>

#include "minipilot/domain/chain.h"
#include "minipilot/domain/lessons.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// {"filter": {search, tag, city}, "count": N, "lessons": [{city, own, id,
/// title, area_name, start_date, end_date, completed_on, outcome,
/// participants, summary, lessons, tags}], "chain_head"}.
std::string lessons_json(const LessonFilter& filter, const std::vector<Lesson>& lessons, const ChainHead* head);

/// A block per lesson, titled with its city, area, outcome and title.
/// `own_city` names this city's own lessons ([program] municipality, or the programme's name).
Document lessons_document(const LessonFilter& filter, const std::vector<Lesson>& lessons, const std::string& own_city);

/// The blocks of `lessons_document` alone, for the public outcomes page's other cities.
std::vector<Section> lesson_sections(const std::vector<Lesson>& lessons, const std::string& own_city);

/// {"city", "program", "generated_at", "lessons": N, "sha256", "replaced": {generated_at, lessons} or null}.
std::string import_json(const LessonSource& source, const std::optional<LessonSource>& replaced);

}  // namespace minipilot

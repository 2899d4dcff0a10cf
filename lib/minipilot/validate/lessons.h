// Reading another city's public lessons catalogue (docs/lessons-format.md), strictly: what is not known is refused.
#pragma once

#include <string_view>

#include "minipilot/core/checked.h"
#include "minipilot/domain/lessons.h"

namespace minipilot {

/// The format this minipilot writes and reads.
inline constexpr const char* kLessonsFormat = "minipilot-lessons";
inline constexpr int kLessonsFormatVersion = 1;

/// Parses a catalogue: JSON of format "minipilot-lessons", format_version
/// 1, a city, generated_at and the lessons, each with the fields of
/// docs/lessons-format.md and no others (a personal field such as
/// applicant_name is refused, not dropped). Texts are checked as at
/// `complete`, tags as `--tags`. Every refusal is a bad file (exit 3).
Checked<LessonsFile> parse_lessons_file(std::string_view text);

}  // namespace minipilot

// Lessons shared between cities (spec §7 "Lessons exchange"): the public catalogue's lessons, this city's and others'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace minipilot {

/// One lesson of a public catalogue (docs/lessons-format.md): a completed
/// pilot without anything about the people behind it.
struct Lesson {
  std::string city;  ///< whose: the [program] municipality of the city that published it
  bool own = false;  ///< this ledger's own completed pilot, not an imported one
  std::string id;    ///< the pilot's id in its city's ledger; (city, id) is the lesson's key
  std::string title;
  std::string area;  ///< the area's id in its city ("" when the file gave none)
  std::string area_name;
  std::string start_date, end_date;  ///< "2026-04-01"; "" when not planned
  std::string completed_on;          ///< the local day the outcome was recorded
  std::string outcome;               ///< success, partial or failed
  std::optional<int64_t> participants;
  std::string summary;
  std::string lessons;
  std::vector<std::string> tags;  ///< folded
};

/// A catalogue file as read: which city made it, when, and its lessons.
struct LessonsFile {
  std::string city;
  std::string program;
  std::string generated_at;  ///< ISO 8601 UTC, as the file says
  std::vector<Lesson> lessons;
};

/// An imported catalogue as kept: one per city, the latest replacing the one before.
struct LessonSource {
  std::string city;
  std::string program;
  std::string generated_at;
  std::string sha256;  ///< of the file's bytes
  std::string imported_at;
  std::string imported_by;
  int64_t lessons = 0;
};

/// Which lessons `lessons list` shows: all given parts must hold.
struct LessonFilter {
  std::string search;  ///< folded; in the title, summary or lessons
  std::string tag;     ///< folded; one theme
  std::string city;    ///< as given; "" for every city, this one included
};

}  // namespace minipilot

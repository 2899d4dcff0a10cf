// The lessons tables on SQLite (schema 12): lesson_sources, one row per city, and its lessons.
#include "minipilot/store/lessons.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/collate.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/store/pilot_lists.h"

namespace minipilot {

namespace {

constexpr const char* kSourceColumns =
    "SELECT city, program, generated_at, sha256, imported_at, imported_by, lessons FROM lesson_sources ";

LessonSource source_row(sql::Statement& q) {
  return {q.column(0).text(), q.column(1).text(), q.column(2).text(), q.column(3).text(),
          q.column(4).text(), q.column(5).text(), q.column(6).int64()};
}

void bind_text(sql::Statement& q, int i, const std::string& text) {
  if (text.empty()) {
    q.bind(i);
  } else {
    q.bind(i, text);
  }
}

}  // namespace

std::optional<LessonSource> find_lesson_source(Store& store, const std::string& city) {
  sql::Statement q(engine(store).sql(), std::string(kSourceColumns) + "WHERE fold_case(city) = ?");
  q.bind(1, fold_case(city));
  if (!q.step()) return std::nullopt;
  return source_row(q);
}

std::vector<LessonSource> lesson_sources(Store& store) {
  sql::Statement q(engine(store).sql(), std::string(kSourceColumns) + "ORDER BY city");
  std::vector<LessonSource> out;
  while (q.step()) out.push_back(source_row(q));
  return out;
}

void replace_lessons(Store& store, const std::string& old_city, const LessonSource& s,
                     const std::vector<Lesson>& lessons) {
  sql::Connection& db = engine(store).sql();
  if (!old_city.empty()) {
    sql::Statement drop(db, "DELETE FROM lessons WHERE city = ?");
    drop.bind(1, old_city);
    drop.run();
    sql::Statement source(db, "DELETE FROM lesson_sources WHERE city = ?");
    source.bind(1, old_city);
    source.run();
  }
  sql::Statement source(db, "INSERT INTO lesson_sources VALUES (?, ?, ?, ?, ?, ?, ?)");
  source.bind(1, s.city);
  source.bind(2, s.program);
  source.bind(3, s.generated_at);
  source.bind(4, s.sha256);
  source.bind(5, s.imported_at);
  source.bind(6, s.imported_by);
  source.bind(7, s.lessons);
  source.run();
  sql::Statement add(db, "INSERT INTO lessons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Lesson& l : lessons) {
    add.reset();
    add.bind(1, s.city);
    add.bind(2, l.id);
    add.bind(3, l.title);
    add.bind(4, l.area_name);
    bind_text(add, 5, l.start_date);
    bind_text(add, 6, l.end_date);
    add.bind(7, l.completed_on);
    add.bind(8, l.outcome);
    if (l.participants) {
      add.bind(9, *l.participants);
    } else {
      add.bind(9);
    }
    add.bind(10, l.summary);
    add.bind(11, l.lessons);
    add.bind(12, fmt::format("{}", fmt::join(l.tags, ",")));
    add.run();
  }
}

std::vector<Lesson> find_imported_lessons(Store& store, const LessonFilter& f) {
  sql::Statement q(
      engine(store).sql(),
      "SELECT city, id, title, area_name, start_date, end_date, completed_on, outcome, participants, "
      "summary, lessons, tags FROM lessons WHERE (?1 = '' OR fold_case(city) = ?1) "
      "AND (?2 = '' OR instr(fold_case(title), ?2) > 0 OR instr(fold_case(summary), ?2) > 0 "
      "OR instr(fold_case(lessons), ?2) > 0) AND (?3 = '' OR instr(',' || tags || ',', ',' || ?3 || ',') > 0) "
      "ORDER BY city, completed_on DESC, id");
  q.bind(1, fold_case(f.city));
  q.bind(2, fold_case(f.search));
  q.bind(3, f.tag);
  std::vector<Lesson> out;
  while (q.step()) {
    Lesson l;
    l.city = q.column(0).text();
    l.id = q.column(1).text();
    l.title = q.column(2).text();
    l.area_name = q.column(3).text();
    l.start_date = text_column(q, 4);
    l.end_date = text_column(q, 5);
    l.completed_on = q.column(6).text();
    l.outcome = q.column(7).text();
    if (!q.column(8).is_null()) l.participants = q.column(8).int64();
    l.summary = q.column(9).text();
    l.lessons = q.column(10).text();
    l.tags = split_tags(q.column(11).text());
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace minipilot

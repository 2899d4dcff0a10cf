// Lessons renderers.
#include "minipilot/formats/lessons_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/status.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

std::string lessons_json(const LessonFilter& filter, const std::vector<Lesson>& lessons, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("filter").begin_object();
  j.key("search").string_or_null(filter.search).key("tag").string_or_null(filter.tag);
  j.key("city").string_or_null(filter.city).end_object();
  j.key("count").value(static_cast<int64_t>(lessons.size()));
  j.key("lessons").begin_array();
  for (const Lesson& l : lessons) {
    j.begin_object().key("city").value(l.city).key("own").value(l.own);
    j.key("id").value(l.id).key("title").value(l.title).key("area_name").value(l.area_name);
    j.key("start_date").string_or_null(l.start_date).key("end_date").string_or_null(l.end_date);
    j.key("completed_on").value(l.completed_on).key("outcome").value(l.outcome).key("participants");
    l.participants ? j.value(*l.participants) : j.null();
    j.key("summary").value(l.summary).key("lessons").value(l.lessons);
    j.key("tags").begin_array();
    for (const std::string& t : l.tags) j.value(t);
    j.end_array().end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

std::vector<Section> lesson_sections(const std::vector<Lesson>& lessons, const std::string& own_city) {
  std::vector<Section> out;
  for (const Lesson& l : lessons) {
    const std::string city = l.own ? own_city : l.city;
    Section s{fmt::format("{} · {} · {} · {}", city, l.area_name, outcome_text(l.outcome), l.title), {}, {}, {}};
    if (!l.start_date.empty() || !l.end_date.empty())
      s.rows.push_back({tr("Period"), date_shown(l.start_date) + "–" + date_shown(l.end_date)});
    s.rows.push_back({tr("Completed"), date_shown(l.completed_on)});
    if (l.participants) s.rows.push_back({tr("Participants"), std::to_string(*l.participants)});
    if (!l.summary.empty()) s.rows.push_back({tr("Summary"), l.summary});
    if (!l.lessons.empty()) s.rows.push_back({tr("Lessons"), l.lessons});
    if (!l.tags.empty()) s.rows.push_back({tr("Tags"), fmt::format("{}", fmt::join(l.tags, ", "))});
    // TRANSLATORS: a lesson's id in its city's ledger, and the city: "MP-2026-0003, Tampere".
    s.rows.push_back({tr("Source"), fmt::format("{}, {}", l.id, city)});
    out.push_back(std::move(s));
  }
  return out;
}

Document lessons_document(const LessonFilter& filter, const std::vector<Lesson>& lessons, const std::string& own_city) {
  std::vector<std::string> parts;
  // TRANSLATORS: a list's filter: one city's lessons.
  if (!filter.city.empty()) parts.push_back(trf("city {}", filter.city));
  if (!filter.tag.empty()) parts.push_back(trf("tag '{}'", filter.tag));
  if (!filter.search.empty()) parts.push_back(trf("search '{}'", filter.search));
  // TRANSLATORS: the title of `lessons list` (and its filter): lessons of this city and of others.
  Document d{parts.empty() ? tr("Lessons of the pilots, this city's and others'")
                           : trf("Lessons of the pilots ({})", fmt::join(parts, ", ")),
             {}};
  // TRANSLATORS: the line under the title of `lessons list`: how many lessons were found.
  d.lead = trnf("{} lesson", "{} lessons", lessons.size(), lessons.size());
  d.sections = lesson_sections(lessons, own_city);
  if (lessons.empty()) d.sections.push_back({tr("No lessons found"), {}, {{tr("Lessons"), "0"}}, {}});
  return d;
}

std::string import_json(const LessonSource& source, const std::optional<LessonSource>& replaced) {
  JsonWriter j(2);
  j.begin_object().key("city").value(source.city).key("program").value(source.program);
  j.key("generated_at").value(source.generated_at).key("lessons").value(source.lessons);
  j.key("sha256").value(source.sha256).key("replaced");
  if (replaced) {
    j.begin_object().key("generated_at").value(replaced->generated_at).key("lessons").value(replaced->lessons);
    j.end_object();
  } else {
    j.null();
  }
  j.end_object();
  return j.str() + "\n";
}

}  // namespace minipilot

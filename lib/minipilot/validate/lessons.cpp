// The lessons catalogue read with nlohmann/json (Debian's nlohmann-json3-dev), then checked field by field.
#include "minipilot/validate/lessons.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <unordered_set>
#include <utility>

#include "minipilot/core/i18n.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

using nlohmann::json;

// A refusal of the file, naming where in it: "lessons[3].title: ...".
struct Bad {
  std::string message;
};

constexpr std::array<std::string_view, 10> kFileKeys{"format", "format_version", "city",  "program", "generated_at",
                                                     "public", "filter",         "count", "lessons", "chain_head"};
constexpr std::array<std::string_view, 12> kLessonKeys{"id",           "title",    "area",         "area_name",
                                                       "start_date",   "end_date", "completed_on", "outcome",
                                                       "participants", "summary",  "lessons",      "tags"};

template <size_t N>
void known_keys(const json& object, const std::array<std::string_view, N>& keys, const std::string& where) {
  for (const auto& [key, value] : object.items())
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      // TRANSLATORS: a key the lessons format does not have; {} are where in the file and the key.
      throw Bad{trf("{}: the key '{}' is not in the lessons format", where, key)};
}

const json& member(const json& object, const char* key, const std::string& where) {
  const auto it = object.find(key);
  // TRANSLATORS: a key missing from a lessons catalogue; {} are where in the file and the key.
  if (it == object.end()) throw Bad{trf("{}: '{}' is missing", where, key)};
  return *it;
}

std::string string_of(const json& value, const std::string& where) {
  // TRANSLATORS: a value of a lessons catalogue that is not text; {} is where in the file.
  if (!value.is_string()) throw Bad{trf("{} is not text", where)};
  return value.get<std::string>();
}

// A text checked as the city's own would be, at most `max` characters.
std::string text_of(const json& object, const char* key, const std::string& where, size_t max, Lines lines,
                    bool required) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) throw Bad{trf("{}: '{}' is missing", where, key)};
    return {};
  }
  const std::string field = where + "." + key;
  const Checked<std::string> t = check_text(string_of(*it, field), field, max, lines);
  if (!t.ok()) throw Bad{t.error};
  if (required && t.value.empty()) throw Bad{trf("{}: '{}' is empty", where, key)};
  return t.value;
}

std::string date_of(const json& object, const char* key, const std::string& where, bool required) {
  const std::string text = text_of(object, key, where, 10, Lines::single, required);
  if (text.empty()) return text;
  const Checked<Date> d = parse_date(text);
  // TRANSLATORS: a date of a lessons catalogue that is not one; {} are where and the text.
  if (!d.ok() || format_date(d.value) != text) throw Bad{trf("{}.{}: '{}' is not a date 2026-03-01", where, key, text)};
  return text;
}

Lesson lesson_of(const json& l, const std::string& where) {
  if (!l.is_object()) throw Bad{trf("{} is not an object", where)};
  known_keys(l, kLessonKeys, where);
  Lesson out;
  out.id = text_of(l, "id", where, 40, Lines::single, true);
  out.title = text_of(l, "title", where, kMaxTitleChars, Lines::single, true);
  out.area = text_of(l, "area", where, kMaxNameChars, Lines::single, false);
  out.area_name = text_of(l, "area_name", where, kMaxNameChars, Lines::single, false);
  out.start_date = date_of(l, "start_date", where, false);
  out.end_date = date_of(l, "end_date", where, false);
  out.completed_on = date_of(l, "completed_on", where, true);
  out.outcome = text_of(l, "outcome", where, 10, Lines::single, true);
  if (out.outcome != "success" && out.outcome != "partial" && out.outcome != "failed")
    // TRANSLATORS: success, partial and failed are the outcome's values (not translated).
    throw Bad{trf("{}.outcome: '{}' is not success, partial or failed", where, out.outcome)};
  if (const auto p = l.find("participants"); p != l.end() && !p->is_null()) {
    if (!p->is_number_integer() || p->get<int64_t>() < 0 || p->get<int64_t>() > 10'000'000)
      throw Bad{trf("{}.participants is not a whole number from 0 to 10000000", where)};
    out.participants = p->get<int64_t>();
  }
  out.summary = text_of(l, "summary", where, kMaxDescriptionChars, Lines::multi, false);
  out.lessons = text_of(l, "lessons", where, kMaxDescriptionChars, Lines::multi, false);
  const json& tags = member(l, "tags", where);
  if (!tags.is_array()) throw Bad{trf("{}.tags is not a list", where)};
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string at = fmt::format("{}.tags[{}]", where, i);
    const Checked<std::vector<std::string>> t = check_tags(string_of(tags[i], at));
    if (!t.ok()) throw Bad{at + ": " + t.error};
    if (t.value.size() != 1) throw Bad{trf("{}: one tag may not hold a comma", at)};
    if (std::find(out.tags.begin(), out.tags.end(), t.value.front()) == out.tags.end())
      out.tags.push_back(t.value.front());
  }
  if (out.tags.size() > kMaxTags) throw Bad{trf("{}.tags: more than {} tags", where, kMaxTags)};
  return out;
}

LessonsFile file_of(const json& doc) {
  // TRANSLATORS: the whole of a lessons catalogue file, in messages such as "the file is not a JSON object".
  const std::string top = tr("the file");
  if (!doc.is_object()) throw Bad{trf("{} is not a JSON object", top)};
  const auto format = doc.find("format");
  if (format == doc.end() && doc.contains("groups"))
    throw Bad{
        tr("the file is the city's own outcomes report, with personal data: a catalogue is made with "
           "'report outcomes --public --format json'")};
  if (format == doc.end() || !format->is_string() || format->get<std::string>() != kLessonsFormat)
    // TRANSLATORS: {} is the format's name, minipilot-lessons (not translated).
    throw Bad{trf("the file is not a lessons catalogue: its \"format\" is not \"{}\"", kLessonsFormat)};
  const json& version = member(doc, "format_version", top);
  if (!version.is_number_integer() || version.get<int64_t>() != kLessonsFormatVersion)
    // TRANSLATORS: a lessons catalogue of a version this minipilot cannot read; {} are its version and ours.
    throw Bad{trf("the file is of format_version {}, which this minipilot does not know: it reads version {}",
                  version.dump(), kLessonsFormatVersion)};
  known_keys(doc, kFileKeys, top);
  if (const auto p = doc.find("public"); p != doc.end() && *p != json(true))
    throw Bad{tr("the file is not a public catalogue (\"public\" is not true)")};
  // A catalogue replaces the city's whole one: a filtered one (a month's, an
  // area's) would drop every lesson it leaves out.
  if (const auto f = doc.find("filter"); f != doc.end()) {
    if (!f->is_object()) throw Bad{tr("filter is not an object")};
    for (const auto& [key, value] : f->items())
      if (!value.is_null() && !(value.is_array() && value.empty()))
        // TRANSLATORS: a catalogue made with a filter; {} is the filter's key (year, area, from, ...).
        throw Bad{
            trf("the file is a filtered catalogue ('{}' is given): import the city's whole catalogue, made "
                "without filters",
                key)};
  }
  LessonsFile out;
  out.city = text_of(doc, "city", top, kMaxNameChars, Lines::single, false);
  if (out.city.empty()) throw Bad{tr("the file names no city: the city that publishes it sets [program] municipality")};
  out.program = text_of(doc, "program", top, kMaxNameChars, Lines::single, false);
  const std::string at = text_of(doc, "generated_at", top, 40, Lines::single, true);
  const Checked<Timestamp> when = parse_timestamp(at);
  if (!when.ok()) throw Bad{trf("generated_at: '{}' is not a time 2026-03-01T10:00:00Z", at)};
  out.generated_at = format_timestamp(when.value);
  const json& lessons = member(doc, "lessons", top);
  if (!lessons.is_array()) throw Bad{tr("lessons is not a list")};
  std::unordered_set<std::string> ids;
  for (size_t i = 0; i < lessons.size(); ++i) {
    Lesson l = lesson_of(lessons[i], fmt::format("lessons[{}]", i));
    l.city = out.city;
    // TRANSLATORS: two lessons of one file with the same id; {} is the id.
    if (!ids.insert(l.id).second) throw Bad{trf("lessons[{}]: the id '{}' is there twice", i, l.id)};
    out.lessons.push_back(std::move(l));
  }
  if (const auto c = doc.find("count");
      c != doc.end() && (!c->is_number_integer() || c->get<int64_t>() != static_cast<int64_t>(out.lessons.size())))
    throw Bad{trf("count is {} but the file holds {} lessons", c->dump(), out.lessons.size())};
  return out;
}

}  // namespace

namespace {

// Where a byte offset is, as an editor shows it: "line 3, column 14".
std::pair<size_t, size_t> line_column(std::string_view text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line, column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

Checked<LessonsFile> parse_lessons_file(std::string_view text) {
  using R = Checked<LessonsFile>;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return R::bad(tr("the file is empty"));
  if (text.substr(0, 16) == std::string_view("SQLite format 3\0", 16))
    return R::bad(tr("the file is a SQLite database (a ledger?), not a lessons catalogue"));
  try {
    return Checked<LessonsFile>::good(file_of(json::parse(text)));
  } catch (const json::parse_error& e) {
    const auto [line, column] = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
    // TRANSLATORS: the file is not JSON; {} are the line and column where reading stopped.
    return R::bad(trf("the file is not JSON (line {}, column {})", line, column));
  } catch (const Bad& b) {
    return Checked<LessonsFile>::bad(b.message);
  } catch (const json::exception& e) {  // a number too large for int64_t, and the like
    return Checked<LessonsFile>::bad(trf("the file is not a lessons catalogue: {}", e.what()));
  }
}

}  // namespace minipilot

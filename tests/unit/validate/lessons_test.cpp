// Tests of validate/lessons: another city's catalogue read strictly, every refusal a sentence naming the place.
#include "minipilot/validate/lessons.h"

#include <doctest/doctest.h>

#include <string>

using namespace minipilot;

namespace {

std::string file(const std::string& lessons, const std::string& head = "") {
  return "{\"format\": \"minipilot-lessons\", \"format_version\": 1, \"city\": \"Tampere\", " + head +
         "\"generated_at\": \"2026-06-01T11:00:00+03:00\", \"lessons\": [" + lessons + "]}";
}

const std::string kLesson =
    "{\"id\": \"MP-2026-0007\", \"title\": \"Talvipyöräily\", \"completed_on\": \"2026-05-20\", "
    "\"outcome\": \"partial\", \"summary\": \"Kokeiltiin.\", \"lessons\": \"Rivi 1\\nRivi 2\", "
    "\"tags\": [\"Liikunta\", \"liikunta\", \"talvi\"]}";

std::string error_of(const std::string& text) {
  const Checked<LessonsFile> f = parse_lessons_file(text);
  CHECK_FALSE(f.ok());
  return f.error;
}

}  // namespace

TEST_CASE("lessons file: a valid catalogue - the time in UTC, tags folded once, optional keys absent") {
  const Checked<LessonsFile> f = parse_lessons_file(file(kLesson));
  REQUIRE(f.ok());
  CHECK(f.value.city == "Tampere");
  CHECK(f.value.generated_at == "2026-06-01T08:00:00Z");
  REQUIRE(f.value.lessons.size() == 1);
  const Lesson& l = f.value.lessons[0];
  CHECK(l.city == "Tampere");
  CHECK(l.id == "MP-2026-0007");
  CHECK(l.outcome == "partial");
  CHECK(l.lessons == "Rivi 1\nRivi 2");
  CHECK(l.tags == std::vector<std::string>{"liikunta", "talvi"});
  CHECK_FALSE(l.participants.has_value());
  CHECK(l.start_date.empty());
  CHECK(parse_lessons_file(file("")).ok());  // a city with no lessons yet
}

TEST_CASE("lessons file: the version, the format and personal keys are checked before anything else") {
  std::string v2 = file(kLesson);
  v2.replace(v2.find("\"format_version\": 1"), 19, "\"format_version\": 2");
  CHECK(error_of(v2) == "the file is of format_version 2, which this minipilot does not know: it reads version 1");
  std::string text = file(kLesson);
  text.replace(text.find("\"format_version\": 1"), 19, "\"format_version\": \"1\"");
  CHECK(error_of(text).find("format_version \"1\"") != std::string::npos);
  CHECK(error_of("{\"format\": \"minipilot-outcomes\"}").find("is not a lessons catalogue") != std::string::npos);
  CHECK(error_of(file(kLesson, "\"public\": false, ")).find("not a public catalogue") != std::string::npos);
  CHECK(error_of(file(kLesson, "\"extra\": 1, ")) == "the file: the key 'extra' is not in the lessons format");
  std::string personal = kLesson;
  personal.insert(1, "\"email\": \"a@b.fi\", ");
  CHECK(error_of(file(personal)) == "lessons[0]: the key 'email' is not in the lessons format");
}

TEST_CASE("lessons file: each bad value named where it is") {
  const auto with = [](const std::string& from, const std::string& to) {
    std::string l = kLesson;
    l.replace(l.find(from), from.size(), to);
    return error_of(file(l));
  };
  CHECK(with("\"outcome\": \"partial\"", "\"outcome\": \"meh\"") ==
        "lessons[0].outcome: 'meh' is not success, partial or failed");
  CHECK(with("\"completed_on\": \"2026-05-20\"", "\"completed_on\": \"20.5.2026\"").find("is not a date 2026-03-01") !=
        std::string::npos);
  CHECK(with("\"completed_on\": \"2026-05-20\"", "\"completed_on\": \"2026-02-30\"").find("is not a date") !=
        std::string::npos);
  CHECK(with("\"title\": \"Talvipyöräily\"", "\"title\": \"\"") == "lessons[0]: 'title' is empty");
  CHECK(with("\"title\": \"Talvipyöräily\"", "\"title\": 7") == "lessons[0].title is not text");
  CHECK(with("\"tags\": [", "\"participants\": -1, \"tags\": [").find("participants is not a whole number") !=
        std::string::npos);
  CHECK(with("\"tags\": [\"Liikunta\"", "\"tags\": [\"a,b\"") == "lessons[0].tags[0]: one tag may not hold a comma");
  CHECK(with("\"tags\": [\"Liikunta\", \"liikunta\", \"talvi\"]", "\"tags\": \"talvi\"") ==
        "lessons[0].tags is not a list");
  CHECK(with("\"summary\": \"Kokeiltiin.\"", "\"summary\": \"a\\u0007b\"").find("control character") !=
        std::string::npos);
  CHECK(error_of(file(kLesson + "," + kLesson)) == "lessons[1]: the id 'MP-2026-0007' is there twice");
  CHECK(error_of(file(kLesson, "\"count\": 2, ")) == "count is 2 but the file holds 1 lessons");
  CHECK(error_of("{\"format\": ").find("the file is not JSON (line 1, column") == 0);
}

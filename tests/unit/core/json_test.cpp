// Tests of core/json: the JSON writer behind every --format json.
#include "minipilot/core/json.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("json: keys stay in the order written, with commas between") {
  JsonWriter j;
  j.begin_object()
      .key("b")
      .value(1)
      .key("a")
      .value("x")
      .key("c")
      .begin_array()
      .value(true)
      .null()
      .end_array()
      .end_object();
  CHECK(j.str() == R"({"b":1,"a":"x","c":[true,null]})");
}

TEST_CASE("json: escapes quotes, backslashes and control characters, keeps UTF-8") {
  CHECK(json_quote("a\"b\\c\nd\x01ä") == "\"a\\\"b\\\\c\\nd\\u0001ä\"");
}

TEST_CASE("json: indents nested containers and leaves empty ones closed") {
  JsonWriter j(2);
  j.begin_object().key("e").begin_object().end_object().key("l").begin_array().value(1).end_array().end_object();
  CHECK(j.str() == "{\n  \"e\": {},\n  \"l\": [\n    1\n  ]\n}");
}

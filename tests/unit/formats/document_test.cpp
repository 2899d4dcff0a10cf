// Tests of formats/document: text fitting, Markdown, CSV quoting and formula defence, HTML escaping.
#include <doctest/doctest.h>

#include "minipilot/formats/document.h"
#include "minipilot/validate/text.h"

using namespace minipilot;

namespace {
Document sample() {
  return Document{"Raportti", {{"Alueet", {"Alue", "Määrä"}, {{"Keskusta", "12"}, {"=cmd|' /C calc'!A0", "3"}}, {false, true}},
                              {"Tiedot", {}, {{"Nimi", "Äänekoski; \"x\""}}, {}}}};
}
}  // namespace

TEST_CASE("document: text aligns columns, numbers to the right") {
  const std::string t = render_text(sample(), 200, false);
  CHECK(t.find("\nAlue                Määrä\n") != std::string::npos);
  CHECK(t.find("\nKeskusta               12\n") != std::string::npos);
  CHECK(t.find("\n=cmd|' /C calc'!A0      3\n") != std::string::npos);
}

TEST_CASE("document: text cuts long cells with an ellipsis to fit the width") {
  Document d{"", {{"S", {"A", "B"}, {{std::string(50, 'x'), std::string(50, 'y')}}, {}}}};
  const std::string t = render_text(d, 40, false);
  for (size_t start = 0, end; (end = t.find('\n', start)) != std::string::npos; start = end + 1)
    CHECK(utf8_length(t.substr(start, end - start)).value_or(999) <= 40);
  CHECK(t.find("…") != std::string::npos);
}

TEST_CASE("document: csv quotes delimiters and quotes and defuses formulas") {
  const std::string c = render_csv(sample(), CsvDialect{});
  CHECK(c.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(c.find("'=cmd|' /C calc'!A0;3\r\n") != std::string::npos);
  CHECK(c.find("Nimi;\"Äänekoski; \"\"x\"\"\"\r\n") != std::string::npos);
  CHECK(csv_cell("-5", ';', true) == "-5");
  CHECK(csv_cell("-5", ';', false) == "'-5");
  CHECK(csv_cell("@SUM(A1)", ',', false) == "'@SUM(A1)");
}

TEST_CASE("document: markdown escapes pipes - html escapes markup") {
  Document d{"<b>", {{"S", {"A"}, {{"a|b"}, {"<script>"}}, {}}}};
  CHECK(render_markdown(d).find("a\\|b") != std::string::npos);
  const std::string h = render_html(d);
  CHECK(h.find("&lt;script&gt;") != std::string::npos);
  CHECK(h.find("<script>") == std::string::npos);
}

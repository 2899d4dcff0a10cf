// Tests of formats/document: text fitting, Markdown, CSV quoting and formula defence, HTML escaping.
#include "minipilot/formats/document.h"

#include <doctest/doctest.h>

#include "minipilot/validate/text.h"

using namespace minipilot;

namespace {
Document sample() {
  return Document{
      "Raportti",
      {{"Alueet", {"Alue", "Määrä"}, {{"Keskusta", "12"}, {"=cmd|' /C calc'!A0", "3"}}, {Col::text, Col::number}},
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
  Document d{"",
             {{"S",
               {"ID", "A", "B", "Sum"},
               {{"MP-2026-0001", std::string(50, 'x'), std::string(50, 'y'), "1234.50"}},
               {Col::text, Col::text, Col::text, Col::money}}}};
  const std::string t = render_text(d, 60, false);
  // The identifier and the amount are never cut; the text columns give way.
  CHECK(t.find("\nMP-2026-0001  xxxxx") != std::string::npos);
  CHECK(t.find("  1,234.50 €\n") != std::string::npos);
  for (size_t start = 0, end; (end = t.find('\n', start)) != std::string::npos; start = end + 1)
    CHECK(utf8_length(t.substr(start, end - start)).value_or(999) <= 60);
  CHECK(t.find("…") != std::string::npos);
}

TEST_CASE(
    "document: key/value text wraps long values at spaces and never cuts or breaks a word (issue 11: a hash is a "
    "witness)") {
  const std::string hash(64, 'a');
  Document d{"",
             {{"S", {}, {{"Chain head", "event 184 " + hash}, {"Lessons", "yksi kaksi kolme neljä viisi kuusi"}}, {}}}};
  const std::string t = render_text(d, 40, false);
  // The hash gets a line of its own, whole, though it runs past the 40 columns.
  CHECK(t == "S\nChain head  event 184\n            " + hash +
                 "\nLessons     yksi kaksi kolme neljä viisi\n            kuusi\n");
  CHECK(t.find("…") == std::string::npos);
}

TEST_CASE("document: code columns (ids, times) are never cut, text gives way") {
  Document d{"",
             {{"S",
               {"#", "When", "Note"},
               {{"1", "2026-03-01T10:00:00Z", std::string(60, 'n')}},
               {Col::number, Col::code, Col::text}}}};
  const std::string t = render_text(d, 40, false);
  CHECK(t.find("1  2026-03-01T10:00:00Z  nnnnnnnnnnnnnn…\n") != std::string::npos);
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

TEST_CASE("document: money columns carry the euro sign for people and the dialect's decimal in CSV") {
  Document d{"Maksut",
             {{"Maksut", {"Saaja", "Summa"}, {{"Äijä", "1234.50"}, {"-Miinus", "-5.00"}}, {Col::text, Col::money}}}};
  CHECK(render_text(d, 80, false).find("Äijä     1,234.50 €\n") != std::string::npos);
  CHECK(render_markdown(d).find("| Äijä | 1,234.50 € |") != std::string::npos);
  CHECK(render_html(d).find("<td class=\"n\">1,234.50 €</td>") != std::string::npos);
  // One table: no title row, no trailing blank line; amounts as numbers, text defused.
  CHECK(render_csv(d, CsvDialect{}) ==
        "\xEF\xBB\xBF"
        "Saaja;Summa\r\nÄijä;1234,50\r\n'-Miinus;-5,00\r\n");
  CHECK(render_csv(d, CsvDialect{',', '.', false}) == "Saaja,Summa\r\nÄijä,1234.50\r\n'-Miinus,-5.00\r\n");
}

TEST_CASE("document: html draws each chart as inline SVG with bars in proportion") {
  Section s{"Alueet", {"Alue", "Hakemuksia"}, {{"Keskusta", "4"}, {"Jukola", "2"}}, {Col::text, Col::number}};
  s.charts.push_back(
      {"Hakemukset <alueittain>", {{"hakemuksia"}}, {{"Keskusta", {4}, {}}, {"Jukola", {2}, {"kaksi"}}}});
  const std::string h = render_html(Document{"R", {s}});
  CHECK(h.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(h.find("<title>Hakemukset &lt;alueittain&gt;</title>") != std::string::npos);
  CHECK(h.find("width=\"270\"") != std::string::npos);  // the largest value fills the bar area
  CHECK(h.find("width=\"135\"") != std::string::npos);  // half of it, half as long
  CHECK(h.find(">kaksi</text>") != std::string::npos);  // a bar's own text replaces its number
  CHECK(h.find(">4</text>") != std::string::npos);
  // Charts are for HTML only: the other formats carry the same figures in the table.
  CHECK(render_markdown(Document{"R", {s}}).find("svg") == std::string::npos);
}

TEST_CASE("document: a line chart draws one polyline per series on its scale, with legend and labels (issue 17)") {
  Section s{"Rahat", {"Kuukausi", "Sidottu"}, {{"1", "0"}}, {Col::text, Col::money}};
  Chart c{"Rahat <kuukausittain>",
          {{"sidottu", colour::committed}, {"maksettu", colour::paid}, {"määräraha", colour::limit, true}},
          {{"1", {0, 0, 100}, {}}, {"2", {50, 0, 100}, {}}, {"3", {100, 50, 100}, {}}},
          Chart::Kind::lines,
          {"0 €", "1 €", "2 €"},
          200};
  s.charts.push_back(c);
  const std::string h = render_html(Document{"R", {s}});
  const auto count = [&](const std::string& what) {
    size_t n = 0;
    for (size_t at = 0; (at = h.find(what, at)) != std::string::npos; ++at) ++n;
    return n;
  };
  CHECK(count("<polyline ") == 3);
  CHECK(h.find("stroke=\"#1f5f99\" stroke-width=\"7\"") != std::string::npos);  // the first wide, under the rest
  CHECK(h.find("stroke=\"#e08a00\" stroke-width=\"3\"") != std::string::npos);
  CHECK(h.find("stroke=\"#6b6b6b\" stroke-width=\"2\" stroke-dasharray") != std::string::npos);  // the limit dashed
  // On a scale to 200, 100 is half way up: the budget line is flat at the middle rule.
  CHECK(h.find("points=\"84,") != std::string::npos);
  CHECK(h.find(">2 €</text>") != std::string::npos);
  CHECK(h.find(">määräraha</text>") != std::string::npos);  // the legend names each series
  CHECK(h.find("<title>Rahat &lt;kuukausittain&gt;</title>") != std::string::npos);
  // A numeric column's heading is aligned with its numbers.
  CHECK(h.find("<th class=\"n\">Sidottu</th>") != std::string::npos);
}

TEST_CASE("document: markdown escapes brackets, so that a title cannot become a link (issue 11)") {
  Document d{"", {{"S", {"Title"}, {{"[x](javascript:alert(1))"}}, {}}}};
  const std::string md = render_markdown(d);
  CHECK(md.find("\\[x\\](javascript:alert(1))") != std::string::npos);
  CHECK(md.find("[x](") == std::string::npos);
}

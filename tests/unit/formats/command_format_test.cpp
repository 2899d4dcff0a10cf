// Tests of formats/command_format: the rejects file keeps the input's columns, delimiter, BOM and encoding.
#include "minipilot/formats/command_format.h"

#include <doctest/doctest.h>

using namespace minipilot;

namespace {

BulkResult input(char delimiter, bool bom, TextEncoding encoding) {
  BulkResult r;
  r.header = {"Aikaleima", "Otsikko", "Hakija"};
  r.delimiter = delimiter;
  r.bom = bom;
  r.encoding = encoding;
  return r;
}

}  // namespace

TEST_CASE("rejects file: the input's columns as written, then line and error - short rows padded, long ones kept") {
  const std::vector<RejectedRow> rows{{3, {"1.3.2026", "Idea, iso", "Matti"}, "type is required", ErrorKind::invalid},
                                      {5, {"x"}, "1 fields where the header has 3", ErrorKind::invalid},
                                      {7, {"a", "b", "c", "d"}, "4 fields where the header has 3", ErrorKind::invalid}};
  const RejectsFile f = rejects_file(input(',', false, TextEncoding::utf8), rows);
  CHECK(f.bytes ==
        "Aikaleima,Otsikko,Hakija,line,error\r\n"
        "1.3.2026,\"Idea, iso\",Matti,3,type is required\r\n"
        "x,,,5,1 fields where the header has 3\r\n"
        "a,b,c,7,4 fields where the header has 3,d\r\n");
  CHECK(!f.utf8_fallback);
}

TEST_CASE("rejects file: a BOM when the input had one") {
  const RejectsFile f = rejects_file(input(';', true, TextEncoding::utf8), {});
  CHECK(f.bytes ==
        "\xEF\xBB\xBF"
        "Aikaleima;Otsikko;Hakija;line;error\r\n");
}

TEST_CASE("rejects file: Windows-1252 for a Windows-1252 input, UTF-8 with a BOM when it cannot write a character") {
  const BulkResult r = input(';', false, TextEncoding::cp1252);
  CHECK(rejects_file(r, {{2, {"x", "Pyöräily", "Väinö"}, "type is required", ErrorKind::invalid}}).bytes ==
        "Aikaleima;Otsikko;Hakija;line;error\r\nx;Py\xF6r\xE4ily;V\xE4in\xF6;2;type is required\r\n");
  const RejectsFile f = rejects_file(r, {{2, {"x", "Pyöräily", "Väinö"}, "nuoli → ei käy", ErrorKind::invalid}});
  CHECK(f.utf8_fallback);
  CHECK(f.bytes ==
        "\xEF\xBB\xBF"
        "Aikaleima;Otsikko;Hakija;line;error\r\nx;Pyöräily;Väinö;2;nuoli → ei käy\r\n");
}

// Tests of validate/encoding: UTF-8 checked across the whole file, Windows-1252 converted both ways.
#include "minipilot/validate/encoding.h"

#include <doctest/doctest.h>

#include <sstream>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {

// What DecodingBuf makes of `bytes`, or the Error's message and hint.
std::string decoded(const std::string& bytes, TextEncoding encoding) {
  std::istringstream in(bytes);
  DecodingBuf buf(*in.rdbuf(), encoding);
  std::istream text(&buf);
  try {
    return std::string(std::istreambuf_iterator<char>(text), {});
  } catch (const Error& e) {
    return std::string("error: ") + e.what() + " / " + e.hint();
  }
}

}  // namespace

TEST_CASE("encoding: UTF-8 passes as it is, BOM and all") {
  const std::string text = "\xEF\xBB\xBFotsikko;hakija\r\nPyöräily;Väinö\r\n";
  CHECK(decoded(text, TextEncoding::utf8) == text);
}

TEST_CASE("encoding: a byte that is not UTF-8 is found wherever it is, naming its line") {
  std::string big;
  for (int i = 1; i < 5000; ++i) big += "rivi " + std::to_string(i) + ";asukas\n";  // about 70 KiB: two chunks
  CHECK(decoded(big + "Py\xF6r\xE4ily\n", TextEncoding::utf8) ==
        "error: line 5000 is not UTF-8 text / Excel's 'CSV (erotin)' files are Windows-1252: give --encoding cp1252");
  CHECK(decoded("ok\nalmost \xC3", TextEncoding::utf8).find("error: line 2 is not UTF-8") == 0);  // cut short
  CHECK(decoded("overlong \xC0\xAF\n", TextEncoding::utf8).find("error: line 1") == 0);
  CHECK(decoded("surrogate \xED\xA0\x80\n", TextEncoding::utf8).find("error: line 1") == 0);
}

TEST_CASE("encoding: a NUL on the first line is a binary file, not a CSV file") {
  CHECK(decoded(std::string("SQLite format 3\0\x10\x00\xFF", 19), TextEncoding::utf8)
            .find("error: the first line is not text") == 0);
  CHECK(decoded(std::string("PK\x03\x04\x14\0", 6), TextEncoding::cp1252).find("error: the first line is not text") ==
        0);
}

TEST_CASE("encoding: Windows-1252 becomes UTF-8, three bytes for the euro sign") {
  CHECK(decoded("S\xE4hk\xF6posti;\x80\r\n\xC5land\r\n", TextEncoding::cp1252) == "Sähköposti;€\r\nÅland\r\n");
  CHECK(decoded("plain ASCII\n", TextEncoding::cp1252) == "plain ASCII\n");
}

TEST_CASE("encoding: a byte Windows-1252 leaves undefined is refused, naming its line") {
  CHECK(decoded("a\nb\x81\n", TextEncoding::cp1252).find("error: line 2: byte 0x81 is not a Windows-1252 character") ==
        0);
}

TEST_CASE("encoding: a UTF-8 file read as Windows-1252 is refused rather than garbled") {
  CHECK(decoded("Pyöräily\n", TextEncoding::cp1252) ==
        "error: the file is UTF-8, not Windows-1252: read as cp1252 its letters would be garbled / leave out "
        "--encoding cp1252");
}

TEST_CASE("encoding: UTF-8 back to Windows-1252, and nothing for a character it cannot write") {
  CHECK(to_cp1252("Väinö – 5 €") == std::optional<std::string>("V\xE4in\xF6 \x96 5 \x80"));
  CHECK(to_cp1252("nuoli →") == std::nullopt);
}

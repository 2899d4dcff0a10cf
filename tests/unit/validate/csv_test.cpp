// Tests of validate/csv: delimiter detection, BOM, RFC 4180 quoting.
#include "minipilot/validate/csv.h"

#include <doctest/doctest.h>

#include <sstream>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {
std::vector<CsvRecord> read_all(CsvReader& r) {
  std::vector<CsvRecord> out;
  for (CsvRecord rec; r.next(rec);) out.push_back(rec);
  return out;
}
}  // namespace

TEST_CASE("csv: a semicolon in the header makes it the delimiter - a BOM is skipped") {
  std::istringstream in("\xEF\xBB\xBFtitle;applicant\r\nKylätalo;Matti, M.\r\n");
  CsvReader r(in);
  CHECK(r.delimiter() == ';');
  CHECK(r.header() == std::vector<std::string>{"title", "applicant"});
  const auto rows = read_all(r);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == std::vector<std::string>{"Kylätalo", "Matti, M."});
  CHECK(rows[0].line == 2);
}

TEST_CASE("csv: commas otherwise - quotes hold delimiters, doubled quotes and line breaks") {
  std::istringstream in("title,applicant\n\"A, \"\"quoted\"\" title\",\"two\nlines\"\nlast,row");
  CsvReader r(in);
  CHECK(r.delimiter() == ',');
  const auto rows = read_all(r);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields[0] == "A, \"quoted\" title");
  CHECK(rows[0].fields[1] == "two\nlines");
  CHECK(rows[1].line == 4);
  CHECK(rows[1].fields == std::vector<std::string>{"last", "row"});
}

TEST_CASE("csv: blank lines are skipped and empty cells kept") {
  std::istringstream in("a;b;c\n\n1;;3\n\n");
  CsvReader r(in);
  const auto rows = read_all(r);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == std::vector<std::string>{"1", "", "3"});
}

TEST_CASE("csv: a quote that is never closed is an error naming its line") {
  std::istringstream in("a;b\n1;2\n\"open;3\n");
  CsvReader r(in);
  CsvRecord rec;
  CHECK(r.next(rec));
  try {
    r.next(rec);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid);
    CHECK(std::string(e.what()).find("line 3") != std::string::npos);
  }
}

TEST_CASE("csv: an empty input has no header") {
  std::istringstream in("");
  CsvReader r(in);
  CHECK(r.header().empty());
}

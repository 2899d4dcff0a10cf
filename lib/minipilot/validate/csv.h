// A streaming RFC 4180 CSV reader for imports: ";" or "," as found in the header, UTF-8 with or without BOM.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace minipilot {

/// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord {
  size_t line = 0;
  std::vector<std::string> fields;
};

/// Reads records one at a time, so that a file of a million rows needs
/// the memory of one. Quoted fields may hold the delimiter, doubled quotes
/// and line breaks; CRLF and LF both end a record; blank lines are skipped.
class CsvReader {
 public:
  /// Reads the header record and picks the delimiter: ";" when the header
  /// has one outside quotes, else ",". A leading UTF-8 BOM is skipped.
  explicit CsvReader(std::istream& in);

  /// The header's cells; empty when the input has no header.
  const std::vector<std::string>& header() const { return header_; }
  char delimiter() const { return delimiter_; }
  /// Whether the input began with a UTF-8 BOM (Excel's "CSV UTF-8").
  bool bom() const { return bom_; }

  /// Reads the next record into `out`; false at the end of the input.
  /// Throws Error{invalid} naming the line of a quote that is never closed.
  bool next(CsvRecord& out);

 private:
  CsvReader(std::istream& in, char delimiter);  // no header: splits one line
  bool read_record(CsvRecord& out, char delimiter);
  int get();
  int peek();

  std::streambuf* buf_;
  size_t line_ = 1;
  char delimiter_ = ',';
  bool bom_ = false;
  std::vector<std::string> header_;
};

}  // namespace minipilot

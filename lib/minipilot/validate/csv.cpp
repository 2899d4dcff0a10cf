// CSV reading with RFC 4180 quoting.
#include "minipilot/validate/csv.h"

#include <fmt/format.h>

#include <sstream>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {
constexpr int kEof = std::char_traits<char>::eof();
}  // namespace

CsvReader::CsvReader(std::istream& in) : buf_(in.rdbuf()) {
  if (peek() == 0xEF) {
    const std::string bom = "\xEF\xBB\xBF";
    size_t matched = 0;
    while (matched < bom.size() && peek() == static_cast<unsigned char>(bom[matched])) {
      get();
      ++matched;
    }
    bom_ = matched == bom.size();
  }
  // The header decides the delimiter: read it raw first, then split it.
  std::string raw;
  bool quoted = false;
  for (int c = get(); c != kEof && (quoted || (c != '\n')); c = get()) {
    if (c == '"') quoted = !quoted;
    if (c == ';' && !quoted) delimiter_ = ';';
    raw += static_cast<char>(c);
  }
  if (!raw.empty() && raw.back() == '\r') raw.pop_back();
  std::istringstream header_in(raw);
  CsvReader split(header_in, delimiter_);
  CsvRecord rec;
  if (split.read_record(rec, delimiter_)) header_ = std::move(rec.fields);
  line_ = 2;
}

CsvReader::CsvReader(std::istream& in, char delimiter) : buf_(in.rdbuf()), delimiter_(delimiter) {}

int CsvReader::get() {
  const int c = buf_->sbumpc();
  return c == kEof ? kEof : static_cast<unsigned char>(c);
}

int CsvReader::peek() {
  const int c = buf_->sgetc();
  return c == kEof ? kEof : static_cast<unsigned char>(c);
}

bool CsvReader::next(CsvRecord& out) {
  while (read_record(out, delimiter_)) {
    if (out.fields.size() > 1 || !out.fields.front().empty()) return true;  // skip blank lines
  }
  return false;
}

bool CsvReader::read_record(CsvRecord& out, char delimiter) {
  out.fields.clear();
  out.line = line_;
  if (peek() == kEof) return false;
  std::string field;
  bool in_quotes = false, was_quoted = false;
  for (;;) {
    const int c = get();
    if (in_quotes) {
      if (c == kEof)
        throw Error(ErrorKind::invalid, trf("line {}: a quoted field is never closed", out.line),
                    tr("a field that holds the delimiter or a quote must be in \"...\", with \" doubled"));
      if (c == '"' && peek() == '"') {
        get();
        field += '"';
      } else if (c == '"') {
        in_quotes = false;
      } else {
        if (c == '\n') ++line_;
        field += static_cast<char>(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      in_quotes = was_quoted = true;
    } else if (c == delimiter) {
      out.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n' || c == kEof) {
      if (c == '\n') ++line_;
      if (!was_quoted && !field.empty() && field.back() == '\r') field.pop_back();
      out.fields.push_back(std::move(field));
      return true;
    } else if (!(c == '\r' && was_quoted)) {
      field += static_cast<char>(c);
    }
  }
}

}  // namespace minipilot

// What every engine's statements share.
#include "minipilot/ledger/sql.h"

#include <algorithm>

namespace minipilot::sql {

int64_t one_int64(Connection& c, std::string_view sql) {
  Statement q(c, sql);
  return q.step() ? q.column(0).int64() : 0;
}

std::string one_text(Connection& c, std::string_view sql) {
  Statement q(c, sql);
  return q.step() ? q.column(0).text() : std::string();
}

}  // namespace minipilot::sql

namespace minipilot::sql {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The end of the quoted text or name that starts at `i` (a doubled quote is one quote inside it).
size_t skip_quoted(std::string_view sql, size_t i) {
  const char quote = sql[i];
  for (++i; i < sql.size(); ++i) {
    if (sql[i] != quote) continue;
    if (i + 1 < sql.size() && sql[i + 1] == quote) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return sql.size();
}

}  // namespace

std::string numbered_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  int largest = 0;
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      const size_t end = skip_quoted(sql, i);
      out.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t end = std::min(sql.find('\n', i), sql.size());
      out.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '?') {
      size_t j = i + 1;
      int n = 0;
      while (j < sql.size() && is_digit(sql[j])) n = n * 10 + (sql[j++] - '0');
      if (j == i + 1) n = largest + 1;
      largest = std::max(largest, n);
      out += '$';
      out += std::to_string(n);
      i = j;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

int placeholder_count(std::string_view numbered) {
  int largest = 0;
  size_t i = 0;
  while (i < numbered.size()) {
    const char c = numbered[i];
    if (c == '\'' || c == '"') {
      i = skip_quoted(numbered, i);
    } else if (c == '-' && i + 1 < numbered.size() && numbered[i + 1] == '-') {
      i = std::min(numbered.find('\n', i), numbered.size());
    } else if (c == '$' && i + 1 < numbered.size() && is_digit(numbered[i + 1])) {
      int n = 0;
      for (++i; i < numbered.size() && is_digit(numbered[i]); ++i) n = n * 10 + (numbered[i] - '0');
      largest = std::max(largest, n);
    } else {
      ++i;
    }
  }
  return largest;
}

}  // namespace minipilot::sql

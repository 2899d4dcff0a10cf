// Text validation shared by every field a person types.
#include "minipilot/validate/text.h"

#include <fmt/format.h>

namespace minipilot {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Length of the UTF-8 sequence at s[i], or 0 when it is not well formed.
size_t sequence_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((b(k) & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
  if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogates
  if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
  if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
  return n;
}

bool is_control(std::string_view s, size_t i, size_t len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (len == 1) return c < 0x20 || c == 0x7F;
  return len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // C1 controls
}

}  // namespace

std::optional<size_t> utf8_length(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    const size_t n = sequence_length(s, i);
    if (n == 0) return std::nullopt;
    i += n;
  }
  return count;
}

Checked<std::string> check_text(std::string_view text, std::string_view field, size_t max_chars,
                                Lines lines) {
  using R = Checked<std::string>;
  std::string out;
  out.reserve(text.size());
  const std::string_view t = trim(text);
  size_t count = 0;
  for (size_t i = 0; i < t.size(); ++count) {
    const size_t n = sequence_length(t, i);
    if (n == 0) return R::bad(fmt::format("{} is not valid UTF-8 text", field));
    if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') {
      ++i;  // CRLF becomes LF
      continue;
    }
    const bool allowed_break = lines == Lines::multi && (t[i] == '\n' || t[i] == '\t');
    if (is_control(t, i, n) && !allowed_break)
      return R::bad(lines == Lines::single && (t[i] == '\n' || t[i] == '\r')
                        ? fmt::format("{} must be on one line", field)
                        : fmt::format("{} contains a control character", field));
    out.append(t.substr(i, n));
    i += n;
  }
  if (count > max_chars)
    return R::bad(fmt::format("{} is longer than {} characters ({})", field, max_chars, count));
  return R::good(std::move(out));
}

Checked<std::string> check_required_text(std::string_view text, std::string_view field,
                                         size_t max_chars, Lines lines) {
  Checked<std::string> r = check_text(text, field, max_chars, lines);
  if (r.ok() && r.value.empty()) return Checked<std::string>::bad(fmt::format("{} is required", field));
  return r;
}

std::string fold_for_match(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (static_cast<unsigned char>(c) == 0xC3 && (next == 0x84 || next == 0x85 || next == 0x96)) {
      out += c;  // Ä Å Ö (C3 84/85/96) -> ä å ö (C3 A4/A5/B6)
      out += static_cast<char>(next + 0x20);
      ++i;
    } else {
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

Checked<std::string> check_email(std::string_view text) {
  using R = Checked<std::string>;
  const std::string_view e = trim(text);
  const size_t at = e.find('@');
  const bool shape = at != e.npos && at > 0 && e.find('@', at + 1) == e.npos &&
                     e.find('.', at + 2) != e.npos && e.back() != '.' &&
                     e.find_first_of(" \t\r\n;,<>\"") == e.npos;
  if (!shape) return R::bad(fmt::format("'{}' is not an e-mail address", e));
  if (e.size() > 254) return R::bad("e-mail address is longer than 254 characters");
  if (!utf8_length(e)) return R::bad("e-mail address is not valid UTF-8");
  return R::good(std::string(e));
}

Checked<std::string> check_phone(std::string_view text) {
  using R = Checked<std::string>;
  const std::string_view p = trim(text);
  size_t count = 0;
  bool shape = !p.empty();
  for (size_t i = 0; i < p.size() && shape; ++i) {
    const char c = p[i];
    if (c >= '0' && c <= '9') {
      ++count;
    } else if (!(c == '+' && i == 0) && c != ' ' && c != '-' && c != '(' && c != ')') {
      shape = false;
    }
  }
  if (!shape || count < 5 || count > 15)
    return R::bad(fmt::format("'{}' is not a phone number such as +358 40 123 4567", p));
  return R::good(std::string(p));
}

}  // namespace minipilot

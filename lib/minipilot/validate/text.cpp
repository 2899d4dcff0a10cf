// Text validation shared by every field a person types.
#include "minipilot/validate/text.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"

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
  if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
  if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogates
  if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
  if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
  return n;
}

bool is_control(std::string_view s, size_t i, size_t len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (len == 1) return c < 0x20 || c == 0x7F;
  return len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // C1 controls
}

// The code point of one well-formed UTF-8 sequence.
char32_t code_point(std::string_view seq) {
  const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(seq[k])); };
  switch (seq.size()) {
    case 1:
      return b(0);
    case 2:
      return (b(0) & 0x1F) << 6 | (b(1) & 0x3F);
    case 3:
      return (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
    default:
      return (b(0) & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
  }
}

// Unicode's space separators (no-break, en, em, thin, narrow no-break, ideographic, ...).
bool is_unicode_space(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Zero-width characters, direction marks, embeddings, overrides and isolates, the BOM.
bool is_invisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
         cp == 0xFEFF || cp == 0xAD;
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

Checked<std::vector<std::string>> check_tags(std::string_view text) {
  using R = Checked<std::vector<std::string>>;
  std::vector<std::string> tags;
  for (size_t start = 0; start <= text.size();) {
    const size_t comma = std::min(text.find(',', start), text.size());
    // TRANSLATORS: one of a pilot's themes (--tags), in messages such as "tag is longer than 40 characters".
    const Checked<std::string> t =
        check_text(text.substr(start, comma - start), tr("tag"), kMaxTagChars, Lines::single);
    if (!t.ok()) return R::bad(t.error);
    start = comma + 1;
    std::string tag;
    for (char c : fold_case(t.value))
      if (c != ' ' || (!tag.empty() && tag.back() != ' ')) tag += c;
    if (tag.empty())
      return R::bad(tr("a tag is empty: give themes separated by commas, such as \"liikunta,kirjasto\""));
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
  }
  if (tags.size() > kMaxTags) return R::bad(trf("more than {} tags: keep the themes a pilot is known by", kMaxTags));
  return R::good(std::move(tags));
}

Checked<std::string> check_one_tag(std::string_view text) {
  Checked<std::vector<std::string>> tags = check_tags(text);
  if (!tags.ok()) return Checked<std::string>::bad(tags.error);
  // TRANSLATORS: --tag was given several themes; {} is what was given.
  if (tags.value.size() != 1) return Checked<std::string>::bad(trf("--tag '{}' is more than one tag", text));
  return Checked<std::string>::good(std::move(tags.value.front()));
}

Checked<std::string> check_search(std::string_view text, std::string_view option) {
  Checked<std::string> t = check_text(text, option, 200, Lines::single);
  // TRANSLATORS: {} is the option (--search, --applicant) given only spaces.
  if (t.ok() && t.value.empty())
    return Checked<std::string>::bad(trf("{} is blank: give a text to search for", option));
  return t;
}

Checked<std::string> check_text(std::string_view raw, std::string_view field, size_t max_chars, Lines lines) {
  using R = Checked<std::string>;
  const std::string_view text = trim(raw);  // a script's trailing newline is no second line
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t n = sequence_length(text, i);
    if (n == 0) return R::bad(trf("{} is not valid UTF-8 text", field));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;  // CRLF becomes LF
      continue;
    }
    const char32_t cp = code_point(text.substr(i, n));
    i += n;
    if (is_unicode_space(cp)) {  // a no-break space is a space: "Idea\u00a01" is "Idea 1"
      out += ' ';
      continue;
    }
    const bool line_break = text[i - n] == '\n' || cp == 0x2028 || cp == 0x2029;
    if (line_break && lines == Lines::multi) {
      out += '\n';
      continue;
    }
    const bool allowed_tab = lines == Lines::multi && text[i - n] == '\t';
    if (line_break || text[i - n] == '\r')
      return R::bad(lines == Lines::single ? trf("{} must be on one line", field)
                                           : trf("{} contains a control character", field));
    if (is_control(text, i - n, n) && !allowed_tab) return R::bad(trf("{} contains a control character", field));
    // Invisible and direction-changing characters make a name look like another
    // (in a table, a payment file, the bank's check of the payee).
    if (is_invisible(cp))
      return R::bad(
          trf("{} contains an invisible or direction-changing character (U+{:04X})", field, static_cast<uint32_t>(cp)));
    out.append(text.substr(i - n, n));
  }
  std::string trimmed(trim(out));
  const size_t count = utf8_length(trimmed).value_or(0);
  if (count > max_chars) return R::bad(trf("{} is longer than {} characters ({})", field, max_chars, count));
  return R::good(std::move(trimmed));
}

Checked<std::string> check_required_text(std::string_view text, std::string_view field, size_t max_chars, Lines lines) {
  Checked<std::string> r = check_text(text, field, max_chars, lines);
  if (r.ok() && r.value.empty()) return Checked<std::string>::bad(trf("{} is required", field));
  return r;
}

std::string visible(std::string_view text, size_t max_bytes) {
  std::string out;
  size_t i = 0;
  for (; i < text.size() && out.size() < max_bytes;) {
    const size_t n = sequence_length(text, i);
    if (n == 0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i++]));
      continue;
    }
    const char32_t cp = code_point(text.substr(i, n));
    if (cp == '\n')
      out += '\n';
    else if (is_control(text, i, n))
      out += fmt::format("\\x{:02X}", static_cast<uint32_t>(cp));
    else if (is_invisible(cp))
      out += fmt::format("<U+{:04X}>", static_cast<uint32_t>(cp));
    else
      out.append(text.substr(i, n));
    i += n;
  }
  if (i < text.size()) out += trf("… ({} more bytes)", text.size() - i);
  return out;
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
  const bool shape = at != e.npos && at > 0 && e.find('@', at + 1) == e.npos && e.find('.', at + 2) != e.npos &&
                     e.back() != '.' && e.find_first_of(" \t\r\n;,<>\"") == e.npos;
  if (!shape) return R::bad(trf("'{}' is not an e-mail address", e));
  if (e.size() > 254) return R::bad(tr("e-mail address is longer than 254 characters"));
  if (!utf8_length(e)) return R::bad(tr("e-mail address is not valid UTF-8"));
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
  if (!shape || count < 5 || count > 15) return R::bad(trf("'{}' is not a phone number such as +358 40 123 4567", p));
  return R::good(std::string(p));
}

}  // namespace minipilot

// Edit distance over code points (optimal string alignment), for suggestions.
#include "minipilot/core/suggest.h"

#include <algorithm>
#include <cstdint>

namespace minipilot {

namespace {

// The code points of a UTF-8 text, Latin letters in lower case; a byte that
// does not start a valid sequence counts as one point of its own.
std::vector<char32_t> points(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    char32_t c = b;
    bool valid = n > 0 && i + n <= s.size();
    if (valid && n > 1) {
      c = b & (0x7F >> n);
      for (size_t k = 1; k < n && valid; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + k]);
        valid = (cont & 0xC0) == 0x80;
        c = (c << 6) | (cont & 0x3F);
      }
    }
    if (!valid) {
      out.push_back(0xDC00 + b);  // stands for the lone byte; never equal to a letter
      ++i;
      continue;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
    out.push_back(c);
    i += n;
  }
  return out;
}

}  // namespace

size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const std::vector<char32_t> a = points(a_text), b = points(b_text);
  // Three rows of the table: two back (for a swap), one back, this one.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

bool same_ignoring_case(std::string_view a, std::string_view b) { return points(a) == points(b); }

std::string nearest(std::string_view typed, const std::vector<std::string>& candidates) {
  const size_t length = points(typed).size();
  const size_t limit = std::clamp<size_t>(length / 3, 1, 3);
  size_t best = limit + 1;
  const std::string* found = nullptr;
  bool tie = false;
  for (const std::string& c : candidates) {
    const size_t d = edit_distance(typed, c);
    if (d < best) {
      best = d;
      found = &c;
      tie = false;
    } else if (d == best && found && *found != c) {
      tie = true;
    }
  }
  return found && !tie ? *found : std::string();
}

}  // namespace minipilot

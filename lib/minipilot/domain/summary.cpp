// Days as the summary prints them.
#include "minipilot/domain/summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "minipilot/core/i18n.h"

namespace minipilot {

std::string days_text(int64_t seconds) {
  const int64_t tenths = (seconds * 10 + 43200) / 86400;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::string days_words(int64_t seconds) {
  std::string number = days_text(seconds);
  if (language() == Language::fi) std::replace(number.begin(), number.end(), '.', ',');
  // TRANSLATORS: a median duration in days with one decimal ("3.5 days"); never singular.
  return trf("{} days", number);
}

std::string excerpt(std::string_view text, size_t limit) {
  // One line: runs of spaces, tabs and line breaks become one space.
  std::string flat;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  while (!flat.empty() && flat.back() == ' ') flat.pop_back();
  // Where each code point starts: a cut never splits a letter.
  std::vector<size_t> starts;
  for (size_t i = 0; i < flat.size(); ++i)
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() <= limit || limit == 0) return flat;
  size_t cut = starts[limit - 1];  // room for the "…"
  const size_t space = flat.rfind(' ', cut);
  if (space != std::string::npos && space > 0) cut = space;  // at a word, unless one word fills the limit
  std::string out = flat.substr(0, cut);
  while (!out.empty() && std::string_view(" ,;:-").find(out.back()) != std::string_view::npos) out.pop_back();
  return out + "…";
}

std::string permille_text(int64_t permille) {
  const int64_t a = permille < 0 ? -permille : permille;
  return fmt::format("{}{}.{}", permille < 0 ? "-" : "", a / 10, a % 10);
}

}  // namespace minipilot

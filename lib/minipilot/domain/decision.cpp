// Decision numbers as written and read.
#include "minipilot/domain/decision.h"

#include <fmt/format.h>

#include <charconv>

namespace minipilot {

std::string format_decision_number(const DecisionNumber& n) { return fmt::format("{}/{}", n.year, n.seq); }

std::optional<DecisionNumber> parse_decision_number(std::string_view text) {
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  DecisionNumber n;
  const std::string_view y = text.substr(0, slash), s = text.substr(slash + 1);
  if (y.size() != 4 || s.empty() || s.front() == '0') return std::nullopt;
  if (std::from_chars(y.data(), y.data() + y.size(), n.year).ptr != y.data() + y.size()) return std::nullopt;
  if (std::from_chars(s.data(), s.data() + s.size(), n.seq).ptr != s.data() + s.size()) return std::nullopt;
  if (n.seq <= 0) return std::nullopt;
  return n;
}

}  // namespace minipilot

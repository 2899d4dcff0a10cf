// Parsing and formatting of euro amounts in integer cents.
#include "minipilot/core/money.h"

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

Checked<Cents> parse_money(std::string_view text) {
  using R = Checked<Cents>;
  if (text.empty()) return R::bad(tr("amount is empty"));
  size_t i = 0;
  int64_t euros = 0;
  while (i < text.size() && is_digit(text[i])) {
    euros = euros * 10 + (text[i] - '0');
    if (euros > kMaxAmount.value / 100) return R::bad(tr("amount is too large"));
    ++i;
  }
  if (i == 0) return R::bad(tr("amount must start with a digit, as in 500.00"));
  int64_t cents = 0;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    size_t decimals = 0;
    for (++i; i < text.size() && is_digit(text[i]); ++i, ++decimals) {
      if (decimals == 2) return R::bad(tr("amount has more than two decimals"));
      cents = cents * 10 + (text[i] - '0');
    }
    if (decimals == 0) return R::bad(tr("amount has a separator but no decimals"));
    if (decimals == 1) cents *= 10;
  }
  if (i != text.size()) return R::bad(tr("amount is not a number of euros, as in 500.00"));
  return R::good(Cents{euros * 100 + cents});
}

std::string format_money(Cents amount, char decimal_separator) {
  const bool negative = amount.value < 0;
  const uint64_t v = negative ? 0 - static_cast<uint64_t>(amount.value) : static_cast<uint64_t>(amount.value);
  return fmt::format("{}{}{}{:02}", negative ? "-" : "", v / 100, decimal_separator, v % 100);
}

}  // namespace minipilot

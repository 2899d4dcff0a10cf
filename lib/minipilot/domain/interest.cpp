// Declared interests: their kinds and how a name is compared.
#include "minipilot/domain/interest.h"

#include <array>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

constexpr std::array<std::string_view, 3> kNames{"business_id", "name", "iban"};
// TRANSLATORS: what a declared interest names the applicant by.
constexpr std::array<const char*, 3> kWords{N_("business ID"), N_("name"), N_("IBAN")};

}  // namespace

std::string_view to_string(InterestKind k) { return kNames[static_cast<size_t>(k)]; }

std::optional<InterestKind> parse_interest_kind(std::string_view text) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == text) return static_cast<InterestKind>(i);
  return std::nullopt;
}

std::string interest_kind_text(std::string_view stored) {
  const std::optional<InterestKind> k = parse_interest_kind(stored);
  return k ? tr(kWords[static_cast<size_t>(*k)]) : std::string(stored);
}

}  // namespace minipilot

// Applicant kinds.
#include "minipilot/domain/applicant.h"

#include <array>

namespace minipilot {

namespace {
constexpr std::array<std::string_view, 4> kTypeNames{"resident", "community", "association", "company"};
}  // namespace

std::string_view to_string(ApplicantType t) { return kTypeNames[static_cast<size_t>(t)]; }

std::optional<ApplicantType> parse_applicant_type(std::string_view text) {
  for (ApplicantType t : kAllApplicantTypes)
    if (to_string(t) == text) return t;
  return std::nullopt;
}

bool needs_business_id(ApplicantType t) { return t == ApplicantType::association || t == ApplicantType::company; }

std::string_view to_string(AmendField f) {
  constexpr std::array<std::string_view, 5> kNames{"iban", "bic", "email", "phone", "applicant_name"};
  return kNames[static_cast<size_t>(f)];
}

}  // namespace minipilot

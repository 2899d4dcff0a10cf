// Applicant kinds.
#include "minipilot/domain/applicant.h"

#include <array>

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {
constexpr std::array<std::string_view, 4> kTypeNames{"resident", "community", "association", "company"};
// TRANSLATORS: a kind of applicant, as shown in tables and reports.
constexpr std::array<const char*, 4> kTypeWords{N_("resident"), N_("community"), N_("association"), N_("company")};
}  // namespace

std::string_view to_string(ApplicantType t) { return kTypeNames[static_cast<size_t>(t)]; }

std::optional<ApplicantType> parse_applicant_type(std::string_view text) {
  for (ApplicantType t : kAllApplicantTypes)
    if (to_string(t) == text) return t;
  return std::nullopt;
}

std::string applicant_type_text(ApplicantType t) { return tr(kTypeWords[static_cast<size_t>(t)]); }

std::string applicant_type_text(std::string_view code) {
  const std::optional<ApplicantType> t = parse_applicant_type(code);
  return t ? applicant_type_text(*t) : std::string(code);
}

bool needs_business_id(ApplicantType t) { return t == ApplicantType::association || t == ApplicantType::company; }

std::string_view to_string(AmendField f) {
  constexpr std::array<std::string_view, 5> kNames{"iban", "bic", "email", "phone", "applicant_name"};
  return kNames[static_cast<size_t>(f)];
}

}  // namespace minipilot

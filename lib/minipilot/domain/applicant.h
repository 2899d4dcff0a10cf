// Who applies: the applicant's kind and details, and the limits on each field.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace minipilot {

/// The kinds of applicant the programme accepts.
enum class ApplicantType { resident, community, association, company };

inline constexpr std::array<ApplicantType, 4> kAllApplicantTypes{ApplicantType::resident, ApplicantType::community,
                                                                 ApplicantType::association, ApplicantType::company};

std::string_view to_string(ApplicantType t);
std::optional<ApplicantType> parse_applicant_type(std::string_view text);

/// An applicant type as people read it, in the chosen language ("resident",
/// in Finnish "asukas"); for a stored code, anything else as it is.
std::string applicant_type_text(ApplicantType t);
std::string applicant_type_text(std::string_view code);

/// Companies and associations are registered and must give their business ID.
bool needs_business_id(ApplicantType t);

/// Field limits, in characters (code points).
inline constexpr size_t kMaxNameChars = 200;
inline constexpr size_t kMaxTitleChars = 200;
inline constexpr size_t kMaxDescriptionChars = 4000;
inline constexpr size_t kMaxNoteChars = 1000;

/// An applicant's details as stored (normalised; empty means not given).
struct Applicant {
  std::string name;
  ApplicantType type = ApplicantType::resident;
  std::string email;
  std::string phone;
  std::string business_id;  ///< "2858394-9"
  std::string iban;         ///< electronic form
  std::string bic;
};

/// The applicant details that `amend` may correct.
enum class AmendField { iban, bic, email, phone, applicant_name };

/// As recorded in applicant_changes and amend events: "iban", ..., "applicant_name".
std::string_view to_string(AmendField f);

}  // namespace minipilot

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

/// The type `text` names: its code (`resident`, `community`, `association`,
/// `company`) or its Finnish word (`asukas`, `yhteisö`, `yhdistys`,
/// `yritys`), in any case; nullopt for anything else.
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
  std::string payee_name;  ///< the account holder when not the applicant; "" = the applicant
};

/// The name the grant is paid to: the payee name when given, else the applicant's.
inline const std::string& payee_of(const Applicant& a) { return a.payee_name.empty() ? a.name : a.payee_name; }

/// What `amend` may correct: the application's fields and the applicant's
/// details, in the order the command applies them.
enum class AmendField {
  title,
  description,
  area,
  type,
  business_id,
  start,
  end,
  iban,
  bic,
  email,
  phone,
  applicant_name,
  payee_name
};
inline constexpr size_t kAmendFieldCount = 13;

/// As recorded in amend events and applicant_changes: "title", ...,
/// "applicant_name", "payee_name" (the flag without "--", "_" for "-").
std::string_view to_string(AmendField f);

/// The field in words, in the chosen language (in English its recorded
/// name: "title", "applicant_name"); for a stored name, anything else as it is.
std::string amend_field_text(AmendField f);
std::string amend_field_text(std::string_view recorded);

/// Whether the old and new values are personal data, kept in
/// applicant_changes (where erasure reaches them) rather than in the event:
/// the applicant's details and the free-text description.
bool kept_apart(AmendField f);

/// Whether the field is part of the payee the money goes to (name, account).
bool part_of_payee(AmendField f);

}  // namespace minipilot

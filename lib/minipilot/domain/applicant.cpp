// Applicant kinds.
#include "minipilot/domain/applicant.h"

#include <array>

#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"

namespace minipilot {

namespace {
constexpr std::array<std::string_view, 4> kTypeNames{"resident", "community", "association", "company"};
// The words of Finnish forms and sheets, read as input whatever the output language.
constexpr std::array<std::string_view, 4> kFinnishTypeNames{"asukas", "yhteisö", "yhdistys", "yritys"};
// TRANSLATORS: a kind of applicant, as shown in tables and reports.
constexpr std::array<const char*, 4> kTypeWords{N_("resident"), N_("community"), N_("association"), N_("company")};
}  // namespace

std::string_view to_string(ApplicantType t) { return kTypeNames[static_cast<size_t>(t)]; }

std::optional<ApplicantType> parse_applicant_type(std::string_view text) {
  for (ApplicantType t : kAllApplicantTypes)
    if (to_string(t) == text) return t;  // as stored: the common case needs no folding
  for (ApplicantType t : kAllApplicantTypes)
    if (same_ignoring_case(text, to_string(t)) || same_ignoring_case(text, kFinnishTypeNames[static_cast<size_t>(t)]))
      return t;
  return std::nullopt;
}

std::string applicant_type_text(ApplicantType t) { return tr(kTypeWords[static_cast<size_t>(t)]); }

std::string applicant_type_text(std::string_view code) {
  const std::optional<ApplicantType> t = parse_applicant_type(code);
  return t ? applicant_type_text(*t) : std::string(code);
}

bool needs_business_id(ApplicantType t) { return t == ApplicantType::association || t == ApplicantType::company; }

std::string_view to_string(AmendField f) {
  constexpr std::array<std::string_view, kAmendFieldCount> kNames{
      "title", "description", "area",  "type",  "business_id",    "start",     "end",
      "iban",  "bic",         "email", "phone", "applicant_name", "payee_name"};
  return kNames[static_cast<size_t>(f)];
}

std::string amend_field_text(AmendField f) {
  // TRANSLATORS: a field of a pilot, in "amended title of MP-2026-0001", "unchanged: title of MP-2026-0001" and in
  // the history ("title: Old → New").
  constexpr std::array<const char*, kAmendFieldCount> kWords{
      N_("title"), N_("description"), N_("area"),  N_("type"),  N_("business_id"),    N_("start"),     N_("end"),
      N_("iban"),  N_("bic"),         N_("email"), N_("phone"), N_("applicant_name"), N_("payee_name")};
  return tr(kWords[static_cast<size_t>(f)]);
}

std::string amend_field_text(std::string_view recorded) {
  for (size_t i = 0; i < kAmendFieldCount; ++i)
    if (to_string(static_cast<AmendField>(i)) == recorded) return amend_field_text(static_cast<AmendField>(i));
  // TRANSLATORS: a completed pilot's themes, in the history ("tags: liikunta → liikunta, kirjasto").
  if (recorded == "tags") return tr("tags");
  return std::string(recorded);
}

bool kept_apart(AmendField f) {
  return f != AmendField::title && f != AmendField::area && f != AmendField::type && f != AmendField::start &&
         f != AmendField::end;
}

bool part_of_payee(AmendField f) {
  return f == AmendField::iban || f == AmendField::bic || f == AmendField::applicant_name ||
         f == AmendField::payee_name;
}

}  // namespace minipilot

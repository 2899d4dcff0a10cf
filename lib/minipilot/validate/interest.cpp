// Declared interests' values.
#include "minipilot/validate/interest.h"

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"
#include "minipilot/validate/text.h"

namespace minipilot {

std::string name_match_key(std::string_view name) { return fold_for_match(fold_case(name)); }

Checked<InterestValue> check_interest_value(InterestKind kind, std::string_view text) {
  Checked<std::string> c;
  switch (kind) {
    case InterestKind::business_id:
      c = check_business_id(text);
      break;
    case InterestKind::iban:
      c = check_iban(text);
      break;
    case InterestKind::name:
      // TRANSLATORS: the name a declared interest names, in messages such as "name is required".
      c = check_required_text(text, tr("name"), kMaxNameChars, Lines::single);
      break;
  }
  if (!c.ok()) return Checked<InterestValue>::bad(c.error);
  std::string key = kind == InterestKind::name ? name_match_key(c.value) : c.value;
  if (key.empty()) return Checked<InterestValue>::bad(tr("the name is only white space"));
  return Checked<InterestValue>::good({std::move(c.value), std::move(key)});
}

std::string interest_text(InterestKind kind, std::string_view value) {
  const std::string shown = kind == InterestKind::iban ? iban_print_form(value) : std::string(value);
  // TRANSLATORS: a declared interest: its kind ("business ID", "name", "IBAN") and value.
  return trf("{} {}", interest_kind_text(to_string(kind)), shown);
}

}  // namespace minipilot

// Reading a person's key as the validators accept each kind of value.
#include "minipilot/validate/person_key.h"

#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/ids.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"
#include "minipilot/validate/text.h"

namespace minipilot {

Checked<PersonKey> parse_person_key(std::string_view text) {
  using R = Checked<PersonKey>;
  if (!text.empty() && text.size() < 18 && text.find_first_not_of("0123456789") == std::string_view::npos)
    return R::good(PersonKey::applicant(std::stoll(std::string(text))));
  if (const Checked<PilotId> p = parse_pilot_id(text); p.ok())
    return R::good(PersonKey::pilot(format_pilot_id(p.value)));
  if (text.find('@') != std::string_view::npos) {
    const Checked<std::string> e = check_email(text);
    if (!e.ok()) return R::bad(e.error);
    return R::good(PersonKey::email(e.value));
  }
  if (const Checked<std::string> i = check_iban(text); i.ok()) return R::good({PersonKey::Kind::iban, 0, i.value});
  if (const Checked<std::string> b = check_business_id(text); b.ok())
    return R::good({PersonKey::Kind::business_id, 0, b.value});
  return R::bad(trf("'{}' is not an applicant number, pilot id, e-mail, IBAN or business ID", text));
}

PersonKey require_person_key(std::string_view text) {
  Checked<PersonKey> k = parse_person_key(text);
  if (!k.ok())
    throw Error(ErrorKind::invalid, k.error,
                tr("name the person by applicant number (12), pilot id, e-mail, IBAN or business ID"));
  return std::move(k.value);
}

}  // namespace minipilot

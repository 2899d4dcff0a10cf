// libFuzzer harness: the small parsers of untrusted text - IBAN, BIC, business
// ID, date, money. Each either refuses with a reason or returns a value that
// survives a round trip through its printed form.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"

using namespace minipilot;

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  if (const Checked<std::string> iban = check_iban(text); iban.ok()) {
    const std::string& e = iban.value;
    require(e.size() >= 15 && e.size() <= 34);
    for (char c : e) require((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    const Checked<std::string> again = check_iban(iban_print_form(e));  // the print form reads back
    require(again.ok() && again.value == e);
  } else {
    require(!iban.error.empty());
  }

  if (const Checked<std::string> bic = check_bic(text); bic.ok())
    require(bic.value.size() == 8 || bic.value.size() == 11);
  else
    require(!bic.error.empty());

  if (const Checked<std::string> id = check_business_id(text); id.ok()) {
    require(id.value.size() == 9 && id.value[7] == '-');
    require(check_business_id(id.value).ok());
  } else {
    require(!id.error.empty());
  }

  if (const Checked<Date> d = parse_date(text); d.ok()) {
    const Checked<Date> again = parse_date(format_date(d.value));
    require(again.ok() && again.value == d.value);
  } else {
    require(!d.error.empty());
  }

  if (const Checked<Cents> m = parse_money(text); m.ok()) {
    const Checked<Cents> again = parse_money(format_money(m.value));
    require(again.ok() && again.value.value == m.value.value);
  } else {
    require(!m.error.empty());
  }
  return 0;
}

// Y-tunnus check digit (Finnish Tax Administration's published rule).
#include "minipilot/validate/business_id.h"

#include <array>

#include "minipilot/core/i18n.h"

namespace minipilot {

Checked<std::string> check_business_id(std::string_view text) {
  using R = Checked<std::string>;
  std::string id(text);
  if (id.size() == 8) id = "0" + id;  // (not insert: GCC 12 warns falsely, -Wrestrict)
  bool shape = id.size() == 9 && id[7] == '-';
  for (size_t i = 0; shape && i < 9; ++i)
    if (i != 7 && (id[i] < '0' || id[i] > '9')) shape = false;
  if (!shape) return R::bad(tr("business ID must look like 2858394-9"));
  constexpr std::array<int, 7> kWeights{7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (size_t i = 0; i < 7; ++i) sum += (id[i] - '0') * kWeights[i];
  const int rem = sum % 11;
  if (rem == 1) return R::bad(tr("business ID is not valid: no check digit fits these digits"));
  const int check = rem == 0 ? 0 : 11 - rem;
  if (id[8] - '0' != check) return R::bad(tr("business ID check digit does not match: a typing error?"));
  return R::good(std::move(id));
}

}  // namespace minipilot

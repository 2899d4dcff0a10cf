// Collator on ICU's ucol_* C API (libicu), the reference implementation of the Unicode collation algorithm, and
// ICU's case folding.
#include "minipilot/core/collate.h"

#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include <stdexcept>

namespace minipilot {

struct Collator::Impl {
  UCollator* collator = nullptr;
  ~Impl() {
    if (collator) ucol_close(collator);
  }
};

Collator::Collator(Language language) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator = ucol_open(language == Language::fi ? "fi" : "en", &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU collator: ") + u_errorName(status));
}

Collator::~Collator() = default;
Collator::Collator(Collator&&) noexcept = default;
Collator& Collator::operator=(Collator&&) noexcept = default;

int Collator::compare(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult r = ucol_strcollUTF8(impl_->collator, a.data(), static_cast<int32_t>(a.size()), b.data(),
                                              static_cast<int32_t>(b.size()), &status);
  if (U_SUCCESS(status) && r != UCOL_EQUAL) return r == UCOL_LESS ? -1 : 1;
  return a.compare(b);
}

std::string Collator::sort_key(std::string_view name) const {
  // ICU's sort key (ending in its one zero byte), then the bytes themselves:
  // names that collate alike still order totally.
  UErrorCode status = U_ZERO_ERROR;
  int32_t units = 0;
  u_strFromUTF8(nullptr, 0, &units, name.data(), static_cast<int32_t>(name.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::string(1, '\0') + std::string(name);
  std::u16string text(static_cast<size_t>(units), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(text.data()), units, nullptr, name.data(), static_cast<int32_t>(name.size()),
                &status);
  if (U_FAILURE(status)) return std::string(1, '\0') + std::string(name);
  const auto* u = reinterpret_cast<const UChar*>(text.data());
  std::string key(static_cast<size_t>(ucol_getSortKey(impl_->collator, u, units, nullptr, 0)), '\0');
  ucol_getSortKey(impl_->collator, u, units, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
  key.append(name);
  return key;
}

std::string fold_case(std::string_view text) {
  // UTF-8 to UTF-16 (bad bytes as U+FFFD), fold, and back: u_strFoldCase
  // works on UTF-16 only. Folding may lengthen a text ("ß" to "ss").
  UErrorCode status = U_ZERO_ERROR;
  int32_t units = 0;
  const auto size = static_cast<int32_t>(text.size());
  u_strFromUTF8WithSub(nullptr, 0, &units, text.data(), size, 0xFFFD, nullptr, &status);
  std::u16string in(static_cast<size_t>(units), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(reinterpret_cast<UChar*>(in.data()), units, nullptr, text.data(), size, 0xFFFD, nullptr,
                       &status);
  std::u16string folded(in.size() * 3 + 1, u'\0');  // a code unit folds to at most three
  status = U_ZERO_ERROR;
  const int32_t n = u_strFoldCase(reinterpret_cast<UChar*>(folded.data()), static_cast<int32_t>(folded.size()),
                                  reinterpret_cast<const UChar*>(in.data()), units, U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out(static_cast<size_t>(n) * 3, '\0');  // a UTF-16 unit is at most three UTF-8 bytes
  int32_t bytes = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &bytes, reinterpret_cast<const UChar*>(folded.data()), n,
              &status);
  if (U_FAILURE(status)) return std::string(text);
  out.resize(static_cast<size_t>(bytes));
  return out;
}

}  // namespace minipilot

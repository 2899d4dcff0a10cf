// Names in the order the language sorts them (spec §4 "Output"): ICU's collator, Finnish å, ä, ö after z; and
// case folding for searches.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "minipilot/core/i18n.h"

namespace minipilot {

/// Compares UTF-8 names as `language` sorts them: in Finnish "Öhman" after
/// "Zetterberg" and "Åberg" before "Äijälä"; lower and upper case together
/// ("anna" beside "Anna"), accents after the bare letter. Ties in the
/// collation (names that differ only in what ICU ignores) fall back to byte
/// order, so that the order is total and the same in every run.
class Collator {
 public:
  explicit Collator(Language language);
  ~Collator();
  Collator(Collator&&) noexcept;
  Collator& operator=(Collator&&) noexcept;

  /// Negative, zero or positive as `a` sorts before, with or after `b`.
  int compare(std::string_view a, std::string_view b) const;
  bool less(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }

  /// A byte string whose plain byte order is the collation order (for
  /// sorting many rows: compute once per row, compare with <).
  std::string sort_key(std::string_view name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// `text` with the case of every letter folded as Unicode folds it for
/// comparing without case (ICU's default folding, the same in every
/// language): "Äijä" and "ÄIJÄ" fold alike, "Straße" to "strasse". Bytes that
/// are not UTF-8 become U+FFFD. Two texts are alike but for case when their
/// foldings are equal, and one contains the other when its folding does.
std::string fold_case(std::string_view text);

}  // namespace minipilot

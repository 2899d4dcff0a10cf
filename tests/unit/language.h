// Runs part of a unit test in another language, with the build tree's catalogues, and back to English after.
#pragma once

#include <doctest/doctest.h>

#include "minipilot/core/i18n.h"

namespace minipilot::test {

class InLanguage {
 public:
  explicit InLanguage(Language language) { REQUIRE(use_language(language, MINIPILOT_CATALOGUE_DIR)); }
  ~InLanguage() { use_language(Language::en, {}); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;
};

}  // namespace minipilot::test

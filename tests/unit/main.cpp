// The doctest runner. Unit tests read English texts and forms unless they switch (tests/unit/language.h).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "minipilot/core/i18n.h"

int main(int argc, char** argv) {
  minipilot::use_language(minipilot::Language::en, {});
  doctest::Context context(argc, argv);
  return context.run();
}

// gettext set up for one domain, with the language taken from the configuration rather than the environment.
#include "minipilot/core/i18n.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <string>

namespace minipilot {

namespace {

constexpr const char* kDomain = "minipilot";
Language chosen = Language::fi;
bool catalogue = false;  // gettext is set up and holds the chosen language

}  // namespace

Checked<Language> parse_language(std::string_view code) {
  if (code == "fi") return Checked<Language>::good(Language::fi);
  if (code == "en") return Checked<Language>::good(Language::en);
  return Checked<Language>::bad(trf("unknown language '{}' (fi or en)", code));
}

std::string_view language_code(Language language) { return language == Language::fi ? "fi" : "en"; }

bool use_language(Language language, const std::filesystem::path& catalogue_dir) {
  chosen = Language::en;  // until the catalogue is loaded: never Finnish forms around English words
  if (catalogue) {
    // Back to English: the C library's own messages (strerror) too.
    unsetenv("LANGUAGE");
    std::setlocale(LC_MESSAGES, "C");
  }
  catalogue = false;
  if (language == Language::en) return true;
  const std::filesystem::path mo =
      catalogue_dir / std::string(language_code(language)) / "LC_MESSAGES" / (std::string(kDomain) + ".mo");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(mo, ec)) return false;
  // gettext ignores $LANGUAGE under the "C" locale, but not under C.UTF-8
  // (built into glibc), which changes nothing else we rely on: only the
  // messages category is set, and numbers and dates are formatted by us.
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) return false;
  if (setenv("LANGUAGE", std::string(language_code(language)).c_str(), 1) != 0) return false;
  if (!bindtextdomain(kDomain, catalogue_dir.c_str())) return false;
  if (!bind_textdomain_codeset(kDomain, "UTF-8")) return false;
  chosen = language;
  catalogue = true;
  return true;
}

Language language() { return chosen; }

const char* tr(const char* msgid) {
  if (!catalogue || msgid[0] == '\0') return msgid;
  return dgettext(kDomain, msgid);
}

const char* trc(const char* context, const char* msgid) {
  if (!catalogue) return msgid;
  // gettext stores a context as "context\004msgid" (the convention of its gettext.h).
  const std::string key = std::string(context) + '\004' + msgid;
  const char* text = dgettext(kDomain, key.c_str());
  return text == key.c_str() ? msgid : text;
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  if (!catalogue) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

}  // namespace minipilot

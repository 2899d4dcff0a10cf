// The language of human output (spec §4 "Output"): GNU gettext's catalogue of the "minipilot" domain, chosen once.
#pragma once

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "minipilot/core/checked.h"

namespace minipilot {

/// The languages of human output. English is the text of the message ids,
/// so it needs no catalogue; every other language is one po/<code>.po.
enum class Language { fi, en };

/// "fi" or "en" (exactly, lower case).
Checked<Language> parse_language(std::string_view code);
std::string_view language_code(Language language);

/// Chooses the language of every text that tr() returns from now on, and
/// where its catalogue is: the folder holding <code>/LC_MESSAGES/minipilot.mo.
/// The process's own locale settings and $LANGUAGE are not consulted: the
/// language is the configuration's, or --lang's (spec §4).
/// Returns false when the catalogue of `language` could not be loaded, in
/// which case the language is English (its words and its forms).
bool use_language(Language language, const std::filesystem::path& catalogue_dir);

/// The language chosen by use_language(); Finnish until then.
Language language();

/// The message `msgid` in the chosen language (the msgid itself in English,
/// or where the catalogue has no translation). Marked for xgettext.
const char* tr(const char* msgid);

/// The message `msgid` in `context` (gettext's msgctxt): for a short word
/// that means one thing here and another elsewhere ("return": an event, a verb).
const char* trc(const char* context, const char* msgid);

/// Singular or plural by `n`, as the language counts ("1 pilot", "2 pilots").
const char* trn(const char* singular, const char* plural, unsigned long n);

/// The message `msgid` in the chosen language with fmt's "{}" fields filled
/// in. A translation whose fields do not fit its arguments (a broken
/// catalogue) falls back to the English text, never to an exception.
template <class... Args>
std::string trf(const char* msgid, const Args&... args) {
  const char* text = tr(msgid);
  try {
    return fmt::vformat(text, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return fmt::vformat(msgid, fmt::make_format_args(args...));
  }
}

/// trf() with the plural form chosen by `n`.
template <class... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, const Args&... args) {
  const char* text = trn(singular, plural, n);
  try {
    return fmt::vformat(text, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return fmt::vformat(n == 1 ? singular : plural, fmt::make_format_args(args...));
  }
}

}  // namespace minipilot

/// Marks a text for xgettext whose translation is looked up later (tables of
/// names, translated where they are shown with tr()).
#define N_(text) text
/// N_() with a context, for trc(context, text).
#define NC_(context, text) text

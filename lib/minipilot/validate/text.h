// Free text from people and scripts: valid UTF-8, no control characters, bounded length.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/checked.h"

namespace minipilot {

/// Whether a field may hold line breaks (descriptions, lessons) or not
/// (names, titles).
enum class Lines { single, multi };

/// Number of code points in valid UTF-8, or nothing for invalid UTF-8
/// (overlong forms, surrogates and bytes past U+10FFFF included).
std::optional<size_t> utf8_length(std::string_view text);

/// Trims white space at both ends, turns CRLF into LF, and refuses invalid
/// UTF-8, control characters (but LF and tab in `Lines::multi`) and more
/// than `max_chars` code points. `field` names the field in the error, as in
/// "title is longer than 200 characters", in the language of the output
/// (callers pass tr("title")). An empty result is allowed here;
/// required fields check emptiness themselves.
Checked<std::string> check_text(std::string_view text, std::string_view field, size_t max_chars, Lines lines);

/// A pilot's themes as given ("Liikunta, kirjasto"): split at commas,
/// trimmed, case-folded (fold_case), each once, in the order given; at most
/// kMaxTags of at most kMaxTagChars characters, none empty, no control
/// characters. Stored joined with ",".
inline constexpr size_t kMaxTags = 10, kMaxTagChars = 40;
Checked<std::vector<std::string>> check_tags(std::string_view text);

/// One theme to look for (`--tag`), folded as check_tags folds it; more than one is refused.
Checked<std::string> check_one_tag(std::string_view text);

/// A text to search for (`--search`, `--applicant`, `--city`), trimmed, one
/// line of at most 200 characters; only spaces is refused as blank. `option`
/// names it in the refusal.
Checked<std::string> check_search(std::string_view text, std::string_view option);

/// Like check_text, and refuses an empty value: "title is required".
Checked<std::string> check_required_text(std::string_view text, std::string_view field, size_t max_chars, Lines lines);

/// `text` made safe to show in an error: bytes that are not UTF-8, control
/// characters (but line breaks) and invisible ones (a BOM, U+202E) written
/// as \xNN or <U+NNNN>, and cut after `max_bytes` with a note of how much
/// was left out, so that a 2 MB line on standard input is not echoed whole.
std::string visible(std::string_view text, size_t max_bytes);

/// The key under which two texts count as the same for duplicate detection:
/// lower case (ASCII and Å Ä Ö), runs of white space as one space, trimmed.
std::string fold_for_match(std::string_view text);

/// A plausible e-mail address: one "@", text on both sides, a dot in the
/// domain, no spaces, at most 254 characters.
Checked<std::string> check_email(std::string_view text);

/// A phone number: digits with optional leading "+" and spaces, hyphens or
/// parentheses between, 5 to 15 digits in all. Kept as written, trimmed.
Checked<std::string> check_phone(std::string_view text);

}  // namespace minipilot

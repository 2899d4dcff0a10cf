// Decision letters rendered: the words written once per language (letter_text), then Markdown, HTML and PDF.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "minipilot/domain/letter.h"
#include "minipilot/formats/letter_words.h"

namespace minipilot {

/// The words of `letter` in the output language: the rectification
/// instructions are written here once per language, with the letter's dates.
LetterText letter_text(const Letter& letter);

/// The letters one after another, each from a "# " heading, separated by a rule.
std::string render_letters_markdown(const std::vector<Letter>& letters);

/// One self-contained page (inline CSS for A4, no scripts, nothing fetched),
/// each letter on its own printed page; `lang` is "fi" or "en".
std::string render_letters_html(const std::vector<Letter>& letters, std::string_view lang);

/// A PDF (A4, fonts embedded, real text), each letter from a new page, laid
/// out by Pango and written by Cairo into the returned bytes. Pango and
/// Cairo live in the PDF module (letter_pdf_module.h), loaded here on first
/// use, so that no other command loads them.
std::string render_letters_pdf(const std::vector<Letter>& letters, std::string_view title);

}  // namespace minipilot

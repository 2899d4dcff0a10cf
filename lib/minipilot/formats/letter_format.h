// Decision letters rendered: the words written once per language (letter_text), then Markdown, HTML and PDF.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "minipilot/domain/letter.h"

namespace minipilot {

/// A letter in words, in the output language: what each renderer lays out.
struct LetterText {
  std::string city;        ///< at the top
  std::string authority;   ///< under it
  std::string kind;        ///< "PÄÄTÖS", the document's kind, at the top right
  std::string number_line; ///< "2026/12 · 2.12.2026"
  std::string title;       ///< "Päätös minipilottiavustuksesta"
  std::vector<std::pair<std::string, std::string>> fields;  ///< party, subject, decider, number, date
  struct Part {
    std::string heading;
    std::vector<std::string> paragraphs;
    std::vector<std::string> items;  ///< a list after the paragraphs
  };
  /// The decision, its terms, the reasons, the decider's signature (a part
  /// without a heading), more information, the rectification instructions.
  std::vector<Part> parts;
};

/// The words of `letter` in the output language: the rectification
/// instructions are written here once per language, with the letter's dates.
LetterText letter_text(const Letter& letter);

/// The letters one after another, each from a "# " heading, separated by a rule.
std::string render_letters_markdown(const std::vector<Letter>& letters);

/// One self-contained page (inline CSS for A4, no scripts, nothing fetched),
/// each letter on its own printed page; `lang` is "fi" or "en".
std::string render_letters_html(const std::vector<Letter>& letters, std::string_view lang);

/// A PDF (A4, fonts embedded, real text), each letter from a new page, laid
/// out by Pango and written by Cairo into the returned bytes.
std::string render_letters_pdf(const std::vector<Letter>& letters, std::string_view title);

}  // namespace minipilot

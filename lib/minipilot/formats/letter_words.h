// A letter in words: what every renderer lays out, in standard types only, so
// that the PDF module (letter_pdf_module.h) shares it without the rest of minipilot.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace minipilot {

/// A letter in words, in the output language: what each renderer lays out.
struct LetterText {
  std::string city;                                         ///< at the top
  std::string authority;                                    ///< under it
  std::string kind;                                         ///< "PÄÄTÖS", the document's kind, at the top right
  std::string number_line;                                  ///< "2026/12 · 2.12.2026"
  std::string title;                                        ///< "Päätös minipilottiavustuksesta"
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

}  // namespace minipilot

// The PDF module: Pango and Cairo behind one C entry point, in a shared object
// of its own (minipilot-pdf.so) that letter_pdf.cpp loads when a letter is
// first written as PDF. Linked into the binary, Pango, Cairo and the 33
// libraries under them were 2.8 ms of every command's start (docs/performance.md).
#pragma once

#include <string>
#include <vector>

#include "minipilot/formats/letter_words.h"

/// The module's file name, looked for beside the binary (a build tree) and in
/// the installed tree's LIBDIR/minipilot folder.
#define MINIPILOT_PDF_MODULE "minipilot-pdf.so"
/// Its entry point: lays out `letters` into `out` as a PDF titled `title`,
/// dated `created` (ISO 8601; "" for none). 0 on success; otherwise the
/// reason is in `error`. Never throws. The arguments are C++ types, so the
/// name carries the layout's version: a module left from an older install,
/// with another LetterText, has no such symbol and is refused, not called.
/// Bump it with any change to LetterText or to these arguments.
#define MINIPILOT_PDF_ENTRY "minipilot_render_letters_pdf_v1"
extern "C" {
using MinipilotPdfEntry = int(const std::vector<minipilot::LetterText>* letters, const std::string* title,
                              const std::string* created, std::string* out, std::string* error) noexcept;
}

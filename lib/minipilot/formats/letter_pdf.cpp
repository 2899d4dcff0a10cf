// Decision letters as PDF: the words are written here, and laid out by the PDF module (Pango and Cairo),
// loaded on first use so that no other command pays for loading those libraries.
#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/module.h"
#include "minipilot/formats/letter_format.h"
#include "minipilot/formats/letter_pdf_module.h"

namespace minipilot {

namespace {

MinipilotPdfEntry* entry() {
  static MinipilotPdfEntry* const found = [] {
    const ModuleSymbol m = load_module_symbol(MINIPILOT_PDF_MODULE, MINIPILOT_PDF_ENTRY);
    if (!m.loaded)
      throw Error(ErrorKind::internal, trf("cannot load the PDF module {}: {}", m.path, m.error),
                  tr("reinstall minipilot; letters as Markdown or HTML need no module"));
    if (!m.symbol)
      throw Error(ErrorKind::internal, trf("the PDF module {} is not the one of this minipilot: {}", m.path, m.error),
                  tr("reinstall minipilot; letters as Markdown or HTML need no module"));
    return reinterpret_cast<MinipilotPdfEntry*>(m.symbol);
  }();
  return found;
}

}  // namespace

std::string render_letters_pdf(const std::vector<Letter>& letters, std::string_view title) {
  std::vector<LetterText> texts;
  texts.reserve(letters.size());
  for (const Letter& l : letters) texts.push_back(letter_text(l));
  // The letter's date, not the wall clock: the same letter made twice is the same file.
  const std::string created = letters.empty() ? "" : format_date(letters.front().dates.sent) + "T00:00:00Z";
  const std::string heading(title);
  std::string out, error;
  if (entry()(&texts, &heading, &created, &out, &error) != 0)
    throw Error(ErrorKind::internal, trf("the PDF could not be written: {}", error.empty() ? "?" : error));
  return out;
}

}  // namespace minipilot

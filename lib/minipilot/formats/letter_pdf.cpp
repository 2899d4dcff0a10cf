// Decision letters as PDF: the words are written here, and laid out by the PDF module (Pango and Cairo),
// loaded on first use so that no other command pays for loading those libraries.
#include <dlfcn.h>

#include <filesystem>
#include <system_error>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/formats/letter_format.h"
#include "minipilot/formats/letter_pdf_module.h"

namespace minipilot {

namespace {

namespace fs = std::filesystem;

// The module beside the binary (a build tree), else where `cmake --install`
// put it beside the binary's BINDIR: LIBDIR/minipilot, also when the tree is
// moved. Never from elsewhere: a module is only ever the one built with
// its binary.
fs::path module_path() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  // Without /proc the binary cannot tell where it is: a path that does not
  // exist, absolute so that dlopen searches nowhere else, and fails saying so.
  if (ec) return fs::path("/proc/self") / MINIPILOT_PDF_MODULE;
  const fs::path dir = exe.parent_path();
  if (fs::path beside = dir / MINIPILOT_PDF_MODULE; fs::exists(beside, ec)) return beside;
  return (dir / ".." / MINIPILOT_MODULE_SUBDIR / MINIPILOT_PDF_MODULE).lexically_normal();
}

MinipilotPdfEntry* entry() {
  // Loaded once and never unloaded: Pango and GLib keep process-wide state.
  static MinipilotPdfEntry* const found = [] {
    const fs::path path = module_path();
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)
      throw Error(ErrorKind::internal, trf("cannot load the PDF module {}: {}", path.string(), ::dlerror()),
                  tr("reinstall minipilot; letters as Markdown or HTML need no module"));
    void* symbol = ::dlsym(handle, MINIPILOT_PDF_ENTRY);
    if (!symbol)
      throw Error(ErrorKind::internal,
                  trf("the PDF module {} is not the one of this minipilot: {}", path.string(), ::dlerror()),
                  tr("reinstall minipilot; letters as Markdown or HTML need no module"));
    return reinterpret_cast<MinipilotPdfEntry*>(symbol);
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

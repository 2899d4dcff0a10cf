// Modules built with the binary and loaded on first use (decisions 80 and 82), so that no other command pays for
// loading their libraries: minipilot-pdf.so (Pango, Cairo) and minipilot-pg.so (libpqxx, libpq).
#pragma once

#include <string>

namespace minipilot {

/// A module's entry point, or why there is none.
struct ModuleSymbol {
  void* symbol = nullptr;  ///< nullptr when the module or its entry point could not be loaded
  std::string path;        ///< where the module was looked for
  bool loaded = false;     ///< the file was loaded, but has no such entry point (another version's module)
  std::string error;       ///< dlerror()'s words
};

/// Loads the module `file` (once; never unloaded) and finds `symbol` in it.
/// The module is looked for beside the binary (a build tree), else in the
/// binary's own tree's LIBDIR/minipilot (where `cmake --install` put it, also
/// when the tree has moved); never elsewhere, for a module is only ever the
/// one built with its binary.
ModuleSymbol load_module_symbol(const char* file, const char* symbol);

}  // namespace minipilot

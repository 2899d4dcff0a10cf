// Finding and loading a module of this binary's own tree.
#include "minipilot/core/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace minipilot {

namespace fs = std::filesystem;

namespace {

fs::path module_path(const char* file) {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  // Without /proc the binary cannot tell where it is: a path that does not
  // exist, absolute so that dlopen searches nowhere else, and fails saying so.
  if (ec) return fs::path("/proc/self") / file;
  const fs::path dir = exe.parent_path();
  if (fs::path beside = dir / file; fs::exists(beside, ec)) return beside;
  return (dir / ".." / MINIPILOT_MODULE_SUBDIR / file).lexically_normal();
}

}  // namespace

ModuleSymbol load_module_symbol(const char* file, const char* symbol) {
  ModuleSymbol found;
  found.path = module_path(file).string();
  // RTLD_NODELETE: a module's libraries may keep process-wide state (GLib, OpenSSL), so it is never unloaded.
  void* handle = ::dlopen(found.path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!handle) {
    found.error = ::dlerror();
    return found;
  }
  found.loaded = true;
  found.symbol = ::dlsym(handle, symbol);
  if (!found.symbol) found.error = ::dlerror();
  return found;
}

}  // namespace minipilot

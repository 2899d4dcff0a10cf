// The language of a run: --lang, the configuration, or Finnish; and where its catalogue is found.
#include "cmd/language.h"

#include <cstdlib>
#include <optional>
#include <string_view>

#include "minipilot/config/config.h"

namespace fs = std::filesystem;

namespace minipilot::cli {

namespace {

// The value of `--name VALUE` or `--name=VALUE`, the last one given.
std::optional<std::string> option_value(const std::vector<std::string>& args, std::string_view name) {
  std::optional<std::string> found;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a == name && i + 1 < args.size()) found = args[i + 1];
    if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=')
      found = a.substr(name.size() + 1);
  }
  return found;
}

bool has_catalogue(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "fi" / "LC_MESSAGES" / "minipilot.mo", ec);
}

}  // namespace

Language chosen_language(const std::vector<std::string>& args) {
  if (const std::optional<std::string> lang = option_value(args, "--lang")) {
    const Checked<Language> l = parse_language(*lang);
    return l.ok() ? l.value : Language::fi;
  }
  fs::path config = "minipilot.toml";
  if (const char* e = std::getenv("MINIPILOT_CONFIG"); e && *e) config = e;
  if (const std::optional<std::string> c = option_value(args, "--config")) config = *c;
  return configured_language(config).value_or(Language::fi);
}

fs::path catalogue_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& dir : {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"})
      if (has_catalogue(dir)) return dir;
  }
  return MINIPILOT_LOCALEDIR;
}

bool set_up_language(const std::vector<std::string>& args) {
  const Language lang = chosen_language(args);
  return use_language(lang, lang == Language::en ? fs::path() : catalogue_dir());
}

}  // namespace minipilot::cli

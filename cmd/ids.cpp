// Ids from arguments and standard input, shared by the commands that take many ids.
#include <istream>

#include "cmd/commands.h"

namespace minipilot::cli {

std::vector<std::string> expand_ids(const std::vector<std::string>& args, std::istream& in) {
  std::vector<std::string> ids;
  for (const std::string& a : args) {
    if (a != "-") {
      ids.push_back(a);
      continue;
    }
    for (std::string token; in >> token;) ids.push_back(token);
  }
  return ids;
}

}  // namespace minipilot::cli

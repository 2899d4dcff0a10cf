// minipilot manpage (hidden): the manual page minipilot(1) in roff, from the same help as --help; make install runs it.
#include "cmd/cli_tree.h"
#include "cmd/commands.h"
#include "cmd/man_page.h"

namespace minipilot::cli {

Runner setup_manpage(CLI::App& sub) {
  sub.group("");  // hidden from --help: for packagers, not for the people who use minipilot
  return [&sub](Context& ctx) {
    // Written as it is, as a JSON document would be (to stdout, or to -o FILE).
    ctx.print_json(man_page(describe(root_of(sub)), MINIPILOT_VERSION, MINIPILOT_LOCALEDIR));
  };
}

}  // namespace minipilot::cli

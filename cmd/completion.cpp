// minipilot completion bash|zsh|fish: the shell's completion script, written from the commands this binary has.
#include <memory>

#include "cmd/cli_tree.h"
#include "cmd/commands.h"
#include "cmd/completion_scripts.h"

namespace minipilot::cli {

Runner setup_completion(CLI::App& sub) {
  auto shell = std::make_shared<std::string>();
  sub.add_option("shell", *shell, tr("the shell: bash, zsh or fish"))
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  // TRANSLATORS: the end of `minipilot completion --help`
  sub.footer(
      tr("Enable it for this shell with:\n"
         "  bash: source <(minipilot completion bash)\n"
         "  zsh:  source <(minipilot completion zsh)\n"
         "  fish: minipilot completion fish | source\n"
         "'make install' installs all three where the shells look for them."));
  // The tree is read when the command runs: by then every command has been added.
  return [shell, &sub](Context& ctx) {
    const CommandInfo root = describe(root_of(sub));
    // Written as it is, as a JSON document would be (to stdout, or to -o FILE).
    ctx.print_json(*shell == "bash"  ? bash_completion(root)
                   : *shell == "zsh" ? zsh_completion(root)
                                     : fish_completion(root));
  };
}

}  // namespace minipilot::cli

// Progress on a terminal: "Tuodaan rivejä: 12 000 / 100 000 (12 %)" on stderr, redrawn a few times a second.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

#include "minipilot/core/progress.h"

namespace minipilot::cli {

/// Draws progress on `err` in place (carriage return, erase line), at most
/// every `interval`, and clears it when the work is done. Only used when
/// stderr is a terminal and -q is not given (cmd/context.cpp decides).
class TerminalProgress : public Progress {
 public:
  explicit TerminalProgress(std::ostream& err,
                            std::chrono::milliseconds interval = std::chrono::milliseconds(200));
  void step(std::string_view what, uint64_t done, uint64_t total) override;
  void done() override;

 private:
  std::ostream& err_;
  std::chrono::milliseconds interval_;
  std::chrono::steady_clock::time_point last_{};
  uint64_t calls_ = 0;
  bool shown_ = false;
};

/// "12 000 / 100 000 (12 %)" in the chosen language's number forms; "12 000" when the total is unknown.
std::string progress_text(std::string_view what, uint64_t done, uint64_t total);

}  // namespace minipilot::cli

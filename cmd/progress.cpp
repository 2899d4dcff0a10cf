// The terminal progress meter: throttled, drawn over itself, cleared at the end.
#include "cmd/progress.h"

#include <fmt/format.h>

#include <ostream>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"

namespace minipilot::cli {

std::string progress_text(std::string_view what, uint64_t done, uint64_t total) {
  if (total == 0) return fmt::format("{}: {}", what, count_text(done));
  const uint64_t percent = done >= total ? 100 : done * 100 / total;
  // TRANSLATORS: progress on the terminal: "rows: 12 000 / 100 000 (12 %)"
  return trf("{}: {} / {} ({} %)", what, count_text(done), count_text(total), percent);
}

TerminalProgress::TerminalProgress(std::ostream& err, std::chrono::milliseconds interval)
    : err_(err), interval_(interval) {}

void TerminalProgress::step(std::string_view what, uint64_t done, uint64_t total) {
  // The clock is read once per 64 steps: a million-row import calls this a million times.
  if ((calls_++ & 63) != 0 && done != total) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < interval_ && done != total) return;
  last_ = now;
  shown_ = true;
  err_ << "\r\033[K" << progress_text(what, done, total) << std::flush;
}

void TerminalProgress::done() {
  if (shown_) err_ << "\r\033[K" << std::flush;
  shown_ = false;
  calls_ = 0;
}

}  // namespace minipilot::cli

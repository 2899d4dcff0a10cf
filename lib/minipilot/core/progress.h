// How long work says how far it has come (spec §4 "Output"): lib/ counts, cmd/ decides whether and how to show it.
#pragma once

#include <cstdint>
#include <string_view>

namespace minipilot {

/// Told how far a long piece of work is. lib/ calls step() as often as it
/// likes (once per row of a million-row import); the receiver throttles.
class Progress {
 public:
  virtual ~Progress() = default;
  /// `done` of `total` units of `what` ("rows", a translated noun) are done;
  /// `total` 0 when not known.
  virtual void step(std::string_view what, uint64_t done, uint64_t total) = 0;
  /// The work is over (or failed): whatever was shown is cleared.
  virtual void done() = 0;
  /// Whether anything is shown at all: work may skip counting its total if not.
  virtual bool shown() const { return true; }
};

/// A Progress that shows nothing (scripts, tests, -q, a stderr that is not a terminal).
class NoProgress : public Progress {
 public:
  void step(std::string_view, uint64_t, uint64_t) override {}
  void done() override {}
  bool shown() const override { return false; }
};

/// The Progress every operation gets unless it is handed another.
inline Progress& no_progress() {
  static NoProgress none;
  return none;
}

/// Calls done() when it goes out of scope, also when the work throws.
class ProgressScope {
 public:
  explicit ProgressScope(Progress& p) : p_(p) {}
  ~ProgressScope() { p_.done(); }
  ProgressScope(const ProgressScope&) = delete;
  ProgressScope& operator=(const ProgressScope&) = delete;
  void step(std::string_view what, uint64_t done, uint64_t total) { p_.step(what, done, total); }

 private:
  Progress& p_;
};

}  // namespace minipilot

// verify: SQLite's own checks plus every invariant of spec §2 the ledger holds so far.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/config/config.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

/// One thing found wrong: which check, about what (a pilot id, an event
/// number, a year), and what differs.
struct Problem {
  std::string check;
  std::string subject;
  std::string message;
};

/// What verify looked at and what it found.
struct VerifyReport {
  int schema_version = 0;
  bool access_control = false;
  int64_t pilots = 0;
  int64_t events = 0;
  ChainHead head;  ///< the last event's number and stored hash
  std::optional<ChainHead> expected;  ///< the head an auditor kept (--expect-head), if given
  std::vector<std::string> checks;  ///< the checks that ran, in order
  std::vector<Problem> problems;    ///< at most kMaxProblems
  int64_t problem_count = 0;        ///< all problems, also those not listed

  static constexpr size_t kMaxProblems = 1000;
  bool ok() const { return problem_count == 0; }
};

/// Runs every check in one read transaction. With `expected` (a head
/// printed earlier and kept outside the ledger) it also checks that the
/// chain still holds that event with that hash: a ledger put back to an
/// older copy, cut short or rewritten fails. Finding problems is not an
/// error here; the command turns a non-empty report into exit 9.
VerifyReport verify_ledger(Ledger& ledger, const Config& config,
                           const std::optional<ChainHead>& expected = std::nullopt);


}  // namespace minipilot

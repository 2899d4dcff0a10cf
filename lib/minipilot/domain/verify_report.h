// What verify looked at and what it found, as plain data for the renderers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/domain/chain.h"

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
  ChainHead head;                     ///< the last event's number and stored hash
  std::optional<ChainHead> expected;  ///< the head an auditor kept (--expect-head), if given
  std::vector<std::string> checks;    ///< the checks that ran, in order
  std::vector<Problem> problems;      ///< at most kMaxProblems
  int64_t problem_count = 0;          ///< all problems, also those not listed

  static constexpr size_t kMaxProblems = 1000;
  bool ok() const { return problem_count == 0; }
};

}  // namespace minipilot

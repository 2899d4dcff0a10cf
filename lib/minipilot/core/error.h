// The one exception type for refusals, and the exit code of each kind (spec §4).
#pragma once

#include <stdexcept>
#include <string>

namespace minipilot {

/// Why a command was refused; each kind has one exit code (spec §4, "Exit codes").
enum class ErrorKind {
  internal = 1,    ///< a bug or an unexpected library failure
  usage = 2,       ///< unknown command or option, missing argument
  invalid = 3,     ///< IBAN, business ID, date, amount, CSV row, field too long
  not_found = 4,   ///< pilot, batch, user, area, ledger
  conflict = 5,    ///< illegal transition, duplicate application, already paid
  budget = 6,      ///< the approval would take the year over its budget
  permission = 7,  ///< role, area, four-eyes
  busy = 8,        ///< ledger locked past the busy timeout, read-only, unwritable
  integrity = 9,   ///< verify found a problem, or the ledger is newer than us
  config = 10,     ///< configuration missing, malformed or inconsistent
};

/// The process exit code for a kind.
inline int exit_code(ErrorKind kind) { return static_cast<int>(kind); }

/// A refusal: what went wrong (one line, no trailing period) and, where it
/// helps, what to do about it. Thrown by lib/, printed only by cmd/main.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& hint() const { return hint_; }

 private:
  ErrorKind kind_;
  std::string hint_;
};

}  // namespace minipilot

// What an operation wants its user told beside its result (spec §5: an IBAN that another payee also uses).
#pragma once

#include <string>

namespace minipilot {

/// Receives warnings an operation gives once it has done its work: lib/
/// words them, cmd/ prints them (on stderr, even with -q).
class Notices {
 public:
  virtual ~Notices() = default;
  virtual void note(const std::string& sentence) = 0;
};

/// Notices that go nowhere (tests, and operations run for their result alone).
class NoNotices : public Notices {
 public:
  void note(const std::string&) override {}
};

/// The Notices every operation gets unless it is handed others.
inline Notices& no_notices() {
  static NoNotices none;
  return none;
}

}  // namespace minipilot

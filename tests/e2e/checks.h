// Assertions shared by the end-to-end tests: a refusal changes nothing and says why.
#pragma once

#include <doctest/doctest.h>

#include "support/harness.h"

namespace minipilot::test {

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// Marks a case about SQLite's file itself (its bytes, its WAL, its permissions, a copy of it, an old file's
/// migration): a shared ledger has no file, so tests/CMakeLists.txt leaves the suite out on PostgreSQL.
inline const doctest::test_suite kLedgerFile("ledger file");

/// The SQL that drops `trigger` (on `table`) behind the tool's back, in the ledger's dialect.
inline std::string drop_trigger(const Workspace& ws, const std::string& trigger, const std::string& table) {
  return "DROP TRIGGER " + trigger + (ws.shared() ? " ON " + table : "");
}

/// Runs `args` and checks that it is refused with `code`, an error line
/// (after any warnings) containing `message` on stderr, nothing on stdout, and the ledger byte
/// for byte as before.
inline void check_refused(Workspace& ws, const std::vector<std::string>& args, int code, const std::string& message,
                          const std::string& input = "") {
  const std::string before = ws.dump();
  const Result r = ws.mp(args, input);
  CAPTURE(r.err);
  CHECK(r.code == code);
  CHECK((r.err.rfind("minipilot: error: ", 0) == 0 || contains(r.err, "\nminipilot: error: ")));
  CHECK(contains(r.err, message));
  CHECK(r.out.empty());
  CHECK(ws.dump() == before);
}

/// The flags of a valid application in area keskusta, titled `title`.
inline std::vector<std::string> application(const std::string& title,
                                            const std::string& applicant = "Matti Meikäläinen") {
  return {"apply",
          "--title",
          title,
          "--applicant",
          applicant,
          "--type",
          "resident",
          "--area",
          "keskusta",
          "--iban",
          "FI21 1234 5600 0007 85",
          "--email",
          "matti@example.fi"};
}

}  // namespace minipilot::test

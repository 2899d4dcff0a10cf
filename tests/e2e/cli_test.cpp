// End-to-end tests of the command line itself: help, version, unknown commands, exit codes.
#include <chrono>
#include <thread>

#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("cli: --help lists every command and exits 0") {
  Workspace ws(kTeamConfig, false);
  const Result r = ws.mp({"--help"});
  CHECK(r.code == 0);
  for (const char* c : {"init", "apply", "approve", "reject", "withdraw", "show", "report", "verify", "applicant",
                        "purge", "backup", "disburse", "amend", "hold", "release", "complete", "log"})
    CHECK(contains(r.out, c));
  CHECK(ws.mp({"approve", "--help"}).code == 0);
  CHECK(ws.mp({"--version"}).out == "minipilot 0.1.0\n");
}

TEST_CASE("cli: no command, an unknown command or option is a usage error (exit 2)") {
  Workspace ws(kTeamConfig);
  for (const auto& args : std::vector<std::vector<std::string>>{{}, {"approev", "MP-2026-0001"}, {"--frobnicate", "report"}}) {
    const Result r = ws.mp(args);
    CHECK(r.code == 2);
    CHECK(r.err.rfind("minipilot: error: ", 0) == 0);
    CHECK(contains(r.err, "hint: see 'minipilot --help'"));
  }
}

TEST_CASE("cli: -q silences confirmations but not data or errors") {
  Workspace ws(kTeamConfig);
  const Result r = ws.mp({"-q", "apply", "--title", "A", "--applicant", "B", "--type", "resident", "--area", "keskusta"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK_FALSE(ws.mp({"-q", "report"}).out.empty());
  CHECK(ws.mp({"-q", "show", "MP-2026-0009"}).code == 4);
}

TEST_CASE("cli: a ledger locked by another writer past the timeout is exit 8") {
  Workspace ws(std::string(kTeamConfig) + "[ledger]\nbusy_timeout_ms = 200\n");
  // sqlite3 holds the write lock for a second while minipilot tries to apply.
  std::thread holder([&] {
    run_process({"/usr/bin/sqlite3", "minipilot.db"}, ws.dir().path(), {},
                "BEGIN IMMEDIATE;\nSELECT 1;\n.timeout 1\n.shell sleep 1.5\nCOMMIT;\n");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const Result r = ws.mp(application("A"));
  holder.join();
  CHECK(r.code == 8);
  CHECK(contains(r.err, "the ledger is busy"));
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "0");
}

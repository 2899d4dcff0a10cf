// End-to-end tests of the command line itself: help, version, unknown commands, exit codes.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
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

// The commands as --help lists them (in the table's order).
std::vector<std::string> listed_commands(const std::string& help) {
  std::vector<std::string> out;
  const size_t start = help.find("Subcommands:\n");
  REQUIRE(start != std::string::npos);
  std::istringstream lines(help.substr(start + 13));
  std::string line;
  while (std::getline(lines, line) && !line.empty()) out.push_back(line.substr(2, line.find(' ', 2) - 2));
  return out;
}

TEST_CASE("cli: the command table is sorted and docs/cli.md has a section for every command (issue 12)") {
  Workspace ws(kTeamConfig, false);
  const std::vector<std::string> commands = listed_commands(ws.mp({"--help"}).out);
  CHECK(commands.size() >= 17);
  CHECK(std::is_sorted(commands.begin(), commands.end()));
  CHECK(std::adjacent_find(commands.begin(), commands.end()) == commands.end());
  std::ifstream doc(std::string(MINIPILOT_SOURCE_DIR) + "/docs/cli.md");
  REQUIRE(doc);
  std::vector<std::string> headings;
  for (std::string line; std::getline(doc, line);)
    if (line.rfind("### ", 0) == 0) headings.push_back(line);
  for (const std::string& c : commands) {
    INFO("command: " << c);
    CHECK(std::any_of(headings.begin(), headings.end(),
                      [&](const std::string& h) { return contains(h, "`" + c + " ") || contains(h, "`" + c + "`"); }));
  }
}

TEST_CASE("cli: no command, an unknown command or option is a usage error (exit 2)") {
  Workspace ws(kTeamConfig);
  for (const auto& args :
       std::vector<std::vector<std::string>>{{}, {"frobnicate", "MP-2026-0001"}, {"--frobnicate", "report"}}) {
    const Result r = ws.mp(args);
    CHECK(r.code == 2);
    CHECK(r.err.rfind("minipilot: error: ", 0) == 0);
    CHECK(contains(r.err, "hint: see 'minipilot --help'"));
  }
}

TEST_CASE("cli: an unknown command or option typed near a known one suggests it, in Finnish too (issue 14)") {
  Workspace ws(kTeamConfig);
  const Result r = ws.mp({"aprove", "MP-2026-0001"});
  CHECK(r.code == 2);
  CHECK(r.err == "minipilot: error: unknown command 'aprove'\nhint: did you mean 'approve'?\n");
  CHECK(ws.mp({"rpeort"}).err == "minipilot: error: unknown command 'rpeort'\nhint: did you mean 'report'?\n");
  const Result fi = ws.mp({"--lang", "fi", "aprove", "MP-2026-0001"});
  CHECK(fi.code == 2);
  CHECK(fi.err == "minipilot: error: tuntematon komento 'aprove'\nhint: tarkoititko 'approve'?\n");
  // Options: the nearest of the command's own, or a global one.
  const Result option = ws.mp({"apply", "--titel", "Idea", "--applicant", "A", "--type", "resident"});
  CHECK(option.code == 2);
  CHECK(contains(option.err, "--titel"));
  CHECK(contains(option.err, "\nhint: did you mean '--title'?\n"));
  CHECK(contains(ws.mp({"report", "pilots", "--serch", "x"}).err, "hint: did you mean '--search'?"));
  CHECK(contains(ws.mp({"report", "--fromat", "json"}).err, "hint: did you mean '--format'?"));
  CHECK(contains(ws.mp({"disburse", "void", "PB-2026-001", "--reasn", "x"}).err, "hint: did you mean '--reason'?"));
  // Nothing near: the general hint, never a wild guess.
  CHECK(contains(ws.mp({"report", "--zzzzzz"}).err, "hint: see 'minipilot --help' or 'minipilot COMMAND --help'"));
}

TEST_CASE("cli: -q silences confirmations but not data or errors") {
  Workspace ws(kTeamConfig);
  const Result r =
      ws.mp({"-q", "apply", "--title", "A", "--applicant", "B", "--type", "resident", "--area", "keskusta"});
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK_FALSE(ws.mp({"-q", "report"}).out.empty());
  CHECK(ws.mp({"-q", "show", "MP-2026-0009"}).code == 4);
}

TEST_CASE("cli: a ledger locked by another writer past the timeout is exit 8") {
  Workspace ws(std::string(kTeamConfig) + "[ledger]\nbusy_timeout_ms = 200\n");
  // sqlite3 (or psql, taking the writers' lock) holds the write lock for a second while minipilot tries to apply.
  std::thread holder([&] {
    if (ws.shared())
      ws.try_sql("BEGIN; LOCK TABLE minipilot_ledger IN EXCLUSIVE MODE; SELECT pg_sleep(1.5); COMMIT;");
    else
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

TEST_CASE("cli: a command refused for its permission or its input never opens the ledger (issue 12)") {
  Workspace ws(kTeamConfig, false);  // no ledger at all
  const auto refused = [&](const std::vector<std::string>& args, int code) {
    const Result r = ws.mp(args);
    INFO(r.err);
    CHECK(r.code == code);
    CHECK_FALSE(contains(r.err, "no ledger"));
  };
  refused({"--as", "tarja", "disburse"}, 7);
  refused({"--as", "tarja", "backup", "copy.db"}, 7);
  refused({"--as", "tarja", "applicant", "export", "12"}, 7);
  refused({"--as", "anna", "apply", "--title", "X", "--applicant", "Y", "--type", "resident", "--iban", "FI00"}, 3);
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "minipilot.db"));
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "copy.db"));
  const Result allowed = ws.mp({"--as", "tarja", "report"});  // reading is allowed: now the ledger is missed
  CHECK(allowed.code == 4);
  CHECK(contains(allowed.err, "no ledger"));
}

TEST_CASE("cli: the binary does not link Pango or Cairo, its PDF module beside it does (issue 18)") {
  // Linked in, they and the libraries under them were 2.8 ms of every command's start.
  const Result needed =
      run_process({"/usr/bin/readelf", "-d", MINIPILOT_BIN}, std::filesystem::temp_directory_path(), {});
  REQUIRE(needed.code == 0);
  CHECK(contains(needed.out, "libstdc++"));  // the listing is the binary's own NEEDED entries
  CHECK_FALSE(contains(needed.out, "libpango"));
  CHECK_FALSE(contains(needed.out, "libcairo"));
  const std::filesystem::path module = std::filesystem::path(MINIPILOT_BIN).parent_path() / "minipilot-pdf.so";
  REQUIRE(std::filesystem::exists(module));
  const Result pdf =
      run_process({"/usr/bin/readelf", "-d", module.string()}, std::filesystem::temp_directory_path(), {});
  CHECK(contains(pdf.out, "libpangocairo"));
}

TEST_CASE("cli: the binary does not link libpq or libpqxx, its PostgreSQL module beside it does (issue 19)") {
  // Linked in, they and LDAP, GnuTLS and Kerberos under them were 2.7 ms of every command's start.
  const Result needed =
      run_process({"/usr/bin/readelf", "-d", MINIPILOT_BIN}, std::filesystem::temp_directory_path(), {});
  REQUIRE(needed.code == 0);
  CHECK(contains(needed.out, "libstdc++"));
  CHECK_FALSE(contains(needed.out, "libpq"));
  const std::filesystem::path module = std::filesystem::path(MINIPILOT_BIN).parent_path() / "minipilot-pg.so";
  REQUIRE(std::filesystem::exists(module));
  const Result pg =
      run_process({"/usr/bin/readelf", "-d", module.string()}, std::filesystem::temp_directory_path(), {});
  CHECK(contains(pg.out, "libpqxx"));
}

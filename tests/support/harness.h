// Runs the real minipilot binary in a fresh folder and captures what it did: stdout, stderr, exit code.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/configs.h"
#include "support/temp_dir.h"

namespace minipilot::test {

/// What a process did.
struct Result {
  int code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` in `cwd` with exactly `env` (plus PATH, HOME, LANG), feeding
/// `input` on standard input.
/// With `kill_after_us` > 0 the process is sent SIGKILL after that many
/// microseconds (if still running), as a power cut would stop it.
Result run_process(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                   const std::map<std::string, std::string>& env, const std::string& input = "",
                   long kill_after_us = 0);

/// A temporary folder with a configuration and a ledger, and the binary run
/// inside it as a given user with $MINIPILOT_NOW fixed.
class Workspace {
 public:
  /// Writes `config` to minipilot.toml (with_fixed_clock) and, when `init`,
  /// creates the ledger. With $MINIPILOT_TEST_ON_PG (the folder of the test
  /// cluster) the ledger is a database of its own there, named by [ledger]
  /// url, and dropped with the workspace.
  explicit Workspace(const std::string& config, bool init = true);
  Workspace(Workspace&& other) noexcept;
  ~Workspace();

  /// Runs `minipilot ARGS...` here.
  Result mp(const std::vector<std::string>& args, const std::string& input = "", long kill_after_us = 0);
  /// `sqlite3 minipilot.db .dump` (or pg_dump of the database): compares ledgers byte for byte.
  std::string dump();
  /// Writes `config` to minipilot.toml as the constructor does (with_fixed_clock, and the database's [ledger] url).
  void configure(const std::string& config);
  /// One value from the ledger, through the sqlite3 shell (or psql, which prints rows alike); a query that fails
  /// throws, so that its "" cannot pass a check.
  std::string sql(const std::string& query);
  /// The same for a query that may be refused (a trigger's, a constraint's): what the shell printed and its exit code.
  Result try_sql(const std::string& query);
  /// Keeps a copy of the ledger as it is now, under `name` (a file beside it, or a database made from it).
  void keep_copy(const std::string& name);
  /// Puts the ledger back to the copy kept as `name`, as a restore from an older backup would.
  void put_back(const std::string& name);
  /// Replaces the ledger with a copy of `other`'s.
  void replace_ledger_with(const Workspace& other);
  /// Whether the ledger is a PostgreSQL database.
  bool shared() const { return !database_.empty(); }

  const TempDir& dir() const { return dir_; }
  std::map<std::string, std::string> env;  ///< MINIPILOT_NOW, MINIPILOT_USER, ... as the test wants

 private:
  TempDir dir_;
  std::string database_;             ///< the PostgreSQL database, or empty
  std::vector<std::string> copies_;  ///< the databases keep_copy() made, dropped with the workspace
  void copy_database(const std::string& from, const std::string& to);
};

/// The engine the end-to-end tests run on: "postgresql" or "sqlite".
std::string test_engine();

}  // namespace minipilot::test

// End-to-end tests of `minipilot init`.
#include <sys/stat.h>

#include <ctime>

#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("init --with-config: writes a starter config and an empty ledger that verifies") {
  Workspace ws("", false);
  std::filesystem::remove(ws.dir() / "minipilot.toml");
  ws.env.erase("MINIPILOT_NOW");  // no configuration yet to allow a fixed clock: the real year
  const Result r = ws.mp({"--lang", "en", "init", "--with-config"});
  CHECK(r.code == 0);
  CHECK(r.out == "created minipilot.toml\ncreated ledger minipilot.db\n");
  // The budget is for the year in Helsinki (UTC+2 or +3), which may be UTC's next.
  const std::time_t now = std::time(nullptr), later = now + 3 * 3600;
  std::tm utc{}, ahead{};
  gmtime_r(&now, &utc);
  gmtime_r(&later, &ahead);
  const std::string config = read_text(ws.dir() / "minipilot.toml");
  CHECK((contains(config, std::to_string(1900 + utc.tm_year) + " = \"30000.00\"") ||
         contains(config, std::to_string(1900 + ahead.tm_year) + " = \"30000.00\"")));
  CHECK(contains(config, "language = \"fi\""));
  CHECK(contains(config, "timezone = \"Europe/Helsinki\""));
  // Without --lang the new programme speaks Finnish.
  CHECK(contains(ws.mp({"verify"}).out, "Tarkist"));
  CHECK(contains(read_text(ws.dir() / "minipilot.toml"), "fixed_clock = false"));
  struct stat st {};
  REQUIRE(stat((ws.dir() / "minipilot.db").c_str(), &st) == 0);
  CHECK((st.st_mode & 0007) == 0);
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("init: the ledger path is relative to the config file's folder") {
  Workspace ws("", false);
  std::filesystem::create_directory(ws.dir() / "etc");
  write_text(ws.dir() / "etc/mp.toml",
             with_fixed_clock(std::string(kSingleUserConfig) + "[ledger]\npath = \"data.db\"\n"));
  const Result r = ws.mp({"--config", "etc/mp.toml", "init"});
  CHECK(r.code == 0);
  CHECK(std::filesystem::exists(ws.dir() / "etc/data.db"));
}

TEST_CASE("init: refuses to touch an existing ledger or config") {
  Workspace ws(kTeamConfig);
  ws.mp(application("A"));
  const std::string config = read_text(ws.dir() / "minipilot.toml");
  check_refused(ws, {"init"}, 5, "exists already");
  check_refused(ws, {"init", "--with-config"}, 5, "minipilot.toml exists already");
  CHECK(read_text(ws.dir() / "minipilot.toml") == config);
  CHECK(contains(config, with_fixed_clock(kTeamConfig)));
}

TEST_CASE("init: a ledger in a folder that does not exist is exit 8 and leaves no config") {
  Workspace ws("", false);
  std::filesystem::remove(ws.dir() / "minipilot.toml");
  ws.env.erase("MINIPILOT_NOW");
  const Result r = ws.mp({"--lang", "en", "--db", "missing/dir/l.db", "init", "--with-config"});
  CHECK(r.code == 8);
  CHECK(contains(r.err, "cannot create missing/dir/l.db"));
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "minipilot.toml"));
}

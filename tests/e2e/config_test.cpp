// End-to-end tests of configuration lookup and configuration errors (exit 10).
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("config: --config wins over $MINIPILOT_CONFIG, which wins over ./minipilot.toml") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "other.toml",
             with_fixed_clock(std::string(kSingleUserConfig) + "[ledger]\npath = \"other.db\"\n"));
  ws.env["MINIPILOT_CONFIG"] = "other.toml";
  CHECK(ws.mp({"init"}).code == 0);
  CHECK(ws.mp(application("A")).code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "0");
  CHECK(ws.mp({"--config", "minipilot.toml", "show", "MP-2026-0001"}).code == 4);
}

TEST_CASE("config: a malformed file is exit 10 naming file and line, and nothing changes") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "minipilot.toml", std::string(kTeamConfig) + "[budget\n");
  check_refused(ws, application("A"), 10, "minipilot.toml:23:");
}

TEST_CASE("config: an invalid value is exit 10 naming line and key") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "minipilot.toml", std::string(kTeamConfig) + "[controls]\nfour_eyes = \"yes\"\n");
  check_refused(ws, {"--lang", "en", "report"}, 10, "minipilot.toml:24: controls.four_eyes: must be true or false");
}

TEST_CASE("config: no configuration at all is exit 10 with a hint") {
  Workspace ws(kTeamConfig);
  std::filesystem::remove(ws.dir() / "minipilot.toml");
  const Result r = ws.mp({"--lang", "en", "report"});
  CHECK(r.code == 10);
  CHECK(contains(r.err, "minipilot.toml: no such configuration file"));
  CHECK(contains(r.err, "hint: give --config FILE"));
  // Without a configuration to name a language, the language is Finnish.
  const Result fi = ws.mp({"report"});
  CHECK(fi.code == 10);
  CHECK(contains(fi.err, "minipilot: error: minipilot.toml: asetustiedostoa ei ole"));
  CHECK(contains(fi.err, "hint: anna --config"));
}

TEST_CASE("config: a bad MINIPILOT_NOW is refused") {
  Workspace ws(kTeamConfig);
  ws.env["MINIPILOT_NOW"] = "yesterday";
  check_refused(ws, application("A"), 10, "MINIPILOT_NOW");
}

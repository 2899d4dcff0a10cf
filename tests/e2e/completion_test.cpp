// End-to-end tests of `completion SHELL` and the hidden `manpage`: both written from the command table (issue 13).
#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// The names of kCommands, read from cmd/commands.h as the table is written there.
std::vector<std::string> table_commands() {
  std::ifstream in(std::string(MINIPILOT_SOURCE_DIR) + "/cmd/commands.h");
  std::stringstream text;
  text << in.rdbuf();
  const std::string source = text.str();
  const size_t start = source.find("kCommands = ");
  REQUIRE(start != std::string::npos);
  const std::string table = source.substr(start, source.find("});", start) - start);
  std::vector<std::string> names;
  const std::regex row(R"re(\{"([a-z-]+)",)re");
  for (auto it = std::sregex_iterator(table.begin(), table.end(), row); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

// The commands a person uses: `manpage` is hidden (CLI11 group ""), for packagers.
std::vector<std::string> visible_commands() {
  std::vector<std::string> out;
  for (const std::string& c : table_commands())
    if (c != "manpage") out.push_back(c);
  return out;
}

}  // namespace

TEST_CASE("completion: the bash, zsh and fish scripts name every command of the table (issue 13)") {
  Workspace ws(kTeamConfig, false);
  const std::vector<std::string> commands = visible_commands();
  REQUIRE(commands.size() >= 18);
  for (const char* shell : {"bash", "zsh", "fish"}) {
    const Result r = ws.mp({"completion", shell});
    INFO("shell: " << shell << "\n" << r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    for (const std::string& c : commands) {
      INFO("command: " << c);
      // bash lists them in one word list, zsh as 'name:help', fish as -a 'name'
      CHECK((contains(r.out, " " + c + " ") || contains(r.out, " " + c + "'") || contains(r.out, "'" + c + " ") ||
             contains(r.out, "'" + c + ":") || contains(r.out, "-a '" + c + "'")));
    }
    CHECK_FALSE(contains(r.out, "manpage"));  // hidden, as in --help
    // Nested commands and file names are completed too.
    CHECK(contains(r.out, "void"));
    CHECK(contains(r.out, "export"));
  }
  CHECK(contains(ws.mp({"completion", "bash"}).out, "complete -F _minipilot minipilot"));
  CHECK(ws.mp({"completion", "zsh"}).out.rfind("#compdef minipilot\n", 0) == 0);
  CHECK(contains(ws.mp({"completion", "fish"}).out, "complete -c minipilot -l config -r -F"));
}

TEST_CASE("completion: an unknown shell or none is a usage error (exit 2)") {
  Workspace ws(kTeamConfig, false);
  for (const auto& args : std::vector<std::vector<std::string>>{{"completion", "powershell"}, {"completion"}}) {
    const Result r = ws.mp(args);
    INFO(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.rfind("minipilot: error: ", 0) == 0);
    CHECK(r.out.empty());
  }
}

TEST_CASE("completion: completion and manpage need no configuration and no ledger, and create none") {
  TempDir dir;
  const std::map<std::string, std::string> env{{"MINIPILOT_CONFIG", (dir / "missing.toml").string()}};
  for (const auto& args : std::vector<std::vector<std::string>>{{MINIPILOT_BIN, "--lang", "en", "completion", "fish"},
                                                                {MINIPILOT_BIN, "--lang", "en", "manpage"}}) {
    const Result r = run_process(args, dir.path(), env);
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK_FALSE(r.out.empty());
  }
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("completion: manpage: minipilot(1) in roff has every section and every command, nested ones too (issue 13)") {
  Workspace ws(kTeamConfig, false);
  const Result r = ws.mp({"--lang", "en", "manpage"});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, ".TH MINIPILOT 1 "));
  for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS",
                              "ENVIRONMENT", "FILES", "SEE ALSO"})
    CHECK(contains(r.out, std::string(".SH \"") + section + "\"\n"));
  for (const std::string& c : visible_commands()) {
    INFO("command: " << c);
    std::string roff;  // a hyphen is \- in roff, so that the name copies from the page as typed
    for (char ch : c) roff += ch == '-' ? std::string("\\-") : std::string(1, ch);
    CHECK(contains(r.out, ".SS \"" + roff + "\"\n"));
  }
  CHECK(contains(r.out, ".SS \"disburse void\"\n"));
  CHECK(contains(r.out, ".SS \"applicant erase\"\n"));
  for (const char* variable : {"MINIPILOT_CONFIG", "MINIPILOT_USER", "MINIPILOT_NOW", "NO_COLOR"})
    CHECK(contains(r.out, std::string(".TP\n\\fB") + variable + "\\fR\n"));
  for (int code = 0; code <= 10; ++code) CHECK(contains(r.out, ".TP\n\\fB" + std::to_string(code) + "\\fR\n"));
  // The help texts are --help's: an option's, as main.cpp gives it.
  CHECK(contains(r.out, "\\fB\\-\\-dry\\-run\\fR\nshow what would be paid; record and write nothing\n"));
}

TEST_CASE("completion: manpage: roff is escaped: only the page's own macros start a line, and the page is ASCII") {
  Workspace ws(kTeamConfig, false);
  for (const char* lang : {"en", "fi"}) {
    const Result r = ws.mp({"--lang", lang, "manpage"});
    INFO("lang: " << lang);
    REQUIRE(r.code == 0);
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      INFO("line: " << line);
      if (!line.empty() && (line[0] == '.' || line[0] == '\''))
        CHECK(std::regex_match(line, std::regex(R"(\.(TH|SH|SS|B|BR) .*|\.(TP|PP|br)|\.\\" .*)")));
      CHECK(std::all_of(line.begin(), line.end(), [](unsigned char c) { return c < 0x80; }));
    }
  }
}

TEST_CASE("completion: manpage: hidden from --help, and in Finnish with --lang fi") {
  Workspace ws(kTeamConfig, false);
  const Result help = ws.mp({"--lang", "en", "--help"});
  CHECK(contains(help.out, "completion"));
  CHECK_FALSE(contains(help.out, "manpage"));
  const Result en = ws.mp({"--lang", "en", "manpage"});
  const Result fi = ws.mp({"--lang", "fi", "manpage"});
  CHECK(fi.code == 0);
  CHECK(contains(fi.out, ".TH MINIPILOT 1 "));
  CHECK(fi.out != en.out);
  CHECK(contains(fi.out, "\\[u00E4]"));  // an ä: Finnish help texts, escaped
}

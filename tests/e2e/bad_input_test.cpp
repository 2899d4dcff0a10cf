// The bad-input suite (issue 11): every case of tests/data/bad-inputs.txt is refused with its exit code and a clear
// error, and changes nothing.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "e2e/checks.h"

using namespace minipilot::test;
namespace fs = std::filesystem;

namespace {

// The team's users (agents anna and ville, finance pirjo, viewer tarja), an admin, the payer.
const std::string kConfig = std::string(kTeamConfig) + kPayer + "[users.aila]\nroles = [\"admin\"]\n";

// One case of the table: the exit code, what stderr must say, the words of the command.
struct Case {
  int line = 0;
  int code = 0;
  std::string message;
  std::map<std::string, std::string> env;
  std::string input_file;  // "<FILE": standard input from this fixture
  std::vector<std::string> args;
};

// Shell-like words: 'single', "double" (with \" and \\), and \x outside quotes.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t') {
      if (in_word) out.push_back(word), word.clear(), in_word = false;
    } else if (c == '\'') {
      const size_t end = text.find('\'', i + 1);
      word += text.substr(i + 1, end - i - 1), i = end, in_word = true;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) word += text[i] == '\\' ? text[++i] : text[i];
      in_word = true;
    } else {
      word += c == '\\' ? text[++i] : c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(word);
  return out;
}

std::string trim(const std::string& s) {
  const size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::vector<Case> load_cases() {
  std::ifstream in(std::string(MINIPILOT_SOURCE_DIR) + "/tests/data/bad-inputs.txt");
  std::vector<Case> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    const size_t a = line.find(" | "), b = line.find(" | ", a + 3);
    if (a == std::string::npos || b == std::string::npos)
      throw std::runtime_error("bad-inputs.txt:" + std::to_string(n));
    Case c;
    c.line = n;
    c.code = std::stoi(line.substr(0, a));
    c.message = trim(line.substr(a + 3, b - a - 3));
    for (const std::string& w : words(line.substr(b + 3))) {
      if (c.args.empty() && w.find('=') != std::string::npos && std::isupper(static_cast<unsigned char>(w[0])))
        c.env[w.substr(0, w.find('='))] = w.substr(w.find('=') + 1);
      else if (w.size() > 1 && w[0] == '<')
        c.input_file = w.substr(1);
      else
        c.args.push_back(w);
    }
    out.push_back(std::move(c));
  }
  return out;
}

// The ledger every case starts from: pilots in every status, a batch, two clubs sharing an e-mail.
void build_ledger(Workspace& ws) {
  for (int i = 1; i <= 6; ++i)
    REQUIRE(ws.mp(application("Idea " + std::to_string(i), "Hakija " + std::to_string(i))).code == 0);
  for (const char* club : {"Kylän Kuoro", "Jukolan Jalkapalloseura"})
    REQUIRE(ws.mp({"apply", "--title", std::string("Kerho ") + club, "--applicant", club, "--type", "community",
                   "--area", "keskusta", "--email", "seura@example.fi"})
                .code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0003", "MP-2026-0006"}).code == 0);
  REQUIRE(ws.mp({"reject", "MP-2026-0004", "--reason", "Ei kuulu ohjelmaan"}).code == 0);
  REQUIRE(ws.mp({"withdraw", "MP-2026-0005"}).code == 0);
  REQUIRE(ws.mp({"--as", "pirjo", "disburse", "--csv", "paid.csv"}).code == 0);
  REQUIRE(ws.mp({"complete", "MP-2026-0006", "--outcome", "success", "--participants", "12"}).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0002"}).code == 0);
}

// Files a tired person or a broken script would hand over.
void make_fixtures(const fs::path& dir) {
  fs::create_directory(dir / "folder");
  fs::create_symlink("minipilot.db", dir / "link.db");
  write_text(dir / "ids.txt", "MP-2026-0001\nMP-2026-0001\n");
  write_text(dir / "bad-ids.txt", "MP-2026-0001 nonsense\n");
  write_text(dir / "empty.csv", "");
  write_text(dir / "bom-only.csv", "\xEF\xBB\xBF");
  write_text(dir / "apps.csv", "title;applicant;type;area\r\nUusi idea;Uusi Hakija;resident;keskusta\r\n");
  write_text(dir / "bad-row.csv", "title;applicant;type;area\r\nUusi idea;Uusi Hakija;alien;keskusta\r\n");
  write_text(dir / "unknown-column.csv", "title;applicant;type;colour\r\nIdea;Hakija;resident;red\r\n");
  write_text(dir / "open-quote.csv", "title;applicant;type\r\n\"Idea;Hakija;resident\r\n");
  // Excel's "CSV (erotin)": Windows-1252, "Pyöräily" with ö as one byte 0xF6.
  write_text(dir / "excel.csv", "title;applicant;type;area\r\nPy\xF6r\xE4ily;Hakija;resident;keskusta\r\n");
  write_text(dir / "utf8.csv", "title;applicant;type;area\r\nPyöräily;Hakija;resident;keskusta\r\n");
  write_text(dir / "noclock.toml", kConfig);  // no [testing]: $MINIPILOT_NOW is refused
  write_text(dir / "broken.toml", kConfig + "[budget\n");
}

// Every file in the folder with its content; SQLite's -wal and -shm come and go.
std::map<std::string, std::string> files(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string name = fs::relative(e.path(), dir).string();
    if (name.ends_with("-wal") || name.ends_with("-shm") || name == "minipilot.db") continue;
    out[name] = e.is_symlink()        ? "-> " + fs::read_symlink(e.path()).string()
                : e.is_regular_file() ? read_text(e.path())
                                      : "(folder)";
  }
  return out;
}

std::string dump(const fs::path& dir) {
  return run_process({"/usr/bin/sqlite3", "minipilot.db", ".dump"}, dir, {}).out;
}

}  // namespace

TEST_CASE("bad input: every case of tests/data/bad-inputs.txt is refused with its code and changes nothing") {
  const std::vector<Case> cases = load_cases();
  REQUIRE(cases.size() >= 300);
  Workspace pristine(kConfig);
  build_ledger(pristine);
  make_fixtures(pristine.dir().path());
  // On PostgreSQL every copy of the folder names the one database: each case must leave it as it was.
  const auto ledger_now = [&](const fs::path& dir) { return pristine.shared() ? pristine.dump() : dump(dir); };
  const std::string ledger = ledger_now(pristine.dir().path());
  REQUIRE(ledger.find("MP-2026-0008") != std::string::npos);
  std::set<std::string> seen;
  size_t run = 0;
  for (const Case& c : cases) {
    // A shared ledger has no file: the cases that give its name (or a link to it) as an output are SQLite's.
    const auto names_the_file = [](const std::string& w) {
      return w.find("minipilot.db") != std::string::npos || w.find("link.db") != std::string::npos;
    };
    if (pristine.shared() && std::any_of(c.args.begin(), c.args.end(), names_the_file)) continue;
    ++run;
    TempDir dir;
    fs::copy(pristine.dir().path(), dir.path(), fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    const auto before = files(dir.path());
    std::map<std::string, std::string> env = pristine.env;
    env["MINIPILOT_NOW"] = "2026-03-02T10:00:00Z";
    for (const auto& [k, v] : c.env) env[k] = v;
    // The messages are the English ones (the Finnish are tested in language_test),
    // also for the cases whose configuration names no language or is missing.
    std::vector<std::string> argv{MINIPILOT_BIN};
    if (std::find(c.args.begin(), c.args.end(), "--lang") == c.args.end()) argv.insert(argv.end(), {"--lang", "en"});
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    const std::string input = c.input_file.empty() ? "" : read_text(dir.path() / c.input_file);
    const Result r = run_process(argv, dir.path(), env, input);
    INFO("bad-inputs.txt:" << c.line << ": minipilot " << fmt::format("{}", fmt::join(c.args, " ")));
    CAPTURE(r.err);
    std::string key = fmt::format("{}", fmt::join(c.args, "\x1f")) + "\x1e" + input;
    for (const auto& [k, v] : c.env) key += "\x1e" + k + "=" + v;
    CHECK(seen.insert(key).second);  // no case twice
    CHECK(r.code == c.code);
    CHECK((r.err.rfind("minipilot: error: ", 0) == 0 || contains(r.err, "\nminipilot: error: ")));
    CHECK(contains(r.err, c.message));
    for (const char* noise : {"what()", "internal error", "terminate", "std::", "SQLite", "sqlite3", "Aborted"})
      CHECK_MESSAGE(!contains(r.err, noise), "exception noise: " << noise);
    if (c.code != 9) CHECK(r.out.empty());  // verify prints its report before exit 9
    CHECK(ledger_now(dir.path()) == ledger);
    CHECK(files(dir.path()) == before);
  }
  MESSAGE(run << " of " << cases.size() << " cases run on " << test_engine());
  // On PostgreSQL only the cases that name the file (or its link) as an output are left out: 50 of them today.
  CHECK(run == cases.size() - (pristine.shared() ? 50U : 0U));
}

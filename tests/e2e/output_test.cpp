// End-to-end tests of output paths (issue 11): checked before the transaction, never the ledger, never half-written.
#include <unistd.h>

#include "e2e/checks.h"

using namespace minipilot::test;
namespace fs = std::filesystem;

namespace {

Workspace approved_two() {
  Workspace ws(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n");
  for (const char* t : {"A", "B"}) REQUIRE(ws.mp(application(t, std::string("Hakija ") + t)).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1", "MP-2026-2"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  return ws;
}

}  // namespace

TEST_CASE("output: -o naming the ledger by any path is refused and the ledger is intact (issue 11)" * kLedgerFile) {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  fs::create_directory(ws.dir() / "sub");
  fs::create_symlink("../minipilot.db", ws.dir() / "sub/alias.db");
  for (const std::string& path : std::vector<std::string>{"minipilot.db", "./minipilot.db", "sub/../minipilot.db",
                                                          "sub/alias.db", (ws.dir() / "minipilot.db").string()}) {
    CAPTURE(path);
    check_refused(ws, {"-o", path, "report", "summary"}, 3, "is the ledger");
  }
  // A hard link is the same file too.
  fs::create_hard_link(ws.dir() / "minipilot.db", ws.dir() / "hard.db");
  check_refused(ws, {"report", "-o", "hard.db"}, 3, "is the ledger");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("output: disburse --csv naming the ledger makes no batch (it used to commit, then overwrite)" * kLedgerFile) {
  Workspace ws = approved_two();
  check_refused(ws, {"disburse", "--csv", "minipilot.db"}, 3, "--csv minipilot.db is the ledger");
  check_refused(ws, {"disburse", "--sepa", "minipilot.db-wal", "--csv", "b.csv"}, 3, "write-ahead log");
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "0");
  CHECK_FALSE(fs::exists(ws.dir() / "b.csv"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("output: a missing folder is found before the batch is committed - and a good path still pays") {
  Workspace ws = approved_two();
  check_refused(ws, {"disburse", "--csv", "ok.csv", "--sepa", "/no/such/dir/b.xml"}, 8,
                "cannot write /no/such/dir/b.xml: the folder /no/such/dir does not exist");
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "0");
  CHECK_FALSE(fs::exists(ws.dir() / "ok.csv"));
  // The same command with the folder made: paid once, both files written.
  fs::create_directories(ws.dir() / "out");
  const Result r = ws.mp({"disburse", "--csv", "ok.csv", "--sepa", "out/b.xml"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "1");
  CHECK(fs::exists(ws.dir() / "out/b.xml"));
  // disburse export checks its paths the same way.
  check_refused(ws, {"disburse", "export", "PB-2026-001", "--csv", "missing/x.csv"}, 8, "does not exist");
}

TEST_CASE("output: apply --skip-invalid into a missing folder imports nothing (it used to commit first)") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "a.csv",
             "title;applicant;type;area\r\nHyvä;Aino;resident;keskusta\r\nHuono;Eero;alien;keskusta\r\n");
  check_refused(ws, {"apply", "--file", "a.csv", "--skip-invalid", "/no/such/dir/r.csv"}, 8, "does not exist");
  check_refused(ws, {"apply", "--file", "a.csv", "--skip-invalid", "a.csv"}, 3, "is the input of --file");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "0");
  CHECK(read_text(ws.dir() / "a.csv").find("Huono") != std::string::npos);
}

TEST_CASE("output: a folder without write permission is refused before anything changes (run as nobody)") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  fs::permissions(ws.dir().path(), fs::perms::all);
  for (const char* f : {"minipilot.db", "minipilot.toml"})
    if (fs::exists(ws.dir() / f)) fs::permissions(ws.dir() / f, fs::perms::all);
  fs::create_directory(ws.dir() / "locked");
  fs::permissions(ws.dir() / "locked", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                           fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const std::string before = ws.dump();
  // root writes through any permission: run as nobody then (CI runs as root).
  std::vector<std::string> argv{MINIPILOT_BIN};
  if (::geteuid() == 0) argv = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", MINIPILOT_BIN};
  argv.insert(argv.end(), {"--as", "anna", "-o", "locked/r.json", "approve", "MP-2026-0001"});
  const Result r = run_process(argv, ws.dir().path(), ws.env);
  CAPTURE(r.err);
  CHECK(r.code == 8);
  CHECK(contains(r.err, "minipilot: error: cannot write locked/r.json: no permission to write in the folder locked"));
  CHECK(ws.dump() == before);
  CHECK(fs::is_empty(ws.dir() / "locked"));
}

TEST_CASE("output: devices and pipes are written as they are") {
  Workspace ws(kTeamConfig);
  CHECK(ws.mp({"report", "-o", "/dev/null"}).code == 0);
  const Result r = ws.mp({"report", "--format", "json", "-o", "/dev/stdout"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"budget_cents\""));
}

TEST_CASE("output: the rejects file of --skip-invalid on a full disk imports nothing (written before the commit)") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "a.csv",
             "title;applicant;type;area\r\nHyvä;Aino;resident;keskusta\r\nHuono;Eero;alien;keskusta\r\n");
  check_refused(ws, {"apply", "--file", "a.csv", "--skip-invalid", "/dev/full"}, 8, "cannot write /dev/full");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "0");
}

TEST_CASE("output: an output that fails after the change was committed says the change is recorded") {
  Workspace ws(kTeamConfig);
  const Result r = ws.mp({"--format", "json", "-o", "/dev/full", "apply", "--title", "T", "--applicant", "A", "--type",
                          "resident", "--area", "keskusta"});
  CHECK(r.code == 8);
  CHECK(contains(r.err,
                 "minipilot: error: the change is recorded, but its output was not written: cannot write /dev/full"));
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "1");
  // A report that fails changes nothing and says only what failed.
  const Result report = ws.mp({"report", "-o", "/dev/full"});
  CHECK(report.code == 8);
  CHECK_FALSE(contains(report.err, "recorded"));
}

TEST_CASE("output: standard output on a full disk or closed is exit 8, not a silent success") {
  Workspace ws(kTeamConfig);
  for (const char* redirect : {" > /dev/full", " >&-"}) {
    CAPTURE(redirect);
    const Result r = run_process({"/bin/sh", "-c", std::string(MINIPILOT_BIN) + " report --format json" + redirect},
                                 ws.dir().path(), ws.env);
    CHECK(r.code == 8);
    CHECK(contains(r.err, "minipilot: error: standard output could not be written"));
  }
}

TEST_CASE("output: paths that cannot be created are refused before the batch (/proc, a name too long)") {
  Workspace ws = approved_two();
  check_refused(ws, {"disburse", "--csv", "/proc/x.csv"}, 8, "cannot write /proc/x.csv: there is no such device");
  check_refused(ws, {"disburse", "--csv", std::string(250, 'x') + ".csv"}, 8, "the file name is longer than 242 bytes");
  check_refused(ws, {"--as", "root", "backup", std::string(300, 'b') + ".db"}, 8, "the file name is longer than");
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "0");
}

TEST_CASE("output: a symlink to a file is followed (the link stays), one to the process's output writes there") {
  Workspace ws(kTeamConfig);
  write_text(ws.dir() / "target.json", "old");
  fs::create_symlink("target.json", ws.dir() / "link.json");
  REQUIRE(ws.mp({"report", "--format", "json", "-o", "link.json"}).code == 0);
  CHECK(fs::is_symlink(ws.dir() / "link.json"));
  CHECK(contains(read_text(ws.dir() / "target.json"), "\"budget_cents\""));
  // As /dev/stdout is when standard output is a file: written into that file, never renamed over the link.
  fs::create_symlink("/proc/self/fd/1", ws.dir() / "out.link");
  const Result r =
      run_process({"/bin/sh", "-c", std::string(MINIPILOT_BIN) + " report --format json -o out.link > r.json"},
                  ws.dir().path(), ws.env);
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(fs::is_symlink(ws.dir() / "out.link"));
  CHECK(contains(read_text(ws.dir() / "r.json"), "\"budget_cents\""));
}

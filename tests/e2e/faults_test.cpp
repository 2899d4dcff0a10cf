// Faults: a full disk, a device or folder as output, a read-only ledger, a ledger folder that does not exist.
#include <sys/stat.h>
#include <unistd.h>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

bool is_char_device(const char* path) {
  struct stat st {};
  return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

}  // namespace

TEST_CASE("faults: a report to a full disk (/dev/full) is exit 8 and the device stays a device") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(is_char_device("/dev/full"));
  check_refused(ws, {"report", "-o", "/dev/full"}, 8, "cannot write /dev/full: No space left on device");
  CHECK(is_char_device("/dev/full"));  // never renamed over, even when run as root
  // A device that takes the output is written to as it is.
  const Result r = ws.mp({"report", "--format", "json", "-o", "/dev/null"});
  CHECK(r.code == 0);
  CHECK(is_char_device("/dev/null"));
}

TEST_CASE("faults: a payment file on a full disk - the batch stays recorded and export writes it again") {
  Workspace ws(std::string(kTeamConfig) + kPayer);
  REQUIRE(ws.mp(application("A")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  const Result r = ws.mp({"disburse", "--csv", "/dev/full"});
  CHECK(r.code == 8);
  CHECK(contains(r.err, "batch PB-2026-001 is recorded, but its files were not all written: cannot write /dev/full"));
  CHECK(contains(r.err, "hint: write them with 'minipilot disburse export PB-2026-001 --csv FILE --sepa FILE'"));
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "1");
  REQUIRE(ws.mp({"disburse", "export", "PB-2026-001", "--csv", "again.csv"}).code == 0);
  CHECK(contains(read_text(ws.dir() / "again.csv"), "PB-2026-001;MP-2026-0001;"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("faults: output to a folder or into a missing folder is exit 8 with nothing left behind") {
  Workspace ws(kTeamConfig);
  std::filesystem::create_directory(ws.dir() / "out");
  check_refused(ws, {"report", "-o", "out"}, 8, "cannot write out: it is a folder");
  check_refused(ws, {"report", "-o", "missing/r.txt"}, 8,
                "cannot write missing/r.txt: the folder missing does not exist");
  CHECK(std::filesystem::is_empty(ws.dir() / "out"));
}

TEST_CASE("faults: a read-only ledger refuses changes with exit 8 and changes nothing") {
  Workspace ws(kTeamConfig);
  REQUIRE(ws.mp(application("A")).code == 0);
  const std::string before = ws.dump();
  if (ws.shared()) {
    // PostgreSQL's read-only database: its administrator's setting, which the writer's lock statement meets first.
    ws.sql(
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET default_transaction_read_only = on', "
        "current_database()); END $$");
    const Result r = ws.mp(application("B"));
    CAPTURE(r.err);
    CHECK(r.code == 8);
    CHECK(contains(r.err, "minipilot: error: the ledger could not be written: cannot execute INSERT in a read-only "
                          "transaction"));
    CHECK(contains(r.err, "hint: ask the database's administrator; nothing was changed"));
    CHECK(r.out.empty());
    CHECK(ws.dump() == before);
    return;
  }
  namespace fs = std::filesystem;
  fs::permissions(ws.dir() / "minipilot.db", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(ws.dir().path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                       fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(ws.dir() / "minipilot.toml",
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  // root writes through any permission: run as nobody then (CI runs as root).
  std::vector<std::string> argv{MINIPILOT_BIN};
  if (::geteuid() == 0) argv = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", MINIPILOT_BIN};
  argv.insert(argv.end(),
              {"apply", "--title", "B", "--applicant", "Matti", "--type", "resident", "--area", "keskusta"});
  const Result r = run_process(argv, ws.dir().path(), ws.env);
  CAPTURE(r.err);
  CHECK(r.code == 8);
  CHECK(contains(r.err, "minipilot: error: the ledger cannot be written"));
  CHECK(r.out.empty());
  fs::permissions(ws.dir() / "minipilot.db", fs::perms::owner_read | fs::perms::owner_write);
  CHECK(ws.dump() == before);
}

TEST_CASE("faults: a configuration whose ledger folder does not exist says so (exit 4)" * kLedgerFile) {
  Workspace ws(std::string("[ledger]\npath = \"no/such/folder/minipilot.db\"\n") + kTeamConfig, false);
  const Result r = ws.mp({"report"});
  CHECK(r.code == 4);
  CHECK(contains(r.err, "minipilot: error: no ledger at"));
  CHECK(contains(r.err, "the folder"));
  CHECK(contains(r.err, "does not exist"));
  CHECK(contains(r.err, "hint: check [ledger] path in the configuration"));
  const Result init = ws.mp({"init"});
  CHECK(init.code == 8);
  CHECK(contains(init.err, "No such file or directory"));
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "no"));
}

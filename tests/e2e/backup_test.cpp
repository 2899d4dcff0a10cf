// End-to-end tests of `minipilot backup`: a consistent, checked copy while others write; never a half file.
#include <atomic>
#include <thread>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// Files in the workspace whose names start with '.': temporaries left behind.
std::string hidden_files(const Workspace& ws) {
  std::string out;
  for (const auto& e : std::filesystem::directory_iterator(ws.dir().path()))
    if (e.path().filename().string().rfind('.', 0) == 0) out += e.path().filename().string() + " ";
  return out;
}

}  // namespace

TEST_CASE("backup: the copy holds every pilot, passes verify and carries the same chain head" * kLedgerFile) {
  Workspace ws(std::string(kTeamConfig) + "[users.root]\nroles = [\"admin\"]\n");
  for (const char* t : {"A", "B", "C"}) REQUIRE(ws.mp(application(t)).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-1"}).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  const Result r = ws.mp({"backup", "copy.db"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "Backup written to copy.db\n"));
  CHECK(contains(r.out, "Pilots      3\n"));
  CHECK(contains(r.out, "Checked     SQLite quick_check ok\n"));
  const std::string head = ws.sql("SELECT seq || ' ' || hash FROM events ORDER BY seq DESC LIMIT 1");
  CHECK(contains(r.out, "Chain head  event " + head + "\n"));
  // The copy is one self-contained file, readable by the tool and the sqlite3 shell.
  CHECK(run_process({"/usr/bin/sqlite3", "copy.db", "PRAGMA journal_mode"}, ws.dir().path(), {}).out == "delete\n");
  const Result v = ws.mp({"--db", "copy.db", "verify"});
  CHECK(v.code == 0);
  CHECK(contains(v.out, head));
  CHECK(hidden_files(ws) == "");
  const Result j = ws.mp({"backup", "copy2.db", "--format", "json"});
  CHECK(contains(j.out, "\"file\": \"copy2.db\",\n  \"pilots\": 3,\n  \"events\": 4,"));
}

TEST_CASE("backup: copies taken while four processes write are each consistent and pass verify" * kLedgerFile) {
  Workspace ws(
      std::string("[program]\nname = \"Varmuus\"\n[budget]\n2026 = \"1000000.00\"\n[[areas]]\nid = \"keskusta\"\n"));
  constexpr int kWriters = 4, kEach = 25, kBackups = 6;
  std::atomic<int> failures{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w)
    writers.emplace_back([&, w] {
      for (int i = 0; i < kEach; ++i) {
        Result r = ws.mp(application("Idea " + std::to_string(w) + "-" + std::to_string(i)));
        if (r.code == 0 && i % 3 == 0) r = ws.mp({"approve", r.out.substr(0, r.out.find(' '))});
        if (r.code != 0) ++failures;
      }
    });
  std::vector<Result> backups;
  for (int b = 0; b < kBackups; ++b) backups.push_back(ws.mp({"backup", "b" + std::to_string(b) + ".db"}));
  for (auto& t : writers) t.join();
  CHECK(failures == 0);
  for (int b = 0; b < kBackups; ++b) {
    CAPTURE(b);
    CAPTURE(backups[b].err);
    CHECK(backups[b].code == 0);
    const Result v = ws.mp({"--db", "b" + std::to_string(b) + ".db", "verify"});
    CAPTURE(v.out);
    CHECK(v.code == 0);
  }
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots") == "100");
  CHECK(hidden_files(ws) == "");
}

TEST_CASE("backup: refuses an existing file, a missing folder and a user who is not admin - leaving nothing") {
  Workspace ws(std::string(kTeamConfig) + "[users.root]\nroles = [\"admin\"]\n");
  REQUIRE(ws.mp(application("A")).code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  if (ws.shared()) {
    // Spec §6: a shared ledger's backup is PostgreSQL's own, and the refusal says which tool and how.
    const Result r = ws.mp({"backup", "b.db"});
    check_refused(ws, {"backup", "b.db"}, 10, "is a shared ledger: back it up with PostgreSQL's pg_dump");
    CHECK(contains(r.err, "hint: pg_dump --format=custom --file FILE with the ledger's URL"));
  } else {
    write_text(ws.dir() / "old.db", "yesterday's backup");
    check_refused(ws, {"backup", "old.db"}, 5, "old.db exists already");
    CHECK(read_text(ws.dir() / "old.db") == "yesterday's backup");
    check_refused(ws, {"backup", "no/such/folder/b.db"}, 8,
                  "cannot write no/such/folder/b.db: the folder no/such/folder does not exist");
  }
  check_refused(ws, {"backup"}, 2, "file is required");
  ws.env["MINIPILOT_USER"] = "pirjo";  // finance reads, but a backup holds everyone's data: admins only
  check_refused(ws, {"backup", "b.db"}, 7, "pirjo may not");
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.db"));
  CHECK(hidden_files(ws) == "");
}

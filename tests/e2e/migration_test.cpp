// Ledgers written by older minipilot versions (tests/data/ledgers/) open, migrate, verify and report alike.
#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// A workspace whose ledger is a copy of a checked-in old one.
Workspace old_ledger(const std::string& name, const std::string& config) {
  Workspace ws(config, false);
  std::filesystem::copy_file(std::string(MINIPILOT_SOURCE_DIR) + "/tests/data/ledgers/" + name,
                             ws.dir() / "minipilot.db");
  std::filesystem::permissions(ws.dir() / "minipilot.db",
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  ws.env["MINIPILOT_NOW"] = "2026-06-10T10:00:00Z";
  return ws;
}

// The summary JSON without the keys schema 12 added (the council's figures,
// issue 17) and without trailing commas: what a schema-3 minipilot printed, if
// the migrations kept every figure it had.
std::string without_schema12_keys(const std::string& json) {
  const std::vector<std::string> added{"\"municipality\"",
                                       "\"made_on\"",
                                       "\"period\"",
                                       "\"committed_percent\"",
                                       "\"disbursed_percent\"",
                                       "\"money_by_month\"",
                                       "\"participants\"",
                                       "\"cents_per_participant\"",
                                       "\"outcome_due_days\"",
                                       "\"overdue_outcomes\"",
                                       "\"highlights\"",
                                       "\"previous_year\"",
                                       "\"name\""};
  std::string out;
  size_t skip_to_indent = std::string::npos;  // inside an added object or list: until its closing line
  for (size_t start = 0, end; (end = json.find('\n', start)) != std::string::npos; start = end + 1) {
    std::string line = json.substr(start, end - start);
    const size_t indent = line.find_first_not_of(' ');
    if (skip_to_indent != std::string::npos) {
      if (indent == skip_to_indent && (line[indent] == '}' || line[indent] == ']')) skip_to_indent = std::string::npos;
      continue;
    }
    bool drop = false;
    for (const std::string& key : added)
      if (line.compare(indent, key.size(), key) == 0) drop = true;
    // by_area's outcomes (an object a few lines deep), not the top-level outcomes.
    if (line.compare(indent, 12, "\"outcomes\": ") == 0 && indent > 2) drop = true;
    if (drop) {
      if (line.back() == '{' || line.back() == '[') skip_to_indent = indent;
      continue;
    }
    if (line.back() == ',') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("migration: a schema-1 ledger opens, is brought to the current schema and verifies" * kLedgerFile) {
  Workspace ws = old_ledger("schema-1.db", kTeamConfig);
  CHECK(ws.sql("PRAGMA user_version") == "1");
  const Result v = ws.mp({"verify"});
  CAPTURE(v.out);
  CHECK(v.code == 0);
  CHECK(ws.sql("PRAGMA user_version") == "12");
  // Every old event is chained now; the tallies were counted from the pilots.
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE length(hash) = 64") == "7");
  // Schema 9 numbers the decisions made before numbers existed: all three at
  // the same time, so in the order of their ids (the withdrawn pilot had been approved).
  CHECK(ws.sql("SELECT group_concat(id || '=' || decision_year || '/' || decision_seq, ' ') FROM "
               "(SELECT * FROM pilots ORDER BY id)") == "MP-2026-0001=2026/1 MP-2026-0002=2026/2 MP-2026-0003=2026/3");
  const Result s = ws.mp({"report", "--format", "json"});
  for (const char* key : {"\"committed_cents\": 50000", "\"approved\": 1,", "\"rejected\": 1,", "\"withdrawn\": 1,",
                          "\"median_days_to_decision\": 7.1"}) {
    CAPTURE(key);
    CHECK(contains(s.out, key));
  }
  // The old ledger takes new work: ids continue, payments now exist.
  REQUIRE(ws.mp(application("Uusi")).code == 0);
  CHECK(ws.sql("SELECT MAX(id) FROM pilots") == "MP-2026-0004");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("migration: a schema-2 ledger with payments, a return and an outcome keeps every figure" * kLedgerFile) {
  Workspace ws = old_ledger("schema-2.db", std::string(kTeamConfig) + kPayer);
  CHECK(ws.sql("PRAGMA user_version") == "2");
  const Result s = ws.mp({"report", "--format", "json"});
  CAPTURE(s.err);
  CHECK(s.code == 0);
  CHECK(ws.sql("PRAGMA user_version") == "12");
  for (const char* key : {"\"committed_cents\": 150000", "\"disbursed_cents\": 150000", "\"disbursed\": 2,",
                          "\"completed\": 1", "\"failed\": 1", "\"median_days_to_payment\": 8.0"}) {
    CAPTURE(key);
    CHECK(contains(s.out, key));
  }
  CHECK(ws.mp({"verify"}).code == 0);
  const Result p = ws.mp({"report", "payments", "--format", "json"});
  CHECK(contains(p.out, "\"state\": \"returned\""));
  CHECK(contains(ws.mp({"show", "MP-2026-0003"}).out, "amend"));
  const Result o = ws.mp({"report", "outcomes", "--public", "--format", "json"});
  CHECK(contains(o.out, "\"lessons\": \"Katos tarvitaan\""));
  CHECK_FALSE(contains(o.out, "Äini"));
}

TEST_CASE("migration: a ledger from a newer minipilot is refused with exit 9 and left as it was" * kLedgerFile) {
  Workspace ws = old_ledger("schema-2.db", std::string(kTeamConfig) + kPayer);
  ws.sql("PRAGMA user_version = 99");
  check_refused(ws, {"report"}, 9, "newer");
  CHECK(ws.sql("PRAGMA user_version") == "99");
}

TEST_CASE("migration: a schema-3 ledger gets its summary tallies counted and reports exactly what its version did" *
          kLedgerFile) {
  Workspace ws = old_ledger("schema-3.db", std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n");
  CHECK(ws.sql("PRAGMA user_version") == "3");
  const Result s = ws.mp({"report", "--format", "json"});
  CAPTURE(s.err);
  CHECK(s.code == 0);
  CHECK(ws.sql("PRAGMA user_version") == "12");
  // What the schema-3 minipilot printed for the same ledger, figure for figure
  // (the chain head included: migrations add no events), beside the keys added since.
  CHECK(without_schema12_keys(s.out) == without_schema12_keys(read_text(std::string(MINIPILOT_SOURCE_DIR) +
                                                                        "/tests/data/ledgers/schema-3-summary.json")));
  // Schema 12 counted the money by month from the approvals and payments made before it.
  CHECK(contains(s.out, "\"money_by_month\": ["));
  // ...each approval's month and each paid pilot's execution date filled in from what the ledger held.
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE approved_year IS NOT NULL AND approved_month <> substr(decided_at, "
               "1, 7)") == "0");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE approved_month IS NOT NULL") != "0");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots p JOIN payments y ON y.pilot_id = p.id AND y.live = 1 JOIN batches b ON "
               "b.id = y.batch_id WHERE p.paid_on IS NOT b.execution_date") == "0");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE paid_on IS NOT NULL") != "0");
  CHECK(ws.sql("SELECT SUM(grant_cents) FROM grant_months WHERE approved_year = 2026 AND paid_month <> ''") ==
        ws.sql(
            "SELECT SUM(grant_cents) FROM pilots WHERE status IN ('disbursed', 'completed') AND approved_year = 2026"));
  CHECK(contains(s.out, "\"median_days_to_payment\": 8.0"));
  CHECK(ws.mp({"verify"}).code == 0);
  // Schema 6: a person's pilots and a pilot's payments by index (erase, purge).
  CHECK(ws.sql("SELECT COUNT(*) FROM sqlite_master WHERE name = 'pilots_applicant' OR name = 'payments_pilot'") == "2");
  // Schema 8: the approved MP-2026-0002 (paid, returned) corrected in type and
  // area moves its tallies and decision duration; the summary still agrees.
  ws.env["MINIPILOT_USER"] = "root";
  const Result a = ws.mp({"amend", "MP-2026-2", "--type", "community", "--area", "jukola", "--payee-name", "Eeva"});
  CAPTURE(a.err);
  CHECK(a.code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM tallies WHERE type = 'community' AND area = 'jukola' AND n = 1") == "1");
  CHECK(ws.mp({"verify"}).code == 0);
  // Its rows predate the payee commitments: purging them keeps verify green too.
  ws.env["MINIPILOT_NOW"] = "2040-01-01T00:00:00Z";
  const Result p = ws.mp({"purge", "--format", "json"});
  CHECK(p.code == 0);
  CHECK_FALSE(contains(p.out, "\"count\": 0"));
  // MP-2026-0002's payment came back and it waits to be paid again: its payee stays.
  CHECK(ws.sql("SELECT group_concat(pilot_id) FROM payments WHERE iban <> ''") == "MP-2026-0002");
  CHECK(ws.mp({"verify"}).code == 0);
}

// A disburse killed with SIGKILL at random moments leaves the ledger before or after, never between.
#include <random>

#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("crash: disburse killed at random moments never pays twice or loses a payment") {
  Workspace ws(std::string("[program]\nname = \"Kaatumistesti\"\n[budget]\n2026 = \"1000000.00\"\n") + kPayer);
  std::string csv = "title;applicant;type;area;iban\n";
  for (int i = 1; i <= 300; ++i) csv += "Idea " + std::to_string(i) + ";Hakija " + std::to_string(i) + ";resident;keskusta;FI21 1234 5600 0007 85\n";
  write_text(ws.dir() / "a.csv", csv);
  REQUIRE(ws.mp({"-q", "apply", "--file", "a.csv"}).code == 0);
  REQUIRE(ws.mp({"-q", "approve", "-"}, ws.sql("SELECT id FROM pilots")).code == 0);
  const std::string pristine = read_text(ws.dir() / "minipilot.db");
  std::mt19937 rng(2026);
  int killed = 0, finished = 0;
  for (int trial = 0; trial < 60; ++trial) {
    CAPTURE(trial);
    for (const char* f : {"minipilot.db-wal", "minipilot.db-shm", "b.csv", "b.xml"}) std::filesystem::remove(ws.dir() / f);
    write_text(ws.dir() / "minipilot.db", pristine);
    const long delay = std::uniform_int_distribution<long>(1000, 40000)(rng);
    const Result r = ws.mp({"-q", "disburse", "--csv", "b.csv", "--sepa", "b.xml"}, "", delay);
    (r.code == 128 + 9 ? killed : finished)++;
    CHECK((r.code == 0 || r.code == 128 + 9));
    const Result v = ws.mp({"verify"});
    CHECK(v.code == 0);
    const std::string batches = ws.sql("SELECT COUNT(*) FROM batches");
    // paid pilots x grant = live payments, and no pilot in two live payments
    CHECK(ws.sql("SELECT COUNT(*) * 50000 FROM pilots WHERE status = 'disbursed'") ==
          ws.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE live = 1"));
    CHECK(ws.sql("SELECT COUNT(*) FROM (SELECT pilot_id FROM payments WHERE live = 1 GROUP BY pilot_id HAVING COUNT(*) > 1)") == "0");
    CHECK((batches == "0" || ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'disbursed'") == "300"));
    // a payment file never exists for a batch that is not in the ledger
    if (batches == "0") {
      CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.csv"));
      CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.xml"));
    }
  }
  MESSAGE("killed " << killed << ", finished " << finished);
  CHECK(killed >= 10);
}

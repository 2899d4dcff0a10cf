// The README's demo is a test too: the walkthrough must run to the end on a fresh ledger.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("walkthrough: examples/walkthrough.sh runs end to end and verifies") {
  TempDir dir;
  const Result r =
      run_process({"/bin/bash", std::string(MINIPILOT_SOURCE_DIR) + "/examples/walkthrough.sh", MINIPILOT_BIN},
                  dir.path(), {{"DEMO_DIR", (dir / "demo").string()}});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "imported 5 applications: MP-2026-0002 … MP-2026-0006"));
  CHECK(contains(r.out, "(exit 3)"));
  CHECK(contains(r.out, "(exit 7)"));
  CHECK(contains(r.out, "approved MP-2026-0003"));
  CHECK(contains(r.out, "Batch PB-2026-001\n"));
  CHECK(contains(r.out, "returned MP-2026-0003 of PB-2026-001"));
  CHECK(contains(r.out, "Batch PB-2026-002\n"));
  CHECK(contains(r.out, "completed MP-2026-0002: partial"));
  CHECK(contains(r.out, "Pilots — status submitted\n\n1 pilot\n"));
  CHECK(contains(r.out, "Kirjastoauto kävi torilla kuusi lauantaita."));  // report outcomes --public
  CHECK(contains(r.out, " summary.html\n"));
  CHECK(contains(r.out, "Applicant 5 (MP-2026-0005): all personal data erased"));
  CHECK(contains(r.out, "Applicant 1 (MP-2026-0001): erased what may be erased now"));
  CHECK(contains(r.out, "paid in PB-2026-001 (Accounting Act)  2036-12-31"));
  CHECK(contains(r.out, "Ledger verified: no problems found"));
  CHECK(contains(r.err, "IBAN check digits do not match"));
}

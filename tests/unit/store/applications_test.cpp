// Tests of store/applications against a temporary SQLite ledger: numbering, the duplicate key, bulk tallies.
#include "minipilot/store/applications.h"

#include <doctest/doctest.h>

#include "minipilot/store/tallies.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

Application validated(const std::string& name) {
  Application a;
  a.applicant.name = name;
  a.applicant.type = ApplicantType::association;
  a.applicant.iban = "FI2112345600000785";
  a.title = "Kirjasto";
  a.area = "keskusta";
  return a;
}

}  // namespace

TEST_CASE("store applications: pilots are numbered after the year's last, with their applicant rows") {
  LedgerFixture f;
  Transaction t = f.store.write(f.clock);
  ApplicationWriter w(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna");
  const auto first = w.insert(validated("Aino"), "aino\x1fkirjasto", "salt1");
  const auto second = w.insert(validated("Eino"), "eino\x1fkirjasto", "salt2");
  CHECK(first.id == PilotId{2026, 1});
  CHECK(second.id == PilotId{2026, 2});
  CHECK(second.applicant_id == first.applicant_id + 1);
  ApplicationWriter next_year(f.store, 2027, "2027-01", "2027-01-02T10:00:00Z", "anna");
  CHECK(next_year.insert(validated("Aino"), "aino\x1fkirjasto 2", "salt3").id == PilotId{2027, 1});
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE status = 'submitted' AND submitted_by = 'anna'") == 3);
  CHECK(f.count("SELECT COUNT(*) FROM applicants WHERE type = 'association' AND salt <> ''") == 3);
}

TEST_CASE("store applications: a live pilot with the key is found, a rejected one is not") {
  LedgerFixture f;
  Transaction t = f.store.write(f.clock);
  ApplicationWriter w(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna");
  w.insert(validated("Aino"), "aino\x1fkirjasto", "s");
  CHECK(w.live_pilot_with_key("aino\x1fkirjasto").id == "MP-2026-0001");
  CHECK(w.live_pilot_with_key("aino\x1fkirjasto").inserted_here);
  CHECK(w.live_pilot_with_key("eino\x1fkirjasto").id.empty());
  CHECK_FALSE(w.live_pilot_with_key("eino\x1fkirjasto").inserted_here);
  f.ledger.db().exec("UPDATE pilots SET status = 'rejected'");
  CHECK(w.live_pilot_with_key("aino\x1fkirjasto").id.empty());
}

TEST_CASE("store applications: a pilot of an earlier writer is not one this writer inserted") {
  LedgerFixture f;
  Transaction t = f.store.write(f.clock);
  ApplicationWriter(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna")
      .insert(validated("Aino"), "aino\x1fkirjasto", "s");
  ApplicationWriter later(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna");
  later.insert(validated("Eino"), "eino\x1fkirjasto", "s");
  const ApplicationWriter::Live earlier = later.live_pilot_with_key("aino\x1fkirjasto");
  CHECK(earlier.id == "MP-2026-0001");
  CHECK_FALSE(earlier.inserted_here);
  CHECK(later.live_pilot_with_key("eino\x1fkirjasto").inserted_here);
}

TEST_CASE("store applications: a bulk tally counts the imported pilots once, as the trigger would have") {
  LedgerFixture f;
  Transaction t = f.store.write(f.clock);
  {
    ApplicationWriter w(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna");
    w.insert(validated("Ennen"), "k-before", "s");  // counted by the trigger, before the bulk tally began
    CHECK(status_counts(f.store, 2026, {})[0] == 1);
    BulkPilotTally tally(f.store, w);
    for (int i = 0; i < 5; ++i) w.insert(validated("Hakija " + std::to_string(i)), "k" + std::to_string(i), "s");
    CHECK(status_counts(f.store, 2026, {})[0] == 1);  // the trigger is off while importing
    tally.finish();
  }
  CHECK(status_counts(f.store, 2026, {})[0] == 6);
  CHECK(f.count("SELECT n FROM tallies WHERE year = 2026 AND type = 'association' AND month = '2026-03' "
                "AND status = 'submitted'") == 6);
  CHECK(f.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'pilots_tally_insert'") == 1);
  ApplicationWriter(f.store, 2026, "2026-03", "2026-03-01T10:00:00Z", "anna").insert(validated("Uusi"), "k9", "s");
  CHECK(status_counts(f.store, 2026, {})[0] == 7);  // and counts row by row again
}

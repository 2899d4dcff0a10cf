// Tests of ops/apply: one application, bulk import, duplicates, all-or-none.
#include "minipilot/ops/apply.h"

#include <doctest/doctest.h>

#include <sstream>

#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {
ApplicationInput sample(const std::string& title = "Kylätalon kahvila") {
  ApplicationInput in;
  in.title = title;
  in.applicant = "Matti Meikäläinen";
  in.type = "resident";
  in.area = "keskusta";
  in.iban = "FI21 1234 5600 0007 85";
  return in;
}
}  // namespace

TEST_CASE("apply: stores a submitted pilot, its applicant and an apply event") {
  LedgerFixture f;
  const PilotId id = apply_one(f.ctx(), sample());
  CHECK(format_pilot_id(id) == "MP-2026-0001");
  CHECK(f.count("SELECT COUNT(*) FROM pilots WHERE status = 'submitted'") == 1);
  CHECK(f.ledger.db().execAndGet("SELECT iban FROM applicants").getString() == "FI2112345600000785");
  CHECK(f.ledger.db().execAndGet("SELECT action || ' ' || actor FROM events").getString() == "apply anna");
  CHECK(format_pilot_id(apply_one(f.ctx(), sample("Toinen"))) == "MP-2026-0002");
}

TEST_CASE("apply: the sequence starts again each year") {
  LedgerFixture f;
  apply_one(f.ctx(), sample());
  f.clock = FixedClock{Timestamp{1772359200 + 365 * 86400}};
  CHECK(format_pilot_id(apply_one(f.ctx(), sample("Uusi vuosi"))) == "MP-2027-0001");
}

TEST_CASE("apply: a duplicate of a live application is a conflict, whatever the case") {
  LedgerFixture f;
  apply_one(f.ctx(), sample());
  ApplicationInput again = sample("KYLÄTALON   kahvila");
  CHECK(refusal([&] { apply_one(f.ctx(), again); }) == ErrorKind::conflict);
  CHECK(f.count("SELECT COUNT(*) FROM pilots") == 1);
}

TEST_CASE("apply: invalid input and unknown areas are refused before anything is written") {
  LedgerFixture f;
  ApplicationInput bad = sample();
  bad.iban = "FI21 1234 5600 0007 86";
  CHECK(refusal([&] { apply_one(f.ctx(), bad); }) == ErrorKind::invalid);
  bad = sample();
  bad.area = "nowhere";
  CHECK(refusal([&] { apply_one(f.ctx(), bad); }) == ErrorKind::not_found);
  f.act_as("tarja");
  CHECK(refusal([&] { apply_one(f.ctx(), sample()); }) == ErrorKind::permission);
  CHECK(f.count("SELECT COUNT(*) FROM pilots") + f.count("SELECT COUNT(*) FROM events") == 0);
}

TEST_CASE("apply csv: imports every row in file order") {
  LedgerFixture f;
  std::istringstream csv("title;applicant;type;area\nA;Matti;resident;keskusta\nB;Yhdistys ry;community;jukola\n");
  const BulkResult r = apply_csv(f.ctx(), csv);
  CHECK(r.imported == 2);
  CHECK(format_pilot_id(r.ids.back()) == "MP-2026-0002");
  CHECK(f.ledger.db().execAndGet("SELECT area FROM pilots WHERE id = 'MP-2026-0002'").getString() == "jukola");
}

TEST_CASE("apply csv: one bad row refuses the whole file, naming the line") {
  LedgerFixture f;
  std::istringstream csv(
      "title,applicant,type,area\nA,Matti,resident,jukola\nB,Maija,robot,jukola\nC,Pekka,resident,jukola\n");
  try {
    apply_csv(f.ctx(), csv);
    FAIL("imported");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid);
    CHECK(std::string(e.what()).find("line 3: type 'robot'") != std::string::npos);
  }
  CHECK(f.count("SELECT COUNT(*) FROM pilots") == 0);
}

TEST_CASE("apply csv: with a reject handler the good rows are imported and the bad ones handed over") {
  LedgerFixture f;
  apply_one(f.ctx(), sample("A"));
  std::istringstream csv(
      "title;applicant;type;area\nA;Matti Meikäläinen;resident;keskusta\nB;X;resident\nC;Y;resident;keskusta\n");
  std::vector<RejectedRow> rejected;
  const BulkResult r = apply_csv(f.ctx(), csv, {}, [&](const RejectedRow& row) { rejected.push_back(row); });
  CHECK(r.imported == 1);
  REQUIRE(rejected.size() == 2);
  CHECK(rejected[0].line == 2);
  CHECK(rejected[0].kind == ErrorKind::conflict);
  CHECK(rejected[1].reason == "3 fields where the header has 4");
}

TEST_CASE("apply csv: duplicates within one file are caught") {
  LedgerFixture f;
  std::istringstream csv("title;applicant;type;area\nA;Matti;resident;jukola\na;MATTI;resident;keskusta\n");
  CHECK(refusal([&] { apply_csv(f.ctx(), csv); }) == ErrorKind::conflict);
}

TEST_CASE("apply csv: unknown, repeated and missing columns are refused") {
  LedgerFixture f;
  for (const char* text : {"title;applicant;type;colour\n", "title;applicant;type;title\n", "title;applicant\n", ""}) {
    CAPTURE(text);
    std::istringstream csv(text);
    CHECK(refusal([&] { apply_csv(f.ctx(), csv); }) == ErrorKind::invalid);
  }
}

TEST_CASE("apply csv: header cells are matched loosely: case, spaces and business-id") {
  LedgerFixture f;
  std::istringstream csv(" Title ;Applicant;TYPE;Business-ID;area\nA;Oy Ab;company;2858394-9;keskusta\n");
  CHECK(apply_csv(f.ctx(), csv).imported == 1);
}

TEST_CASE("apply csv: the import is tallied once for the summary, and the row trigger is back afterwards") {
  LedgerFixture f;
  apply_one(f.ctx(), sample());  // tallied by the trigger
  std::istringstream csv(
      "title;applicant;type;area\nA;Matti;resident;keskusta\nB;Yhdistys ry;community;jukola\n"
      "C;Maija;resident;keskusta\n");
  apply_csv(f.ctx(), csv);
  const auto tally = [&](const std::string& where) {
    return f.count("SELECT coalesce(SUM(n), 0) FROM tallies WHERE " + where);
  };
  CHECK(tally("area = 'keskusta' AND type = 'resident' AND status = 'submitted'") == 3);
  CHECK(tally("area = 'jukola' AND type = 'community'") == 1);
  CHECK(tally("1") == 4);
  const std::string trigger = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'pilots_tally_insert'";
  CHECK(f.count(trigger) == 1);
  apply_one(f.ctx(), [] {
    auto a = sample();
    a.title = "Toinen";
    return a;
  }());
  CHECK(tally("1") == 5);  // the trigger counts single applications again
  // A refused import rolls back: the trigger stays, nothing is counted.
  std::istringstream bad("title;applicant;type;area\nD;Matti;resident;keskusta\nE;Maija;robot;keskusta\n");
  CHECK(refusal([&] { apply_csv(f.ctx(), bad); }) == ErrorKind::invalid);
  CHECK(f.count(trigger) == 1);
  CHECK(tally("1") == 5);
}

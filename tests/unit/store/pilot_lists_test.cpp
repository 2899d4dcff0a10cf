// Tests of store/pilot_lists against a temporary SQLite ledger: the filters of `report pilots` (issue 14).
#include "minipilot/store/pilot_lists.h"

#include <doctest/doctest.h>

#include "minipilot/ops/amend.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

// Four applications: Äijän sauna by Åke Öhman (keskusta, approved and held),
// Kirjasto by Matti Virta whose description shouts ÄIJÄ (jukola), Lumityöt by
// Virtanen Oy's Liisa (keskusta), Pyöräkorjaamo by Straßer (jukola).
struct ListFixture : LedgerFixture {
  ListFixture() {
    add("Äijän sauna", "Åke Öhman", "keskusta", "");
    add("Kirjasto", "Matti Virta", "jukola", "Lukupiiri: ÄIJÄ lukee ääneen");
    add("Lumityöt", "Liisa Virtanen", "keskusta", "");
    add("Pyöräkorjaamo", "Jens Straßer", "jukola", "");
    approve(ctx(), {PilotId{2026, 1}, PilotId{2026, 3}}, "");
    hold(ctx(), PilotId{2026, 1}, "tarkistetaan");
  }
  void add(const std::string& title, const std::string& applicant, const std::string& area,
           const std::string& description) {
    ApplicationInput in = application(applicant, area);
    in.title = title;
    in.description = description;
    apply_one(ctx(), in);
  }
  // The ids of the pilots that pass `f`, as one text.
  std::string ids(const PilotFilter& f) {
    std::string out;
    for (const PilotRow& r : find_pilots(store, f)) out += r.id.substr(8) + " ";
    return out;
  }
};

PilotFilter searching(const std::string& text) {
  PilotFilter f;
  f.search = text;
  return f;
}

}  // namespace

TEST_CASE("store pilot lists: a search finds the title, the applicant's name and the description, whatever the case") {
  ListFixture f;
  CHECK(f.ids(searching("äijä")) == "0001 0002 ");   // Äijän in a title, ÄIJÄ in a description
  CHECK(f.ids(searching("ÅKE")) == "0001 ");         // åke in a name
  CHECK(f.ids(searching("virta")) == "0002 0003 ");  // a substring of Virtanen too
  CHECK(f.ids(searching("STRASSER")) == "0004 ");    // ß folds to ss
  CHECK(f.ids(searching("ääneen")) == "0002 ");
  CHECK(f.ids(searching("%")).empty());  // no LIKE wildcards: a percent sign is a percent sign
  CHECK(f.ids(searching("_")).empty());
  CHECK(f.ids(searching("sauna lumi")).empty());  // one text, not words
}

TEST_CASE("store pilot lists: --applicant looks in the applicant's name only") {
  ListFixture f;
  PilotFilter by_name;
  by_name.applicant = "VIRTA";
  CHECK(f.ids(by_name) == "0002 0003 ");
  by_name.applicant = "äijä";  // in a title and a description, in no name
  CHECK(f.ids(by_name).empty());
}

TEST_CASE("store pilot lists: several areas, on hold, and every filter together") {
  ListFixture f;
  PilotFilter areas;
  areas.areas = {"jukola"};
  CHECK(f.ids(areas) == "0002 0004 ");
  areas.areas = {"keskusta", "jukola"};
  CHECK(f.ids(areas) == "0001 0002 0003 0004 ");
  areas.areas = {"kalliola"};
  CHECK(f.ids(areas).empty());
  areas.areas = {"keskusta' OR 1=1 --"};  // bound, never written into the SQL
  CHECK(f.ids(areas).empty());
  PilotFilter held;
  held.status = Status::approved;
  held.on_hold = true;
  CHECK(f.ids(held) == "0001 ");
  held.on_hold = false;
  CHECK(f.ids(held) == "0001 0003 ");
  PilotFilter all = searching("virta");
  all.areas = {"keskusta"};
  all.status = Status::approved;
  CHECK(f.ids(all) == "0003 ");
  all.status = Status::submitted;
  CHECK(f.ids(all).empty());
}

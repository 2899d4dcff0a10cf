// Tests of core/ids: the MP-<year>-<nnnn> pilot ids.
#include "minipilot/core/ids.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("ids: formats MP-<year>-<nnnn> zero-padded to four digits") {
  CHECK(format_pilot_id({2026, 1}) == "MP-2026-0001");
  CHECK(format_pilot_id({2026, 9999}) == "MP-2026-9999");
  CHECK(format_pilot_id({2026, 12345}) == "MP-2026-12345");
}

TEST_CASE("ids: parses canonical, lower-case and unpadded ids to the same id") {
  CHECK(parse_pilot_id("MP-2026-0042").value == PilotId{2026, 42});
  CHECK(parse_pilot_id("mp-2026-42").value == PilotId{2026, 42});
  CHECK(parse_pilot_id("MP-2026-12345").value == PilotId{2026, 12345});
}

TEST_CASE("ids: refuses what is not a pilot id, naming the expected shape") {
  for (const char* bad : {"", "MP", "MP-2026", "MP-2026-", "MP-26-0001", "MP-2026-0000", "PB-2026-001", " MP-2026-0001",
                          "MP-2026-0001 ", "MP-2026-00x1", "MP_2026_0001"}) {
    CAPTURE(bad);
    const auto r = parse_pilot_id(bad);
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("MP-2026-0042") != std::string::npos);
  }
}

TEST_CASE("ids: order is by year, then number, not by text") {
  CHECK(PilotId{2026, 9999} < PilotId{2026, 10000});
  CHECK(PilotId{2025, 99999} < PilotId{2026, 1});
}

TEST_CASE("ids: batch ids are PB-<year>-<nnn>") {
  CHECK(format_batch_id({2026, 1}) == "PB-2026-001");
  CHECK(format_batch_id({2026, 1234}) == "PB-2026-1234");
  CHECK(parse_batch_id("pb-2026-7").value == BatchId{2026, 7});
  CHECK_FALSE(parse_batch_id("MP-2026-001").ok());
  CHECK_FALSE(parse_batch_id("PB-2026-000").ok());
}

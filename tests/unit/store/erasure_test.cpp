// Tests of store/erasure against a temporary SQLite ledger: what a subject holds, erasing it, purge candidates.
#include "minipilot/store/erasure.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

struct ErasureFixture : LedgerFixture {
  ErasureFixture() {
    ApplicationInput in = application("Aino");
    in.email = "aino@example.fi";
    in.description = "Kirjasto pihalle";
    in.iban = "FI21 1234 5600 0007 85";
    apply_one(ctx(), in);
  }
  std::string text(const std::string& sql) { return ledger.db().execAndGet(sql).getString(); }
};

}  // namespace

TEST_CASE("store erasure: a subject says which of its values still hold data") {
  ErasureFixture f;
  Transaction t = f.store.write(f.clock);
  ErasureStore rows(f.store);
  const ErasureSubject s = rows.load(1);
  CHECK(s.email);
  CHECK_FALSE(s.phone);
  CHECK(s.payee == std::vector<std::string>{"name", "iban"});
  CHECK(s.salt);
  REQUIRE(s.pilots.size() == 1);
  CHECK(s.pilots[0].status == Status::submitted);
  CHECK(s.pilots[0].free_text);
  CHECK(s.payments.empty());
  CHECK(refusal([&] { rows.load(9); }) == ErrorKind::not_found);
}

TEST_CASE("store erasure: contact details and free text go first, the payee with its key only when asked") {
  ErasureFixture f;
  Transaction t = f.store.write(f.clock);
  ErasureStore rows(f.store);
  rows.erase_contact_and_free_text(1);
  CHECK(f.text("SELECT email || '|' || name FROM applicants") == "|Aino");
  CHECK(f.text("SELECT description FROM pilots").empty());
  CHECK_FALSE(rows.load(1).email);
  rows.erase_payee(1);
  CHECK(f.text("SELECT name || iban || salt FROM applicants").empty());
  CHECK(f.text("SELECT match_key FROM pilots") == "erased:MP-2026-0001\x1fidea");
  CHECK(rows.load(1).payee.empty());
}

TEST_CASE("store erasure: only applicants with no open pilot, closed long enough ago, are due for purge") {
  ErasureFixture f;
  CHECK(purge_candidates(f.store, 2030, TimeZone()).empty());  // submitted: open
  reject(f.ctx(), {PilotId{2026, 1}}, "ei rahoitusta");
  CHECK(purge_candidates(f.store, 2025, TimeZone()).empty());  // closed in 2026
  CHECK(purge_candidates(f.store, 2026, TimeZone()) == std::vector<int64_t>{1});
}

TEST_CASE("store erasure: the year a pilot was closed in is the local year (rejected 00.30 on New Year's Day)") {
  ErasureFixture f;
  f.clock = FixedClock(parse_timestamp("2026-12-31T22:30:00Z").value);  // 1.1.2027 klo 0.30 in Helsinki
  reject(f.ctx(), {PilotId{2026, 1}}, "ei rahoitusta");
  CHECK(purge_candidates(f.store, 2026, TimeZone()).empty());  // closed in 2027 in Helsinki
  CHECK(purge_candidates(f.store, 2027, TimeZone()) == std::vector<int64_t>{1});
  CHECK(purge_candidates(f.store, 2026, TimeZone::find("UTC").value) == std::vector<int64_t>{1});
}

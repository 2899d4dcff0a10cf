// Tests of ops/erase: what goes now, what the Accounting Act keeps and until when, and purge.
#include "minipilot/ops/erase.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "minipilot/ledger/verify.h"
#include "minipilot/ops/amend.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "minipilot/ops/disburse.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// MP-2026-0001 paid (on Monday 2 March 2026), MP-2026-0002 rejected, MP-2026-0003 submitted.
struct EraseFixture : LedgerFixture {
  EraseFixture(const std::string& extra = "") {
    config = parse_config(std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n" + extra,
                          dir / "minipilot.toml");
    for (int i = 1; i <= 3; ++i) {
      ApplicationInput in;
      in.title = "Idea " + std::to_string(i);
      in.applicant = "Hakija " + std::to_string(i);
      in.type = "resident";
      in.area = "keskusta";
      in.iban = "FI21 1234 5600 0007 85";
      in.email = "hakija" + std::to_string(i) + "@example.fi";
      in.phone = "+358 40 123 456" + std::to_string(i);
      in.description = "Kuvaus " + std::to_string(i);
      apply_one(ctx(), in);
    }
    approve(ctx(), {PilotId{2026, 1}}, "");
    reject(ctx(), {PilotId{2026, 2}}, "ei nyt");
    amend(ctx(), PilotId{2026, 1}, {{AmendField::email, "uusi@example.fi"}});
    act_as("pirjo");
    REQUIRE(disburse(ctx(), {}, true).batch);
    act_as("root");
  }
  void at(const char* iso) { clock = FixedClock(parse_timestamp(iso).value); }
  std::string text(const std::string& sql) { return ledger.db().execAndGet(sql).getString(); }
  bool verifies() { return verify_ledger(ledger, config).ok(); }
};

}  // namespace

TEST_CASE("retention_end: the 31st of December of the 10th year after the payment's") {
  CHECK(format_date(retention_end(2026, 10)) == "2036-12-31");
  CHECK(format_date(retention_end(2026, 1)) == "2027-12-31");
  CHECK(format_date(end_of_year(2999)) == "2999-12-31");
}

TEST_CASE("erase op: a never-paid applicant loses everything personal now, and verify stays green") {
  EraseFixture f;
  const Erasure e = erase_person(f.ctx(), PersonKey::pilot("MP-2026-0002")).front();
  CHECK(e.applicant_id == 2);
  CHECK(e.kept.empty());
  for (const char* field : {"email", "phone", "free_text", "name", "iban"}) {
    CAPTURE(field);
    CHECK(has(e.erased, field));
  }
  CHECK_FALSE(has(e.erased, "bic"));  // never given: nothing to erase, nothing claimed
  CHECK(f.text("SELECT name || email || phone || iban || salt FROM applicants WHERE id = 2").empty());
  CHECK(f.text("SELECT description FROM pilots WHERE id = 'MP-2026-0002'").empty());
  CHECK(f.text("SELECT match_key FROM pilots WHERE id = 'MP-2026-0002'") == "erased:MP-2026-0002\x1fidea 2");
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'erase' AND pilot_id = 'MP-2026-0002' "
                "AND json_extract(detail, '$.payee') = 'erased' AND detail NOT LIKE '%Hakija%'") == 1);
  CHECK(f.text("SELECT name FROM applicants WHERE id = 1") == "Hakija 1");  // nobody else's
  CHECK(f.verifies());
}

TEST_CASE("erase op: a paid grant keeps its payee details until its retention ends, contact details go now") {
  EraseFixture f;
  const Erasure e = erase_person(f.ctx(), PersonKey::applicant(1)).front();
  CHECK(has(e.erased, "email"));
  CHECK(has(e.erased, "amended_contact_details"));
  CHECK_FALSE(has(e.erased, "name"));
  REQUIRE(e.kept.size() == 1);
  REQUIRE(e.kept[0].until);
  CHECK(format_date(*e.kept[0].until) == "2036-12-31");
  CHECK(e.kept[0].why.find("PB-2026-001") != std::string::npos);
  CHECK(f.text("SELECT name || ' ' || iban FROM applicants WHERE id = 1") == "Hakija 1 FI2112345600000785");
  CHECK(f.text("SELECT old_value || new_value FROM applicant_changes WHERE applicant_id = 1").empty());
  CHECK(f.text("SELECT payee_name FROM payments") == "Hakija 1");
  CHECK(f.verifies());
  // Again: nothing left to erase now, nothing recorded.
  const int64_t events = f.count("SELECT COUNT(*) FROM events");
  const Erasure again = erase_person(f.ctx(), PersonKey::applicant(1)).front();
  CHECK_FALSE(again.changed());
  CHECK(again.kept.size() == 1);
  CHECK(f.count("SELECT COUNT(*) FROM events") == events);
  // On the last day of the retention still kept; the day after, gone: the
  // days of Helsinki (UTC+2 in winter), the programme's default zone.
  f.at("2036-12-31T21:59:59Z");
  CHECK(erase_person(f.ctx(), PersonKey::applicant(1)).front().kept.size() == 1);
  f.at("2036-12-31T22:00:00Z");
  const Erasure late = erase_person(f.ctx(), PersonKey::applicant(1)).front();
  CHECK(late.kept.empty());
  CHECK(late.batches == std::vector<std::string>{"PB-2026-001"});
  CHECK(f.text("SELECT payee_name || iban || bic || salt FROM payments").empty());
  CHECK(f.count("SELECT SUM(amount_cents) FROM payments") == 50000);
  CHECK(f.verifies());
}

TEST_CASE("erase op: an open application keeps the name and bank details while it is open") {
  EraseFixture f;
  const Erasure e = erase_person(f.ctx(), PersonKey::pilot("MP-2026-0003")).front();
  REQUIRE(e.kept.size() == 1);
  CHECK_FALSE(e.kept[0].until);
  CHECK(e.kept[0].why == "MP-2026-0003 is submitted and not yet paid");
  CHECK(f.text("SELECT email FROM applicants WHERE id = 3").empty());
  CHECK(f.text("SELECT name FROM applicants WHERE id = 3") == "Hakija 3");
}

TEST_CASE("erase op: only an admin, and an unknown applicant or pilot is not found") {
  EraseFixture f;
  f.act_as("anna");
  CHECK(refusal([&] { erase_person(f.ctx(), PersonKey::applicant(1)); }) == ErrorKind::permission);
  CHECK(refusal([&] { purge(f.ctx(), true); }) == ErrorKind::permission);
  f.act_as("root");
  CHECK(refusal([&] { erase_person(f.ctx(), PersonKey::applicant(99)); }) == ErrorKind::not_found);
  CHECK(refusal([&] { erase_person(f.ctx(), PersonKey::pilot("MP-2026-0042")); }) == ErrorKind::not_found);
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'erase'") == 0);
}

TEST_CASE("purge op: retention counted from the payment's year, or the rejection's - open pilots never") {
  EraseFixture f("[privacy]\nretention_years = 2\n");
  f.at("2028-12-31T12:00:00Z");
  CHECK(purge(f.ctx(), false).erased.empty());
  f.at("2029-01-01T00:00:00Z");
  const Purge dry = purge(f.ctx(), true);
  CHECK(dry.through_year == 2026);
  REQUIRE(dry.erased.size() == 2);  // the paid one and the rejected one, not the submitted one
  CHECK(dry.erased[0].applicant_id == 1);
  CHECK(dry.erased[1].applicant_id == 2);
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'erase'") == 0);
  CHECK(f.text("SELECT name FROM applicants WHERE id = 1") == "Hakija 1");
  const Purge done = purge(f.ctx(), false);
  CHECK(done.erased.size() == 2);
  CHECK(f.count("SELECT COUNT(*) FROM applicants WHERE name = ''") == 2);
  CHECK(f.text("SELECT name FROM applicants WHERE id = 3") == "Hakija 3");
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'erase' AND json_extract(detail, '$.reason') = "
                "'retention ended'") == 2);
  CHECK(purge(f.ctx(), false).erased.empty());  // nothing twice
  CHECK(f.verifies());
}

namespace {

// An applicant's records as the store reads them: e-mail and name and IBAN held, one pilot.
ErasureSubject subject(Status status) {
  ErasureSubject s;
  s.id = 7;
  s.email = true;
  s.payee = {"name", "iban"};
  s.salt = true;
  s.pilots = {{"MP-2026-0001", status, true}};
  return s;
}

}  // namespace

TEST_CASE("erase rule: contact details and free text always go, the payee while a pilot is open never (issue 12)") {
  bool payee_goes = true;
  const Erasure e = plan_erasure(subject(Status::approved), Date{20500}, 10, payee_goes);
  CHECK_FALSE(payee_goes);
  CHECK(e.erased == std::vector<std::string>{"email", "free_text"});
  REQUIRE(e.kept.size() == 1);
  CHECK(e.kept[0].why == "MP-2026-0001 is approved and not yet paid");
  CHECK_FALSE(e.kept[0].until);
}

TEST_CASE("erase rule: a payment keeps the payee until its retention ends, then everything goes") {
  ErasureSubject s = subject(Status::completed);
  s.payments = {{"PB-2026-001", "MP-2026-0001", 2026, false}};
  bool payee_goes = true;
  const Date last_kept = end_of_year(2036);
  Erasure e = plan_erasure(s, last_kept, 10, payee_goes);
  CHECK_FALSE(payee_goes);
  REQUIRE(e.kept.size() == 1);
  CHECK(e.kept[0].why == "paid in PB-2026-001 (Accounting Act)");
  CHECK(e.kept[0].until == last_kept);
  e = plan_erasure(s, Date{last_kept.days + 1}, 10, payee_goes);
  CHECK(payee_goes);
  CHECK(e.kept.empty());
  CHECK(e.erased == std::vector<std::string>{"email", "free_text", "name", "iban"});
  CHECK(e.batches == std::vector<std::string>{"PB-2026-001"});
}

TEST_CASE("erase rule: an applicant with nothing left is no change") {
  ErasureSubject s;
  s.id = 7;
  s.pilots = {{"MP-2026-0001", Status::rejected, false}};
  bool payee_goes = true;
  const Erasure e = plan_erasure(s, Date{20500}, 10, payee_goes);
  CHECK_FALSE(e.changed());
  CHECK_FALSE(payee_goes);
  CHECK(e.kept.empty());
}

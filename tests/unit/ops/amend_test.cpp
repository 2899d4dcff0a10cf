// Tests of ops/amend: several fields in one transaction, validated as at apply, by status and area (issue 14).
#include "minipilot/ops/amend.h"

#include <doctest/doctest.h>

#include "minipilot/ledger/verify.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

struct AmendFixture : LedgerFixture {
  AmendFixture() {
    ApplicationInput in = application("Aino");
    in.title = "Lainaamo";
    in.iban = "FI21 1234 5600 0007 85";
    in.start = "2026-04-01";
    in.end = "2026-05-31";
    apply_one(ctx(), in);
  }
  std::vector<Amended> run(std::vector<Correction> c) { return amend(ctx(), PilotId{2026, 1}, c); }
  std::string sql(const std::string& q) { return ledger.db().execAndGet(q).getString(); }
  bool verified() { return verify_ledger(ledger, config).ok(); }
};

}  // namespace

TEST_CASE("amend: several fields in one transaction, one event each, in the order of the fields") {
  AmendFixture f;
  const auto done = f.run({{AmendField::end, "30.6.2026"},
                           {AmendField::title, "Pop-up-lainaamo"},
                           {AmendField::email, "aino@example.fi"},
                           {AmendField::iban, "FI2112345600000785"}});
  REQUIRE(done.size() == 4);
  CHECK(done[0].field == AmendField::title);
  CHECK(done[1].field == AmendField::end);
  CHECK(done[2].field == AmendField::iban);
  CHECK_FALSE(done[2].changed);  // the same IBAN, written differently
  CHECK(done[3].changed);
  CHECK(f.sql("SELECT title || '|' || end_date FROM pilots") == "Pop-up-lainaamo|2026-06-30");
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'amend'") == 3);
  // Not personal data: the old and new values in the event.
  CHECK(f.sql("SELECT detail FROM events WHERE action = 'amend' ORDER BY seq LIMIT 1") ==
        R"({"field":"title","before":{"title":"Lainaamo"},"after":{"title":"Pop-up-lainaamo"}})");
  // Personal: in applicant_changes, where erasure reaches them.
  CHECK(f.sql("SELECT field || '|' || old_value || '|' || new_value FROM applicant_changes") ==
        "email||aino@example.fi");
  CHECK(f.verified());
}

TEST_CASE("amend: refused as a whole - nothing changes when one field is wrong") {
  AmendFixture f;
  CHECK(refusal([&] { f.run({{AmendField::title, "Uusi"}, {AmendField::iban, "FI00 1234"}}); }) ==
        ErrorKind::invalid);
  CHECK(refusal([&] { f.run({{AmendField::start, "2026-06-01"}}); }) == ErrorKind::invalid);  // after the end
  CHECK(refusal([&] { f.run({{AmendField::type, "company"}}); }) == ErrorKind::invalid);      // no business ID
  CHECK(refusal([&] { f.run({{AmendField::area, "nowhere"}}); }) == ErrorKind::not_found);
  CHECK(refusal([&] { f.run({{AmendField::title, " "}}); }) == ErrorKind::invalid);
  CHECK(f.sql("SELECT title FROM pilots") == "Lainaamo");
  CHECK(f.count("SELECT COUNT(*) FROM events WHERE action = 'amend'") == 0);
}

TEST_CASE("amend: a type moves the tallies, resident drops the business ID, verify agrees") {
  AmendFixture f;
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  f.run({{AmendField::type, "company"}, {AmendField::business_id, "2858394-9"}});
  CHECK(f.count("SELECT SUM(n) FROM tallies WHERE type = 'company'") == 1);
  CHECK(f.count("SELECT SUM(n) FROM tallies WHERE type = 'resident'") == 0);
  CHECK(f.count("SELECT SUM(grant_cents) FROM tallies WHERE type = 'company'") == 50000);
  CHECK(f.verified());
  const auto done = f.run({{AmendField::type, "resident"}});
  REQUIRE(done.size() == 2);
  CHECK(done[1].field == AmendField::business_id);
  CHECK(f.sql("SELECT type || '|' || business_id FROM applicants") == "resident|");
  CHECK(f.sql("SELECT old_value FROM applicant_changes WHERE field = 'business_id' ORDER BY seq DESC") ==
        "2858394-9");
  CHECK(f.verified());
}

TEST_CASE("amend: the area moves the pilot and its durations, and needs an agent of both areas") {
  AmendFixture f;
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  CHECK(refusal([&] { f.run({{AmendField::area, "jukola"}}); }) == ErrorKind::permission);  // anna: not jukola's
  f.config.areas[1].agents.push_back("anna");
  f.run({{AmendField::area, "jukola"}});
  CHECK(f.sql("SELECT area FROM pilots") == "jukola");
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE area = 'jukola' AND kind = 'decision'") == 1);
  CHECK(f.count("SELECT COALESCE(SUM(n), 0) FROM durations WHERE area = 'keskusta'") == 0);
  CHECK(f.verified());
}

TEST_CASE("amend: what may change at which status") {
  AmendFixture f;
  reject(f.ctx(), {PilotId{2026, 1}}, "ei");
  CHECK(refusal([&] { f.run({{AmendField::title, "Uusi"}}); }) == ErrorKind::conflict);
  CHECK(refusal([&] { f.run({{AmendField::iban, "FI37 1590 3000 0007 76"}}); }) == ErrorKind::conflict);
  // The applicant's own details stay correctable (GDPR art. 16).
  CHECK(f.run({{AmendField::phone, "040 123 4567"}}).front().changed);
  CHECK(f.run({{AmendField::applicant_name, "Aino Virtanen"}}).front().changed);
  // An unchanged value is no change, whatever the status.
  CHECK_FALSE(f.run({{AmendField::title, "Lainaamo"}}).front().changed);
}

TEST_CASE("amend: a payee name is part of the payee the events commit to") {
  AmendFixture f;
  f.run({{AmendField::payee_name, "Matti Meikäläinen"}});
  CHECK(f.sql("SELECT payee_name FROM applicants") == "Matti Meikäläinen");
  CHECK(f.sql("SELECT json_extract(detail, '$.payee') IS NOT NULL FROM events WHERE action = 'amend'") == "1");
  CHECK(f.verified());
  // Changed behind the tool's back, the commitment no longer holds.
  f.ledger.db().exec("UPDATE applicants SET payee_name = 'Joku Muu'");
  CHECK_FALSE(f.verified());
}

TEST_CASE("amend: the type trigger moves every pilot of an applicant, whatever their statuses") {
  AmendFixture f;
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  // A second pilot of the same applicant row, rejected (the tool makes one row per
  // application; the trigger must not depend on it).
  f.ledger.db().exec(
      "INSERT INTO pilots (id, year, seq, title, area, applicant_id, status, match_key, submitted_at, submitted_by, "
      "month, decided_at, decided_by) SELECT 'MP-2026-0002', 2026, 2, 'Toinen', 'keskusta', applicant_id, "
      "'rejected', 'x', submitted_at, 'anna', month, submitted_at, 'anna' FROM pilots WHERE seq = 1");
  f.ledger.db().exec("UPDATE applicants SET type = 'community'");
  CHECK(f.count("SELECT SUM(n) FROM tallies WHERE type = 'community'") == 2);
  CHECK(f.count("SELECT SUM(grant_cents) FROM tallies WHERE type = 'community'") == 50000);
  CHECK(f.count("SELECT COALESCE(SUM(n), 0) FROM tallies WHERE type = 'resident'") == 0);
}

TEST_CASE("amend: the area trigger moves a paid pilot's payment duration too") {
  AmendFixture f;
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  f.ledger.db().exec(
      "INSERT INTO batches (id, year, seq, execution_date, created_at, created_by, state, payer_name, payer_iban, "
      "payer_bic, sepa_version, csv_delimiter, csv_decimal, csv_bom) VALUES ('PB-2026-001', 2026, 1, '2026-03-02', "
      "'2026-03-02T10:00:00Z', 'pirjo', 'exported', 'K', 'FI', '', '09', ';', ',', 1)");
  f.ledger.db().exec(
      "INSERT INTO payments (batch_id, pilot_id, payee_name, iban, bic, amount_cents, message, state, live) "
      "VALUES ('PB-2026-001', 'MP-2026-0001', 'Aino', 'FI', '', 50000, 'm', 'sent', 1)");
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'payment' AND area = 'keskusta'") == 1);
  f.ledger.db().exec("UPDATE pilots SET area = 'jukola'");
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'payment' AND area = 'jukola'") == 1);
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'payment' AND area = 'keskusta'") == 0);
  CHECK(f.count("SELECT SUM(n) FROM durations WHERE kind = 'decision' AND area = 'jukola'") == 1);
}

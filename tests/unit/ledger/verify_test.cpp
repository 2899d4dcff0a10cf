// Tests of ledger/verify: a clean ledger passes; changes made behind the tool's back are named.
#include "minipilot/ledger/verify.h"

#include <doctest/doctest.h>

#include "minipilot/ledger/chain.h"
#include "minipilot/ops/apply.h"
#include "minipilot/ops/decide.h"
#include "minipilot/store/events.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

void populate(LedgerFixture& f) {
  for (const char* t : {"A", "B", "C"}) {
    ApplicationInput in;
    in.title = t;
    in.applicant = std::string("Hakija ") + t;
    in.type = "resident";
    in.area = "keskusta";
    apply_one(f.ctx(), in);
  }
  approve(f.ctx(), {PilotId{2026, 1}}, "");
  reject(f.ctx(), {PilotId{2026, 2}}, "ei");
}

bool names(const VerifyReport& r, const std::string& check, const std::string& subject) {
  for (const Problem& p : r.problems)
    if (p.check == check && p.subject.find(subject) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("verify: a ledger written by the tool has no problems") {
  LedgerFixture f;
  populate(f);
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(r.ok());
  CHECK(r.pilots == 3);
  CHECK(r.events == 5);
  CHECK(r.access_control);
}

TEST_CASE("verify: a status changed in the database is named with its pilot") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec("UPDATE pilots SET status = 'rejected' WHERE id = 'MP-2026-0003'");
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK_FALSE(r.ok());
  CHECK(names(r, "status follows the event log", "MP-2026-0003"));
}

TEST_CASE("verify: a grant changed in the database is named") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec("UPDATE pilots SET grant_cents = 90000 WHERE id = 'MP-2026-0001'");
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "grant fixed at approval", "MP-2026-0001"));
}

TEST_CASE("verify: a dropped append-only trigger and a deleted event are found") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec("DROP TRIGGER events_no_delete");
  f.ledger.db().exec("DELETE FROM events WHERE action = 'approve'");
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "events are append-only", "events_no_delete"));
  CHECK(names(r, "status follows the event log", "MP-2026-0001"));
}

TEST_CASE("verify: committed grants over a year's budget are found") {
  LedgerFixture f;
  populate(f);
  f.config.budget[2026] = Cents{100};
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "committed grants within each year's budget", "2026"));
}

TEST_CASE("verify: a disbursed pilot without its live payment and a changed amount are named") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec(
      "INSERT INTO batches (id, year, seq, execution_date, created_at, created_by, state, payer_name, payer_iban, "
      "payer_bic, sepa_version, csv_delimiter, csv_decimal, csv_bom) VALUES ('PB-2026-001', 2026, 1, '2026-03-02', "
      "'2026-03-01T10:00:00Z', 'x', 'exported', 'C', 'FI2112345600000785', '', '09', ';', ',', 1)");
  f.ledger.db().exec(
      "INSERT INTO payments (batch_id, pilot_id, payee_name, iban, bic, amount_cents, message, state, live) "
      "VALUES ('PB-2026-001', 'MP-2026-0001', 'n', 'FI2112345600000785', '', 40000, 'm', 'sent', 1)");
  VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "one live payment per paid pilot", "MP-2026-0001"));
  f.ledger.db().exec("UPDATE payments SET live = 0");
  f.ledger.db().exec("UPDATE pilots SET status = 'disbursed' WHERE id = 'MP-2026-0001'");
  r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "one live payment per paid pilot", "MP-2026-0001"));
  CHECK(names(r, "status follows the event log", "MP-2026-0001"));
}

TEST_CASE("verify: an event edited behind the tool's back breaks the hash chain there") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec("DROP TRIGGER events_no_update");
  f.ledger.db().exec(
      "UPDATE events SET detail = '{\"before\":{},\"after\":{\"status\":\"submitted\",\"title\":\"X\"}}' WHERE seq = "
      "2");
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "event hash chain", "event 2"));
  CHECK_FALSE(names(r, "event hash chain", "event 1"));
}

TEST_CASE("verify: an event deleted from the middle is found by the chain") {
  LedgerFixture f;
  populate(f);
  f.ledger.db().exec("DROP TRIGGER events_no_delete");
  f.ledger.db().exec("DELETE FROM events WHERE seq = 3");
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "event hash chain", "event 4"));
}

TEST_CASE("verify: the chain head is the last event's number and hash") {
  LedgerFixture f;
  populate(f);
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(r.head.seq == 5);
  CHECK(r.head.hash.size() == 64);
  CHECK(r.head.hash == f.ledger.db().execAndGet("SELECT hash FROM events WHERE seq = 5").getString());
}

TEST_CASE("verify: an event dated before the one before it is named (issue 11)") {
  LedgerFixture f;
  populate(f);
  {
    // EventLog writes what it is given: the clock check is the write transaction's.
    SQLite::Transaction t(f.ledger.db(), SQLite::TransactionBehavior::IMMEDIATE);
    EventLog(f.store).append(Timestamp{1772359200 - 3600}, "anna", EventAction::hold, "MP-2026-0001", "{}");
    t.commit();
  }
  const VerifyReport r = verify_ledger(f.ledger, f.config);
  CHECK(names(r, "events in time order", "event 6"));
  CHECK_FALSE(names(r, "event hash chain", "event"));  // the chain itself is intact
}

TEST_CASE("verify: the expected head holds on the same and a longer chain, not on a shorter or another one") {
  LedgerFixture f;
  populate(f);
  const ChainHead head = chain_head(f.ledger.sql());
  CHECK(verify_ledger(f.ledger, f.config, head).ok());
  CHECK(verify_ledger(f.ledger, f.config, ChainHead{}).ok());  // event 0, the genesis, always holds
  approve(f.ctx(), {PilotId{2026, 3}}, "");
  CHECK(verify_ledger(f.ledger, f.config, head).ok());
  const VerifyReport ahead = verify_ledger(f.ledger, f.config, ChainHead{head.seq + 5, head.hash});
  CHECK(names(ahead, "the chain holds the expected head", "event 10"));
  const VerifyReport other = verify_ledger(f.ledger, f.config, ChainHead{head.seq, std::string(64, 'a')});
  CHECK(names(other, "the chain holds the expected head", "event 5"));
  CHECK(verify_ledger(f.ledger, f.config, ChainHead{0, std::string(64, 'a')}).problem_count == 1);
}

TEST_CASE("chain head: parsed from SEQ:HASH and from 'event N HASH', the whole hash required") {
  const std::string hash(64, 'c');
  const auto ok = [](const std::string& text) { return parse_chain_head(text); };
  CHECK(ok("184:" + hash).value.seq == 184);
  CHECK(ok("184:" + hash).value.hash == hash);
  CHECK(ok("event 184 " + hash).value.seq == 184);
  CHECK(ok("184:" + std::string(64, 'C')).value.hash == hash);  // upper case as some copy it
  CHECK(ok("Chain head: event 184 " + hash).value.seq == 184);  // a report's footer, copied whole
  CHECK(ok("Event 184 " + hash).value.seq == 184);
  // A head saved from a Finnish report is read by an English run too.
  CHECK(ok("Ketjun pää: tapahtuma 184 " + hash).value.seq == 184);
  CHECK(ok("tapahtuma 184 " + hash).value.seq == 184);
  CHECK(ok("  event 7   " + hash + "\n").ok() == false);  // leading blanks are not a head
  for (const std::string& bad : std::vector<std::string>{
           std::string("184"), std::string("184:"), std::string(":") + hash, "x:" + hash, "184:" + hash.substr(1),
           "184:" + hash + "c", "184:" + std::string(64, 'g'), "-1:" + hash, "event 184", "event  " + hash}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_chain_head(bad).ok());
  }
  CHECK(parse_chain_head("184:034653ec").error.find("64 hex digits, not 8") != std::string::npos);
}

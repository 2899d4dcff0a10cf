// Tests of domain/event: action names and the detail objects, whose bytes the hash chain commits to.
#include "minipilot/domain/event.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("event: every action reads back from its stored name, and return and void keep theirs") {
  for (const EventAction a : kAllEventActions) CHECK(parse_event_action(to_string(a)) == a);
  CHECK(to_string(EventAction::payment_return) == "return");
  CHECK(to_string(EventAction::void_payment) == "void");
  CHECK(to_string(EventAction::void_batch) == "void batch");
  CHECK_FALSE(parse_event_action("note"));
  CHECK_FALSE(parse_event_action("Approve"));
}

TEST_CASE("event: the stored names are in sorted order, as log --action lists them") {
  for (size_t i = 1; i < kAllEventActions.size(); ++i)
    CHECK(to_string(kAllEventActions[i - 1]) < to_string(kAllEventActions[i]));
}

TEST_CASE("event: decision details hold the statuses, the grant and the note under its key") {
  CHECK(decision_detail(Status::submitted, Status::approved, "note", "ok", 50000) ==
        R"({"before":{"status":"submitted"},"after":{"status":"approved","grant_cents":50000},"note":"ok"})");
  CHECK(decision_detail(Status::submitted, Status::rejected, "reason", "") ==
        R"({"before":{"status":"submitted"},"after":{"status":"rejected"}})");
}

TEST_CASE("event: payment details follow the transitions disburse and unpay") {
  CHECK(
      disburse_detail("PB-2026-001", 50000, "") ==
      R"({"before":{"status":"approved"},"after":{"status":"disbursed"},"batch_id":"PB-2026-001","amount_cents":50000})");
  CHECK(
      unpay_detail("PB-2026-001", "tili suljettu") ==
      R"({"before":{"status":"disbursed"},"after":{"status":"approved"},"batch_id":"PB-2026-001","reason":"tili suljettu"})");
  CHECK(batch_detail("PB-2026-001", 2, 100000, "2026-03-03") ==
        R"({"batch_id":"PB-2026-001","payments":2,"total_cents":100000,"execution_date":"2026-03-03"})");
}

TEST_CASE("event: apply, complete, amend and erase details as the chain has always hashed them") {
  CHECK(
      apply_detail("Idea", "keskusta", 7, "resident", "abc") ==
      R"({"before":{},"after":{"status":"submitted","title":"Idea","area":"keskusta","applicant_id":7,"applicant_type":"resident"},"payee":"abc"})");
  CHECK(complete_detail("failed", std::nullopt) ==
        R"({"before":{"status":"disbursed"},"after":{"status":"completed","outcome":"failed","participants":null}})");
  CHECK(amend_detail("email", 3, "") == R"({"field":"email","change":3})");
  CHECK(erase_detail(7, {"email"}, true, {"PB-2026-001"}, "request") ==
        R"({"applicant_id":7,"erased":["email"],"payee":"erased","payments":["PB-2026-001"],"reason":"request"})");
}

TEST_CASE("event: the status steps events record, a return and a void both being unpay") {
  CHECK(status_action(EventAction::approve) == Action::approve);
  CHECK(status_action(EventAction::payment_return) == Action::unpay);
  CHECK(status_action(EventAction::void_payment) == Action::unpay);
  CHECK_FALSE(status_action(EventAction::void_batch));
  CHECK_FALSE(status_action(EventAction::amend));
  CHECK(event_action(Action::withdraw) == EventAction::withdraw);
}

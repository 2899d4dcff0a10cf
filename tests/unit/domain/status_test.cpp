// Tests of domain/status: the only legal transitions of spec §2.
#include "minipilot/domain/status.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("status: the legal transitions lead where the spec says") {
  CHECK(transition(Status::submitted, Action::approve) == Status::approved);
  CHECK(transition(Status::submitted, Action::reject) == Status::rejected);
  CHECK(transition(Status::submitted, Action::withdraw) == Status::withdrawn);
  CHECK(transition(Status::approved, Action::withdraw) == Status::withdrawn);
  CHECK(transition(Status::approved, Action::disburse) == Status::disbursed);
  CHECK(transition(Status::disbursed, Action::complete) == Status::completed);
  CHECK(transition(Status::disbursed, Action::unpay) == Status::approved);
}

TEST_CASE("status: every other transition is refused") {
  int legal = 0;
  for (Status s : kAllStatuses)
    for (Action a :
         {Action::approve, Action::reject, Action::withdraw, Action::disburse, Action::complete, Action::unpay})
      legal += transition(s, a).has_value();
  CHECK(legal == 7);
  CHECK_FALSE(transition(Status::approved, Action::approve));
  CHECK_FALSE(transition(Status::rejected, Action::approve));
  CHECK_FALSE(transition(Status::disbursed, Action::withdraw));
  CHECK_FALSE(transition(Status::completed, Action::unpay));
}

TEST_CASE("status: names round-trip and only held grants count") {
  for (Status s : kAllStatuses) CHECK(parse_status(to_string(s)) == s);
  CHECK_FALSE(parse_status("Approved"));
  CHECK(holds_grant(Status::approved));
  CHECK(holds_grant(Status::completed));
  CHECK_FALSE(holds_grant(Status::withdrawn));
  CHECK_FALSE(holds_grant(Status::submitted));
}

// Tests of store/applicants against a temporary SQLite ledger: payee details, keys, the export rows.
#include "minipilot/store/applicants.h"

#include <doctest/doctest.h>

#include "minipilot/ops/apply.h"
#include "unit/fixture.h"

using namespace minipilot;
using namespace minipilot::test;

namespace {

struct ApplicantsFixture : LedgerFixture {
  ApplicantsFixture() {
    add("Aino", "Aino@Example.fi", "FI21 1234 5600 0007 85");
    add("Eino", "eino@example.fi", "");
  }
  void add(const std::string& name, const std::string& email, const std::string& iban) {
    ApplicationInput in = application(name);
    in.email = email;
    in.iban = iban;
    apply_one(ctx(), in);
  }
};

}  // namespace

TEST_CASE("store applicants: the payee details and their salt are read, and a missing salt is given") {
  ApplicantsFixture f;
  Transaction t = f.store.write(f.clock);
  PayeeDetails d = payee_details(f.store, 1);
  CHECK(d.name == "Aino");
  CHECK(d.iban == "FI2112345600000785");
  CHECK(d.salt.size() == 32);
  set_payee_salt(f.store, 1, "00");
  CHECK(payee_details(f.store, 1).salt == "00");
}

TEST_CASE("store applicants: records are found by number, pilot and shared keys, e-mails in any case") {
  ApplicantsFixture f;
  CHECK(applicants_numbered(f.store, 2).at(0).name == "Eino");
  CHECK(applicants_numbered(f.store, 3).empty());
  CHECK(applicant_of_pilot(f.store, "MP-2026-0001").at(0).id == 1);
  CHECK(applicant_of_pilot(f.store, "MP-2026-0009").empty());
  const auto by_email = applicants_sharing(f.store, {"aino@example.fi"}, {}, {});
  REQUIRE(by_email.size() == 1);
  CHECK(by_email[0].email == "Aino@Example.fi");
  CHECK(applicants_sharing(f.store, {}, {"FI2112345600000785"}, {}).size() == 1);
  CHECK(applicants_sharing(f.store, {}, {""}, {}).empty());  // an empty IBAN is no key
  CHECK(applicants_sharing(f.store, {}, {}, {}).empty());
}

TEST_CASE("store applicants: the export rows hold every column but the ledger's own keys") {
  ApplicantsFixture f;
  const PersonRecord p = applicant_record(f.store, 1);
  const auto has = [](const Row& r, const std::string& column) {
    return std::any_of(r.begin(), r.end(), [&](const Cell& c) { return c.column == column; });
  };
  CHECK(has(p.applicant, "email"));
  CHECK(has(p.applicant, "iban"));
  CHECK_FALSE(has(p.applicant, "salt"));
  REQUIRE(p.pilots.size() == 1);
  CHECK(has(p.pilots[0], "title"));
  CHECK_FALSE(has(p.pilots[0], "match_key"));
  CHECK(p.payments.empty());
  CHECK(refusal([&] { applicant_record(f.store, 9); }) == ErrorKind::not_found);
}

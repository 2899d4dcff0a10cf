// Erasing a person's data (GDPR) within what the Accounting Act makes the city keep, and purge.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/time.h"
#include "minipilot/ledger/person_lookup.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Personal data that an erasure had to keep, why, and until when.
struct Retained {
  std::string what;            ///< "payee name, IBAN, BIC and business ID"
  std::string why;             ///< "paid in PB-2026-001 (Accounting Act)", "MP-2026-0004 is approved, not yet paid"
  std::optional<Date> until;   ///< the last day it is kept; none while a pilot is still open
};

/// What one erasure did (or, dry, would do) to one applicant.
struct Erasure {
  int64_t applicant_id = 0;
  std::vector<std::string> pilots;   ///< the applicant's pilots, in id order
  std::vector<std::string> erased;   ///< the kinds of data removed: "e-mail", "phone", "description", ...
  std::vector<std::string> batches;  ///< the batches whose payments' payee details were removed
  std::vector<Retained> kept;        ///< what stays, and until when
  bool changed() const { return !erased.empty() || !batches.empty(); }
};

/// The payee details of a payment made in `payment_year` are kept through
/// 31 December of payment_year + years (the Accounting Act's retention).
Date retention_end(int payment_year, int years);

/// Erases, in one transaction, for every applicant record of the person
/// `who` names (find_person), what may be erased today: always the e-mail,
/// phone, the pilots' free text (description, outcome summary, lessons) and
/// the amendments of those; the payee name, IBAN, BIC and business ID (with
/// the match key built from the name, and the details of every payment) only
/// when no pilot of the applicant is still open (submitted or approved) and
/// the retention of every payment to them has ended ([privacy]
/// retention_years after the end of the payment's year). What it removes is
/// recorded by one `erase` event per pilot, naming the fields and batches, so
/// that `verify` knows the payee commitments can no longer be checked.
/// Nothing is recorded when nothing was left to erase. One Erasure per
/// record, in applicant order. Admins only.
/// Throws: not_found (no such applicant or pilot), conflict (the key is
/// shared by people of different names), permission.
std::vector<Erasure> erase_person(const OpContext& ctx, const PersonKey& who);

/// What `purge` erased (or, with dry_run, would erase): every applicant who
/// still holds personal data, has no open pilot, and whose retention has
/// ended - counted from the year of their last payment, or for an
/// application never paid, from the year it was rejected or withdrawn.
/// Each applicant is erased as erase_applicant would, in one transaction for
/// all. Admins only.
struct Purge {
  std::vector<Erasure> erased;
  int through_year = 0;  ///< payments and closings of this year and before have passed their retention
};
Purge purge(const OpContext& ctx, bool dry_run);

}  // namespace minipilot

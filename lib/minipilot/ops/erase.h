// Erasing a person's data (GDPR) within what the Accounting Act makes the city keep, and purge.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/time.h"
#include "minipilot/domain/erasure.h"
#include "minipilot/ops/context.h"
#include "minipilot/store/erasure.h"
#include "minipilot/validate/person_key.h"

namespace minipilot {

/// The payee details of a payment made in `payment_year` are kept through
/// 31 December of payment_year + years (the Accounting Act's retention).
Date retention_end(int payment_year, int years);

/// The rule of erasure for one applicant's records `s` on `today`: always
/// the e-mail, phone, free text and amended contact details that hold a
/// value; the payee's details (sets `payee_goes`) only when no pilot is open
/// and the retention (`years`) of every payment has ended; what is kept is
/// listed with why and until when.
Erasure plan_erasure(const ErasureSubject& s, Date today, int years, bool& payee_goes);

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
/// Each applicant is erased as erase_person would, in one transaction for
/// all. Admins only.
Purge purge(const OpContext& ctx, bool dry_run);

}  // namespace minipilot

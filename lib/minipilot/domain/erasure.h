// What an erasure removed and what the Accounting Act made it keep, as plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/time.h"

namespace minipilot {

/// Personal data that an erasure had to keep, why, and until when.
struct Retained {
  std::string what;           ///< "payee name, IBAN, BIC and business ID"
  std::string why;            ///< "paid in PB-2026-001 (Accounting Act)", "MP-2026-0004 is approved, not yet paid"
  std::optional<Date> until;  ///< the last day it is kept; none while a pilot is still open
};

/// What one erasure did (or, dry, would do) to one applicant.
struct Erasure {
  int64_t applicant_id = 0;
  std::vector<std::string> pilots;   ///< the applicant's pilots, in id order
  std::vector<std::string> erased;   ///< the kinds of data removed: "email", "phone", "free_text", "name", "iban", ...
  std::vector<std::string> batches;  ///< the batches whose payments' payee details were removed
  std::vector<Retained> kept;        ///< what stays, and until when
  bool changed() const { return !erased.empty() || !batches.empty(); }
};

/// What `purge` erased or, in a dry run, would erase.
struct Purge {
  std::vector<Erasure> erased;
  int through_year = 0;  ///< payments and closings of this year and before have passed their retention
};

}  // namespace minipilot

// The decision list (spec §7, Kuntalaki 140 §): every numbered decision of a period, in number order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/store/store.h"

namespace minipilot {

/// Which decisions: of one decision year, or decided within [from, to) (UTC,
/// "YYYY-MM-DDTHH:MM:SSZ"), of any of `areas` (empty: every area).
struct DecisionFilter {
  std::optional<int> year;
  std::string from, to;  ///< "" for no bound
  std::vector<std::string> areas;
};

/// One decision as stored.
struct DecisionRow {
  int year = 0;
  int64_t seq = 0;
  std::string decided_at, decided_by;
  std::string area, pilot_id, title;
  std::string applicant_name, applicant_type;
  bool approved = false;               ///< an approval (the pilot may since be paid, completed or withdrawn)
  std::optional<int64_t> grant_cents;  ///< the grant an approval fixed
  std::string reject_code, note;
};

/// The decisions the filter keeps, by year and number, in one query over the
/// decision-number index.
std::vector<DecisionRow> find_decisions(Store& store, const DecisionFilter& filter);

}  // namespace minipilot

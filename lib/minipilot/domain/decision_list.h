// The decision list as plain data (spec §7, Kuntalaki 140 §); reports/decision_list builds it, formats render it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/chain.h"

namespace minipilot {

/// The days after a decision during which a public list names its applicant:
/// the 14 days of a rectification request after the 7 of notice by letter
/// (spec §7, Kuntalaki 140 §).
inline constexpr int kPublicNameDays = 21;

/// Which decisions: of `year` (when no dates are given, the current local
/// year), or decided on [from, to] (local days, inclusive), of `areas`.
struct DecisionQuery {
  std::optional<int> year;
  std::optional<Date> from, to;
  std::vector<std::string> areas;
  bool for_public = false;
};

/// One decision, ready for a renderer.
struct DecisionEntry {
  std::string number;  ///< "2026/12"
  Date date;           ///< the local day of the decision
  std::string decider_id, decider_name, decider_title;
  std::string area, area_name, pilot_id, title;
  std::optional<std::string> applicant;  ///< nullopt once a public list may no longer name them
  std::string applicant_type;
  bool approved = false;
  std::optional<Cents> grant;
  std::string reason_code, reason_text;  ///< a rejection's code and its text in the output language
  std::string note;                      ///< the decision's free text; "" in a public list
};

struct DecisionList {
  DecisionQuery query;  ///< with `year` filled in when it was the default
  Date today;           ///< the local day the list was made
  std::vector<DecisionEntry> entries;
  ChainHead head;
};

}  // namespace minipilot

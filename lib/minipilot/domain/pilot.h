// A pilot as recorded, with its applicant and whole history.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/domain/applicant.h"

namespace minipilot {

/// One event as stored; `detail` is its JSON object.
struct EventView {
  int64_t seq = 0;
  std::string at;
  std::string actor;
  std::string action;
  std::string pilot_id;
  std::string detail;
  std::string status_before;  ///< from detail, "" when none
  std::string status_after;
  std::string note;     ///< the note or reason in detail, if any
  std::string hash;     ///< its link in the event chain
  std::string changed;  ///< what else it changed, in words: "iban", "paid in PB-2026-001", ...
};

/// Everything the ledger holds about one pilot.
struct PilotView {
  std::string id;
  std::string title;
  std::string description;
  std::string area;
  std::string status;
  Applicant applicant;
  std::string start_date;  ///< "" when not given
  std::string end_date;
  std::string submitted_at;
  std::string submitted_by;
  std::string decided_at;
  std::string decided_by;
  std::string decision_note;
  std::string decision_number;  ///< "2026/12"; "" until approved or rejected
  std::string reject_code;      ///< a rejection's reason code of [[reasons]], "" when none
  std::optional<Cents> grant;
  std::string closed_at;
  std::string closed_reason;
  std::string hold_reason;  ///< "" when not on hold
  std::string outcome;      ///< "" until completed
  std::optional<int64_t> participants;
  std::string outcome_summary;
  std::vector<std::string> tags;  ///< the themes, folded
  std::string lessons;
  std::string completed_at;
  std::vector<EventView> events;  ///< oldest first
};

}  // namespace minipilot

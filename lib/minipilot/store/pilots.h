// Pilots as the rules see them: their state, their decisions, holds and outcomes, and the budget they commit.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/ids.h"
#include "minipilot/core/money.h"
#include "minipilot/domain/decision.h"
#include "minipilot/domain/pilot.h"
#include "minipilot/domain/status.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The refusal for a well-formed id that names no pilot (exit 4).
Error pilot_not_found(std::string_view id);

/// Throws pilot_not_found unless the ledger has a pilot `id`.
void require_pilot(Store& store, const std::string& id);

/// What the rules decide on: where a pilot is, whose it is, whether it is held.
struct PilotState {
  std::string id;
  std::string area;
  Status status = Status::submitted;
  int64_t applicant_id = 0;
  std::optional<std::string> hold_reason;  ///< set while the pilot is on hold
};

/// Reads pilots' states one id after another with one prepared statement
/// (a decision on 100,000 ids reads 100,000 of them).
class PilotLookup {
 public:
  explicit PilotLookup(Store& store);
  ~PilotLookup();
  /// The pilot `id` (canonical), or nullopt. Error{integrity} when its
  /// stored status is no status (the ledger was changed outside minipilot).
  std::optional<PilotState> find(const std::string& id);
  /// The pilot `id`; throws pilot_not_found.
  PilotState get(const std::string& id);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A decision on applications as it is stored.
struct DecisionRecord {
  Action action = Action::approve;  ///< approve, reject or withdraw
  std::string at;                   ///< ISO 8601 UTC
  std::string by;                   ///< the actor
  std::string note;                 ///< the note (approve) or reason
  int64_t grant_cents = 0;          ///< approve: the grant fixed
  int year = 0;                     ///< the local year: the decision number's, and an approval's budget year
  std::string reject_code;          ///< reject: the reason code ("" when none)
  std::string month;                ///< approve: the local month ("2026-03"), of the council's money chart
};

/// Moves every pilot of `ids` to the status `d.action` leads to, with the
/// decision's time, author and note (a withdrawal: its closing time and
/// reason; an approval also its grant and budget year), in one statement.
/// The caller has checked each transition. Error{internal} when not every id
/// was changed. An approval or rejection numbers the pilots in the order of
/// `ids`, after the last decision number of `d.year`; the numbers are
/// returned in that order (a withdrawal: none).
std::vector<DecisionNumber> record_decision(Store& store, const std::vector<std::string>& ids, const DecisionRecord& d);

/// Puts the pilot on hold with `reason`, or (nullopt) takes the hold off.
void set_hold(Store& store, const std::string& id, const std::optional<std::string>& reason);

/// Remembers who last set the pilot's IBAN (the four-eyes rule reads it).
void set_iban_set_by(Store& store, const std::string& id, std::string_view actor);

/// A pilot's outcome as it is stored (the status becomes completed).
struct OutcomeRecord {
  std::string outcome;  ///< success, partial or failed
  std::optional<int64_t> participants;
  std::string summary;
  std::string lessons;
  std::string at;         ///< ISO 8601 UTC
  std::string tags = {};  ///< the themes, folded, joined with ","
};
void record_outcome(Store& store, const std::string& id, const OutcomeRecord& o);

/// The pilot's planned end ("2026-05-31"; "" when none) and its themes as stored ("kirjasto,liikunta").
struct PilotPlan {
  std::string end_date;
  std::string tags;
};
PilotPlan pilot_plan(Store& store, const std::string& id);

/// Replaces a completed pilot's themes (joined with ",").
void set_tags(Store& store, const std::string& id, const std::string& tags);

/// The grants committed in `year`: pilots approved that year that still
/// hold their grant (approved, disbursed or completed).
Cents committed_in_year(Store& store, int year);

/// Everything the ledger holds about one pilot except its events; throws
/// pilot_not_found.
PilotView find_pilot(Store& store, PilotId id);

}  // namespace minipilot

// Lists of pilots chosen by a filter: the rows of `report pilots` and of the outcomes catalogue.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/core/zone.h"
#include "minipilot/domain/status.h"

namespace minipilot {

/// Which pilots a list covers. Every part is optional; all given parts must hold.
struct PilotFilter {
  int year = 0;                    ///< the year of application (the year in the id); 0 for every year
  std::vector<std::string> areas;  ///< any of these areas; empty for every area
  bool mine = false;               ///< `areas` are the acting user's own (`--mine`), for titles
  std::optional<Status> status;
  bool on_hold = false;  ///< only pilots on hold (with `status` approved: `--status on-hold`)
  /// Texts found anywhere, whatever the case of any letter (fold_case): `search`
  /// in the title, the applicant's name or the description, `applicant` in the
  /// applicant's name; "" for any.
  /// For the outcomes, `search` is looked for in the title, the summary and the lessons.
  std::string search, applicant;
  std::string tag;               ///< outcomes: only those with this theme (folded); "" for any
  std::optional<Date> from, to;  ///< inclusive local dates: of application for `pilots`, of completion for `outcomes`
  TimeZone zone;                 ///< the calendar of `from` and `to` ([program] timezone)
};

/// The order of `report pilots`: by id (the default), or by the applicant's
/// name or the title as the output language sorts them (ties by id).
enum class PilotOrder { id, applicant, title };

/// One row of `report pilots`.
struct PilotRow {
  std::string id;
  std::string title;
  std::string area;
  std::string status;
  bool on_hold = false;
  std::string applicant_name;
  std::string applicant_type;
  std::string submitted_at;
  std::string decided_at;  ///< "" while undecided
  std::optional<Cents> grant;
  std::string batch_id;  ///< the live payment's batch, "" when unpaid
  std::string outcome;   ///< "" until completed
};

/// One completed pilot in the lessons catalogue.
struct OutcomeRow {
  std::string id;
  std::string title;
  std::string area;
  std::string outcome;  ///< success, partial or failed
  std::optional<int64_t> participants;
  std::string summary;
  std::string lessons;
  std::string start_date;  ///< "" when not given
  std::string end_date;
  std::string completed_at;
  std::string applicant_name;          ///< always "" when built for the public
  std::vector<std::string> tags = {};  ///< the themes, folded
};

/// One disbursed pilot whose outcome report is past due (spec §2 "Outcome").
struct OverdueRow {
  std::string id;
  std::string title;
  std::string area;
  std::string end_date;  ///< the planned end; "" when none was planned
  std::string paid_on;   ///< the payment's execution date
  std::string due;       ///< the day the report was due: end_date (or paid_on) + outcome_due_days
  int64_t days_late = 0;
  /// Only for an agent of the area (or single-user), never for the public: "" otherwise.
  std::string applicant_name, email, phone;
  bool contact = false;  ///< whether the three above were read
};

}  // namespace minipilot

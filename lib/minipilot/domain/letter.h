// A decision letter as plain data (spec §7; Hallintolaki 44–47 §, 49 d §; Kuntalaki 134–138 §): every part the
// law asks for, with its dates computed. reports/letter builds it; formats/letter_* render it.
#pragma once

#include <optional>
#include <string>

#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/domain/deadlines.h"

namespace minipilot {

struct Letter {
  std::string city;       ///< [program] municipality, else [payer] name, else the authority
  std::string programme;  ///< [program] name
  std::string authority;  ///< [decisions] authority
  std::string decider_name, decider_title;  ///< from [users]; the user id when no longer configured
  std::string number;                       ///< "2026/12"
  Date decided;                             ///< the local day of the decision
  std::string pilot_id, title;
  Applicant applicant;  ///< the party: its name, type, business ID; the payee for a grant
  bool approved = false;
  Cents grant;                          ///< the grant an approval fixed
  std::optional<Date> start, end;       ///< the planned period, as applied for
  std::optional<Date> outcome_due;      ///< end + outcome_due_days, when the end is known
  int outcome_due_days = 30;            ///< after payment, when no end is known
  std::string reasons;                  ///< [decisions] approval_reasons, or the reason code's text
  std::string reason_code;              ///< a rejection's code ("" when none)
  std::string note;                     ///< the decision's free text: an approval's note, a rejection's reason
  std::string contact;                  ///< [decisions] contact
  std::string rectification_to, rectification_address;
  RectificationDates dates;  ///< sent today (never before the decision), deemed received, last days
};

}  // namespace minipilot

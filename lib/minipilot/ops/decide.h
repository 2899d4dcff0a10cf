// Decisions on applications: approve, reject, withdraw; several ids are all done or none is.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/ids.h"
#include "minipilot/core/money.h"
#include "minipilot/domain/decision.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// Parses ids as typed ("MP-2026-0001", "mp-2026-1"). Throws Error{invalid}
/// for a malformed id, an id listed twice, or an empty list.
std::vector<PilotId> parse_pilot_ids(const std::vector<std::string>& texts);

/// Approves submitted applications: fixes each pilot's grant at
/// `program.grant_amount` and charges it to this year's budget. Throws:
/// not_found, conflict (not submitted), permission (not an agent of the
/// area), budget (the year's committed grants would pass its budget).
/// Returns the decision numbers given, in the order of `ids`.
std::vector<DecisionNumber> approve(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view note);

/// The budget rule of approve: refuses (Error{budget}) when `year` has no
/// budget, or when `count` more grants of `grant` on top of `committed` would
/// pass it. `what` names what is approved ("MP-2026-0001", "12 pilots"), in
/// the language of the output.
void check_budget(const std::map<int, Cents>& budgets, int year, Cents committed, Cents grant, size_t count,
                  std::string_view what);

/// Rejects submitted applications; `reason` is required (invalid if empty).
/// `code` is a reason code of `[[reasons]]`: required when any are
/// configured, refused when none are (Error{invalid} naming the codes).
/// Returns the decision numbers given, in the order of `ids`.
std::vector<DecisionNumber> reject(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view reason,
                                   const std::optional<std::string>& code = std::nullopt);

/// The reason code `code` checked against `reasons`, as reject checks it.
std::string checked_reason_code(const std::vector<Reason>& reasons, const std::optional<std::string>& code);

/// Withdraws applications that are submitted or approved (not yet paid);
/// an approved pilot's grant stops counting against the budget.
void withdraw(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view reason);

}  // namespace minipilot

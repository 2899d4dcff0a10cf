// A pilot's status and the only legal transitions between statuses (spec §2).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace minipilot {

/// Where a pilot stands. Enumerators are spelled as the spec's words.
enum class Status { submitted, approved, rejected, withdrawn, disbursed, completed };

/// Every status, in the order of the pipeline (reports list them so).
inline constexpr std::array<Status, 6> kAllStatuses{Status::submitted, Status::approved,  Status::rejected,
                                                    Status::withdrawn, Status::disbursed, Status::completed};

/// What can happen to a pilot.
enum class Action { approve, reject, withdraw, disburse, complete, unpay };

std::string_view to_string(Status s);
std::string_view to_string(Action a);

/// The status named by `text` ("approved"), if any.
std::optional<Status> parse_status(std::string_view text);

/// A status as people read it, in the chosen language ("approved", in
/// Finnish "hyväksytty"). JSON and the files keep to_string().
std::string status_text(Status s);
/// The same for a stored status code; anything else is returned as it is.
std::string status_text(std::string_view code);

/// An outcome of a completed pilot (success, partial, failed) as people
/// read it, in the chosen language; anything else is returned as it is.
std::string outcome_text(std::string_view code);

/// The status after `action`, or nothing when the spec does not allow it:
///   submitted -approve-> approved -disburse-> disbursed -complete-> completed
///   submitted -reject-> rejected; submitted|approved -withdraw-> withdrawn
///   disbursed -unpay (batch voided or payment returned)-> approved
std::optional<Status> transition(Status from, Action action);

/// Whether a pilot in this status holds a grant (counts as committed).
bool holds_grant(Status s);

}  // namespace minipilot

// What `amend` corrects, as stored: reading a pilot's correctable fields and setting one of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "minipilot/domain/applicant.h"
#include "minipilot/store/pilots.h"
#include "minipilot/store/store.h"
#include "minipilot/validate/application.h"

namespace minipilot {

/// A pilot as `amend` sees it: its state, and every field it may correct as
/// stored (normalised; a date in ISO form, "" when not given).
struct AmendTarget {
  PilotState state;
  ApplicationInput stored;
};

/// The pilot `id` (canonical); throws pilot_not_found.
AmendTarget load_amend_target(Store& store, const std::string& id);

/// Sets `field` of the pilot or its applicant from `before` to `after`
/// (stored form; "" empties a business ID or a payee name). A field kept apart
/// (domain kept_apart) keeps both values in applicant_changes, where erasure
/// reaches them: returns that row's number, else 0. The caller keeps the
/// duplicate key in step (rename_match_key, retitle_match_key).
int64_t store_amendment(Store& store, const AmendTarget& target, AmendField field, const std::string& before,
                        const std::string& after);

/// Gives the pilot's duplicate key the applicant's new (folded) name. False,
/// changing nothing, when another live pilot has that key already.
bool rename_match_key(Store& store, const std::string& id, std::string_view folded_name);

/// Gives the pilot's duplicate key the new (folded) title. False, changing
/// nothing, when another live pilot has that key already.
bool retitle_match_key(Store& store, const std::string& id, std::string_view folded_title);

}  // namespace minipilot

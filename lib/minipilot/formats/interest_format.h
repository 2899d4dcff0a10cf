// Declared interests as JSON and as a Document (`interest list`, and what `interest add|remove` did).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "minipilot/domain/access.h"
#include "minipilot/domain/interest.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// {"interests": [{"id", "user", "user_name", "kind", "value", "reason",
/// "added_at", "added_by", "removed_at", "removed_by"}]}; `user_name` is
/// null for a user no longer configured, the removals null while live.
std::string interests_json(const std::vector<Interest>& interests, const std::map<std::string, User>& users);

/// The table of `interest list`; with `ended` also when and by whom each ended.
Document interests_document(const std::vector<Interest>& interests, const std::map<std::string, User>& users,
                            bool ended);

/// One interest, as `interest add` and `interest remove` confirm it in JSON:
/// the object of interests_json, alone.
std::string interest_json(const Interest& interest, const std::map<std::string, User>& users);

}  // namespace minipilot

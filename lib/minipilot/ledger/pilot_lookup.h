// One answer for an id that names no pilot, wherever a command looks one up.
#pragma once

#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

#include "minipilot/core/error.h"

namespace minipilot {

/// The refusal for a well-formed id that names no pilot (exit 4).
Error pilot_not_found(std::string_view id);

/// Throws pilot_not_found unless the ledger has a pilot `id`.
void require_pilot(SQLite::Database& db, const std::string& id);

}  // namespace minipilot

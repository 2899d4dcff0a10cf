// A shared ledger's address (spec §6): a PostgreSQL URL, checked before anything connects.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace minipilot {

/// Whether `db` names a PostgreSQL ledger (postgresql://... or postgres://...)
/// rather than a ledger file.
bool is_ledger_url(std::string_view db);

/// What is wrong with the PostgreSQL URL `url`, in the user's language, or
/// nothing when it may be used: it must name the database and must hold no
/// password (that comes from ~/.pgpass, PGPASSFILE or PGPASSWORD, never from
/// the configuration or the command line, where others can read it). The
/// message never repeats the URL, which may hold the password it refuses.
std::optional<std::string> ledger_url_problem(std::string_view url);

}  // namespace minipilot

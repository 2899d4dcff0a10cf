// The TOML configuration (spec §3): loaded, validated as a whole, errors naming file:line:key.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/i18n.h"
#include "minipilot/core/money.h"
#include "minipilot/core/zone.h"
#include "minipilot/domain/access.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/decision.h"

namespace minipilot {

/// A validated configuration. Every key of config/minipilot.example.toml.
struct Config {
  std::filesystem::path file;  ///< where it was read from
  std::string program_name;
  std::string municipality;
  Cents grant_amount{50000};
  int outcome_due_days = 30;     ///< the outcome report is due this many days after the planned end (or payment)
  TimeZone timezone;             ///< the local calendar: id and budget years, months, "today"
  std::map<int, Cents> budget;   ///< per calendar year
  std::filesystem::path ledger;  ///< resolved against the config's folder
  std::string ledger_url;        ///< [ledger] url: a shared PostgreSQL ledger (§6) instead of the file; or empty
  int busy_timeout_ms = 5000;
  std::vector<Area> areas;
  std::map<std::string, User> users;  ///< empty: single-user, access control off
  DecisionTexts decisions;            ///< [decisions]: what every decision letter says
  std::vector<Reason> reasons;        ///< [[reasons]]: rejection reason codes, in the order listed
  bool four_eyes = true;
  bool batch_approval = false;  ///< a batch is prepared by one finance user and confirmed by another
  std::optional<Payer> payer;
  CsvDialect csv;
  std::string sepa_version = "09";
  int retention_years = 10;
  bool fixed_clock = false;  ///< [testing]: $MINIPILOT_NOW may fix the clock (tests, examples)

  /// The area with this id, or nullptr.
  const Area* find_area(std::string_view id) const;
  /// The area's name as configured; its id when it has no name or is no longer configured.
  std::string area_name(std::string_view id) const;
  /// The rejection reason with this code, or nullptr.
  const Reason* find_reason(std::string_view code) const;
};

/// Reads and validates `file`. Throws Error{config} naming the file, the
/// line and the key: "minipilot.toml:7: budget.2026: ...".
Config load_config(const std::filesystem::path& file);

/// Validates TOML text; `file` is used in messages and to resolve the ledger.
Config parse_config(std::string_view text, const std::filesystem::path& file);

/// The `[program] language` of `file` when it can be read, parses and names
/// a known language; nothing otherwise (load_config reports what is wrong).
/// Read before the command line is parsed, to speak that language in --help.
std::optional<Language> configured_language(const std::filesystem::path& file);

/// A commented starter configuration for `init --with-config`: one area,
/// single-user, a budget for `year`.
std::string starter_config(int year);

}  // namespace minipilot

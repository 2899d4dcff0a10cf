// The checks of verify, shared by the two files that hold them: engine and chain (verify.cpp), rules
// (verify_rules.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "minipilot/config/config.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/progress.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/domain/verify_report.h"
#include "minipilot/ledger/sql.h"

namespace minipilot {

/// Runs checks on one connection inside its caller's read transaction and
/// adds what it finds to the report it is given (at most kMaxProblems listed).
class Verifier {
 public:
  // The checks' names are English in the report (its JSON is the same in every language): marked here,
  // translated where they are shown.
  // TRANSLATORS: the name of a check of verify, in its table of checks.
  static constexpr const char* kPayeeCheck = N_("payee details match the event log");

  Verifier(sql::Connection& db, const Config& config, VerifyReport& report) : db_(db), config_(config), r_(report) {}

  /// Records one problem (listed while fewer than kMaxProblems are).
  void problem(std::string_view check, std::string subject, std::string message) {
    if (r_.problems.size() < VerifyReport::kMaxProblems)
      r_.problems.push_back({std::string(check), std::move(subject), std::move(message)});
    ++r_.problem_count;
  }

  // verify.cpp: the engine and the chain.

  /// SQLite's integrity_check and foreign_key_check.
  void sqlite_checks();
  /// The triggers that keep the event log append-only are there.
  void append_only_guards();
  /// Whether the ledger has the trigger `name`.
  bool has_trigger(const char* name);
  /// Recomputes every event's hash from the one before: an event edited,
  /// inserted or deleted behind the tool's back breaks the chain from there on.
  /// Checks the events up to `last` (the head of the main snapshot: events are
  /// append-only, so every connection that sees it sees the same events before it).
  void chain(int64_t last, const std::optional<ChainHead>& expected, Progress& progress);
  /// The head an auditor kept: the chain must still hold that event, with that hash.
  void expected_head(const ChainHead& want, const std::optional<std::string>& held);

  // verify_rules.cpp: the rules of spec §2.

  /// One pass over the pilots (with their applicants) and their events, both in
  /// pilot id order: each pilot's status and grant replayed from its events, and
  /// its applicant's payee details compared with the last event that committed
  /// to them (schema 5). Reading the events once for both halved this check.
  void pilots_match_events();
  /// An applicant's name, IBAN and BIC against the last commitment to them:
  /// equal, or after an `erase` event, gone.
  void check_applicant_payee(sql::Statement& p, const std::string& pilot, const std::string& committed, int64_t by);
  /// Replays the events of pilot `id` from `e` into its status and grant.
  void replay(const std::string& id, sql::Statement& e, std::string& status, int64_t& grant);
  /// Whether `action` may take a pilot from `from` to `to`.
  static bool legal_step(Status from, std::string_view action, Status to) {
    const std::optional<EventAction> event = parse_event_action(action);
    const std::optional<Action> step = event ? status_action(*event) : std::nullopt;
    return step && transition(from, *step) == to;
  }
  /// Each paid pilot has exactly one live payment of its grant; nothing else has one.
  void payments();
  /// The committed grants of each year are within its budget.
  void budgets();
  /// Every payee's name, IBAN and BIC must still be what the last event about
  /// them committed to (schema 5): an IBAN changed in the file shows here, for
  /// the applicant (the next payment; in pilots_match_events) and for each
  /// payment made (here). After an `erase` event the details must be gone, and
  /// stay gone.
  void payee_payments();
  /// Each batch the event log records is in the ledger, and each batch in the
  /// ledger was recorded by an event.
  void batches();
  /// Every declared interest was recorded by an event that committed to its
  /// user, kind, value and reason (a row edited to let its user decide shows
  /// here); it has ended exactly when an event ended it.
  void interests();
  /// The summary reads tallies kept by triggers: recount them from the pilots
  /// and payments, so that a tally edited (or a trigger dropped) shows.
  void tallies();
  /// Other cities' lessons (schema 12): each city's lessons are as many as its
  /// catalogue said, and the catalogue is the one its latest import event recorded.
  void lessons();

 private:
  sql::Connection& db_;
  const Config& config_;
  VerifyReport& r_;
};

}  // namespace minipilot

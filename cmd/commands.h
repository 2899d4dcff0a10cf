// The table of subcommands: each file adds its options to a CLI11 subcommand and returns what runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmd/context.h"
#include "minipilot/core/i18n.h"

namespace minipilot::cli {

/// Runs a parsed command. Refusals are thrown as minipilot::Error.
using Runner = std::function<void(Context&)>;

/// One subcommand: its name, one line of help (marked, translated where it
/// is shown), and a setup that declares its options (filling an args struct
/// it owns) and returns its runner.
struct CommandSpec {
  const char* name;
  const char* help;
  Runner (*setup)(CLI::App& sub);
};

Runner setup_amend(CLI::App& sub);
Runner setup_apply(CLI::App& sub);
Runner setup_approve(CLI::App& sub);
Runner setup_applicant(CLI::App& sub);
Runner setup_backup(CLI::App& sub);
Runner setup_complete(CLI::App& sub);
Runner setup_completion(CLI::App& sub);
Runner setup_disburse(CLI::App& sub);
Runner setup_hold(CLI::App& sub);
Runner setup_init(CLI::App& sub);
Runner setup_interest(CLI::App& sub);
Runner setup_lessons(CLI::App& sub);
Runner setup_letter(CLI::App& sub);
Runner setup_log(CLI::App& sub);
Runner setup_manpage(CLI::App& sub);
Runner setup_migrate_ledger(CLI::App& sub);
Runner setup_purge(CLI::App& sub);
Runner setup_reject(CLI::App& sub);
Runner setup_release(CLI::App& sub);
Runner setup_report(CLI::App& sub);
Runner setup_show(CLI::App& sub);
Runner setup_verify(CLI::App& sub);
Runner setup_withdraw(CLI::App& sub);

/// Every subcommand, sorted by name.
inline constexpr auto kCommands = std::to_array<CommandSpec>({
    {"amend", N_("correct an applicant's IBAN, BIC, e-mail, phone or name"), setup_amend},
    {"applicant", N_("a person's data: export (everything held, as JSON), erase"), setup_applicant},
    {"apply", N_("register an application, or many from a CSV file"), setup_apply},
    {"approve", N_("approve submitted applications (ids, or - for standard input)"), setup_approve},
    {"backup", N_("a consistent copy of the ledger, taken while others may write"), setup_backup},
    {"complete", N_("record a paid pilot's outcome: success, partial or failed"), setup_complete},
    {"completion", N_("print the completion script for bash, zsh or fish"), setup_completion},
    {"disburse", N_("pay approved grants as one batch; void, return, export"), setup_disburse},
    {"hold", N_("keep an approved pilot out of payment batches"), setup_hold},
    {"init", N_("create the ledger (and with --with-config a starter configuration)"), setup_init},
    {"interest", N_("declared interests: a user tied to an applicant may not decide its pilots"), setup_interest},
    {"lessons", N_("lessons of this city's pilots and of other cities': import a catalogue, list"), setup_lessons},
    {"letter", N_("the decision letter of decided pilots, with the rectification instructions"), setup_letter},
    {"log", N_("the audit trail: who did what, when (all, or one pilot's)"), setup_log},
    {"manpage", N_("print the manual page minipilot(1) in roff (make install writes it)"), setup_manpage},
    {"migrate-ledger", N_("move the ledger file into a shared ledger on PostgreSQL, verified to the same head"),
     setup_migrate_ledger},
    {"purge", N_("erase all personal data whose retention has ended (--dry-run: only show it)"), setup_purge},
    {"reject", N_("reject submitted applications, with a reason"), setup_reject},
    {"release", N_("let a held pilot back into payment batches"), setup_release},
    {"report", N_("reports: summary, pilots, payments, outcomes, payees, decisions, overdue"), setup_report},
    {"show", N_("one pilot with its whole history"), setup_show},
    {"verify", N_("check the ledger's integrity and invariants"), setup_verify},
    {"withdraw", N_("withdraw applications before payment"), setup_withdraw},
});

/// Whether kCommands is sorted by name, one row per name (checked when compiling).
constexpr bool commands_sorted() {
  for (size_t i = 1; i < kCommands.size(); ++i)
    if (!(std::string_view(kCommands[i - 1].name) < std::string_view(kCommands[i].name))) return false;
  return true;
}
static_assert(commands_sorted(), "kCommands: keep the table sorted by name, one row per command");

/// Pilot ids from the command line, where "-" stands for the ids on
/// standard input (separated by white space).
std::vector<std::string> expand_ids(const std::vector<std::string>& args, std::istream& in);

/// A whole number in decimal digits, for every numeric option: CLI11 alone
/// reads "010" as octal 8 and "0x10" as 16, so `--participants 010` stored 8.
/// Leading zeros are dropped ("010" is 10); anything but digits is refused.
CLI::Validator decimal_number();

/// The date an option gives (2026-03-01 or 1.3.2026), none when it was left
/// out; Error{invalid} naming the option when it is no date.
std::optional<Date> date_option(const std::string& text, const char* option);

/// A text to search for (`--search`, `--applicant`, `--city`), trimmed; ""
/// when the option was left out. Error{invalid} for only spaces or a text
/// that is not one line of at most 200 characters.
std::string search_option(const std::string& text, const char* option);

/// The one theme `--tag` gives, folded; "" when left out. Error{invalid} for
/// several themes or one that `complete --tags` would refuse.
std::string tag_option(const std::string& text);

/// Refuses (Error{invalid}) a period whose end is before its start, naming
/// both as they were typed.
void check_period(const std::string& from_text, const std::optional<Date>& from, const std::string& to_text,
                  const std::optional<Date>& to);

}  // namespace minipilot::cli

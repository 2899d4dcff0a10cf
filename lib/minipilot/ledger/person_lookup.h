// Finding one person in the ledger: every applicant record that is theirs, and never another person's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "minipilot/core/checked.h"

namespace minipilot {

/// How a person is named on the command line (spec §6).
struct PersonKey {
  enum class Kind { number, pilot, email, iban, business_id };
  Kind kind = Kind::number;
  int64_t number = 0;  ///< Kind::number
  std::string text;    ///< the canonical pilot id, e-mail, electronic IBAN or business ID

  /// The applicant numbered `n`.
  static PersonKey applicant(int64_t n) { return {Kind::number, n, {}}; }
  /// The applicant of the pilot `id` (canonical, "MP-2026-0001").
  static PersonKey pilot(std::string id) { return {Kind::pilot, 0, std::move(id)}; }
  /// The records with this e-mail address (compared ASCII-case-insensitively).
  static PersonKey email(std::string address) { return {Kind::email, 0, std::move(address)}; }
};

/// Reads "12" (an applicant's number), "MP-2026-0001" (their pilot), an
/// e-mail address, an IBAN or a business ID, each as the validators accept
/// them. Anything else is an error sentence.
Checked<PersonKey> parse_person_key(std::string_view text);

/// The applicant numbers of one person, in order: the records the key
/// names and every record with the same name (compared as the duplicate
/// rule compares them) that shares an e-mail, IBAN or business ID with one
/// of them, and so on. An e-mail, IBAN or business ID used by records of
/// different names names no single person: Error{conflict} lists them, and
/// only an applicant's number (or pilot id) picks one. Error{not_found} when
/// nothing matches. Reads inside the caller's transaction.
std::vector<int64_t> find_person(SQLite::Database& db, const PersonKey& key);

}  // namespace minipilot

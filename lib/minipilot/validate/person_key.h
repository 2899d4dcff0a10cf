// How a person is named on the command line: applicant number, pilot id, e-mail, IBAN or business ID.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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

/// parse_person_key, or Error{invalid} with a hint on how a person is named.
PersonKey require_person_key(std::string_view text);

}  // namespace minipilot

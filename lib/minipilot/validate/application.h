// One application as typed or imported, checked field by field into a normalised record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "minipilot/core/error.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/access.h"
#include "minipilot/domain/applicant.h"

namespace minipilot {

/// An application's fields as given (flags or CSV cells); empty = not given.
struct ApplicationInput {
  std::string title;
  std::string applicant;  ///< the applicant's name
  std::string type;
  std::string area;
  std::string iban;
  std::string bic;
  std::string email;
  std::string phone;
  std::string business_id;
  std::string description;
  std::string start;
  std::string end;
  std::string payee_name;  ///< the account holder, when not the applicant
};

/// The field names, as `apply` flags and CSV header cells use them
/// (`business_id` in CSV, `--business-id` as a flag).
inline constexpr std::array<std::string_view, 13> kApplicationFields{
    "title", "applicant",   "type",        "area",  "iban", "bic",       "email",
    "phone", "business_id", "description", "start", "end",  "payee_name"};

/// The field named `name` (one of kApplicationFields) of `input`.
std::string& application_field(ApplicationInput& input, std::string_view name);

/// The name in kApplicationFields (and in findings) of what `amend` corrects
/// as `field`: "applicant" for applicant_name, else the same.
std::string_view application_field_name(AmendField field);

/// The field of `input` that `amend` corrects as `field`.
std::string& application_field(ApplicationInput& input, AmendField field);

/// A validated application, ready to be stored.
struct Application {
  Applicant applicant;
  std::string title;
  std::string description;
  std::string area;
  std::optional<Date> start;
  std::optional<Date> end;
};

/// One thing wrong with an input: the field, what is wrong, the exit
/// code kind it warrants on its own (an unknown area is not_found), and
/// what to do about it, where that helps ("did you mean 'lammi'?").
struct Finding {
  std::string field;
  std::string message;
  ErrorKind kind = ErrorKind::invalid;
  std::string hint;
};

/// Checks every field of `input` against the rules and the configured
/// `areas` (none configured: any area is taken). An area is given by its id
/// or its name in any case, and stored by its id; a type as
/// parse_applicant_type() reads it, stored by its code. Returns the findings, empty
/// when `out` holds the valid application.
std::vector<Finding> check_application(const ApplicationInput& input, const std::vector<Area>& areas, Application& out);

/// A validated application's fields as the ledger stores them (dates in
/// ISO form, "" when not given): what `amend` compares and writes.
ApplicationInput stored_form(const Application& app);

/// "title is required; IBAN check digits do not match".
std::string join_findings(const std::vector<Finding>& findings);

/// The refusal of a command for `findings` (not empty): the first one's
/// kind, every message joined, the first hint given.
Error findings_error(const std::vector<Finding>& findings);

}  // namespace minipilot

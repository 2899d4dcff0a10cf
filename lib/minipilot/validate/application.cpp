// Application rules: which fields are required, and how each is checked.
#include "minipilot/validate/application.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// Collects findings while the fields are checked one by one.
class Checker {
 public:
  template <class T>
  std::optional<T> take(std::string_view field, Checked<T> c) {
    if (c.ok()) return std::move(c.value);
    add(field, std::move(c.error));
    return std::nullopt;
  }

  void add(std::string_view field, std::string message, ErrorKind kind = ErrorKind::invalid, std::string hint = {}) {
    findings_.push_back(Finding{std::string(field), std::move(message), kind, std::move(hint)});
  }

  std::vector<Finding> done() { return std::move(findings_); }

 private:
  std::vector<Finding> findings_;
};

// Optional fields are checked only when given.
template <class F>
std::string optional_field(Checker& ch, std::string_view field, const std::string& raw, F check) {
  if (raw.find_first_not_of(" \t") == std::string::npos) return {};
  return ch.take(field, check(raw)).value_or(std::string());
}

// The configured area `typed` names by id or by name, in any case; null for none.
const Area* find_area(const std::vector<Area>& areas, const std::string& typed) {
  for (const Area& a : areas)
    if (a.id == typed) return &a;  // as stored: the common case needs no folding
  const std::string key = fold_for_match(typed);
  for (const Area& a : areas)
    if (fold_for_match(a.id) == key || fold_for_match(a.name) == key) return &a;
  return nullptr;
}

void unknown_area(Checker& ch, const std::string& typed, const std::vector<Area>& areas) {
  std::string list;
  std::vector<std::string> words;  // each area's id, and its name unless that is the id in another case
  std::vector<const Area*> of;
  for (const Area& a : areas) {
    list += (list.empty() ? "" : ", ") + (a.name == a.id ? a.id : fmt::format("{} ({})", a.id, a.name));
    words.push_back(a.id);
    of.push_back(&a);
    if (same_ignoring_case(a.name, a.id)) continue;
    words.push_back(a.name);
    of.push_back(&a);
  }
  const std::string near = nearest(typed, words);
  const Area* meant = near.empty() ? nullptr : of[std::find(words.begin(), words.end(), near) - words.begin()];
  // TRANSLATORS: the area given, then the configured areas as "id (name)": "keskusta (Keskusta), lammi (Lammi)".
  ch.add("area", trf("no area '{}' in the configuration: the areas are {}", typed, list), ErrorKind::not_found,
         meant ? trf("did you mean '{}'? Give an area's id or name", meant->id)
               : std::string(tr("the areas are listed under [[areas]] in the configuration")));
}

void check_area(Checker& ch, const ApplicationInput& in, const std::vector<Area>& areas, Application& out) {
  if (in.area.empty() && areas.size() == 1) {
    out.area = areas.front().id;
  } else if (in.area.empty()) {
    ch.add("area", tr("area is required"));
  } else if (areas.empty()) {
    // TRANSLATORS: a field of an application, in messages such as "area is required".
    out.area = ch.take("area", check_required_text(in.area, tr("area"), 64, Lines::single)).value_or("");
  } else if (const Area* a = find_area(areas, in.area)) {
    out.area = a->id;
  } else {
    unknown_area(ch, in.area, areas);
  }
}

void check_applicant(Checker& ch, const ApplicationInput& in, Application& out) {
  Applicant& a = out.applicant;
  // TRANSLATORS: a field of an application (the applicant's name), in messages such as "applicant is required".
  a.name = ch.take("applicant", check_required_text(in.applicant, tr("applicant"), kMaxNameChars, Lines::single))
               .value_or("");
  const auto type = parse_applicant_type(in.type);
  if (!type)
    ch.add("type", in.type.empty() ? std::string(tr("type is required"))
                                   // TRANSLATORS: the values of --type (and of the CSV column "type") in English
                                   // and in Finnish, not translated.
                                   : trf("type '{}' is not resident, community, association or company "
                                         "(asukas, yhteisö, yhdistys, yritys)",
                                         in.type));
  a.type = type.value_or(ApplicantType::resident);
  a.email = optional_field(ch, "email", in.email, check_email);
  a.phone = optional_field(ch, "phone", in.phone, check_phone);
  a.iban = optional_field(ch, "iban", in.iban, check_iban);
  a.bic = optional_field(ch, "bic", in.bic, check_bic);
  a.business_id = optional_field(ch, "business_id", in.business_id, check_business_id);
  // TRANSLATORS: a field of an application (the account holder paid), in messages such as "payee name is longer
  // than 200 characters".
  a.payee_name = optional_field(ch, "payee_name", in.payee_name, [](std::string_view v) {
    return check_required_text(v, tr("payee name"), kMaxNameChars, Lines::single);
  });
  if (!a.payee_name.empty() && fold_for_match(a.payee_name) == fold_for_match(a.name))
    a.payee_name.clear();  // the applicant's own name: paid to the applicant, as by default
  if (type && needs_business_id(*type) && in.business_id.empty())
    // TRANSLATORS: {} is the type in words: association or company (in Finnish yhdistys or yritys).
    ch.add("business_id", trf("a business ID is required for type {}", applicant_type_text(*type)));
  if (type && *type == ApplicantType::resident && !in.business_id.empty())
    ch.add("business_id", tr("a resident has no business ID; use type company or association"));
}

void check_dates(Checker& ch, const ApplicationInput& in, Application& out) {
  if (!in.start.empty()) out.start = ch.take("start", parse_date(in.start));
  if (!in.end.empty()) out.end = ch.take("end", parse_date(in.end));
  if (out.start && out.end && *out.end < *out.start) ch.add("end", tr("the planned end is before the planned start"));
}

}  // namespace

std::string& application_field(ApplicationInput& in, std::string_view name) {
  std::string* fields[] = {&in.title, &in.applicant,   &in.type,        &in.area,  &in.iban, &in.bic,       &in.email,
                           &in.phone, &in.business_id, &in.description, &in.start, &in.end,  &in.payee_name};
  for (size_t i = 0; i < kApplicationFields.size(); ++i)
    if (kApplicationFields[i] == name) return *fields[i];
  throw Error(ErrorKind::internal, trf("no application field '{}'", name));
}

std::string_view application_field_name(AmendField field) {
  return field == AmendField::applicant_name ? "applicant" : to_string(field);
}

std::string& application_field(ApplicationInput& in, AmendField field) {
  return application_field(in, application_field_name(field));
}

std::vector<Finding> check_application(const ApplicationInput& in, const std::vector<Area>& areas, Application& out) {
  Checker ch;
  // TRANSLATORS: a field of an application, in messages such as "title is required".
  out.title = ch.take("title", check_required_text(in.title, tr("title"), kMaxTitleChars, Lines::single)).value_or("");
  // TRANSLATORS: a field of an application, in messages such as "description is longer than 4000 characters".
  out.description =
      ch.take("description", check_text(in.description, tr("description"), kMaxDescriptionChars, Lines::multi))
          .value_or("");
  check_applicant(ch, in, out);
  check_area(ch, in, areas, out);
  check_dates(ch, in, out);
  return ch.done();
}

ApplicationInput stored_form(const Application& app) {
  const Applicant& a = app.applicant;
  ApplicationInput in{app.title,       a.name,  std::string(to_string(a.type)),
                      app.area,        a.iban,  a.bic,
                      a.email,         a.phone, a.business_id,
                      app.description, "",      "",
                      a.payee_name};
  if (app.start) in.start = format_date(*app.start);
  if (app.end) in.end = format_date(*app.end);
  return in;
}

Error findings_error(const std::vector<Finding>& findings) {
  const auto hinted = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return !f.hint.empty(); });
  return Error(findings.front().kind, join_findings(findings), hinted == findings.end() ? "" : hinted->hint);
}

std::string join_findings(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    if (!out.empty()) out += "; ";
    out += f.message;
  }
  return out;
}

}  // namespace minipilot

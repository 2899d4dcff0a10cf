// Declared interest renderers: the JSON keys are the contract (docs/cli.md), the labels are for people.
#include "minipilot/formats/interest_format.h"

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

const User* user_of(const std::map<std::string, User>& users, const std::string& id) {
  const auto it = users.find(id);
  return it == users.end() ? nullptr : &it->second;
}

void write_interest(JsonWriter& j, const Interest& i, const std::map<std::string, User>& users) {
  const User* u = user_of(users, i.user_id);
  j.begin_object().key("id").value(i.id).key("user").value(i.user_id).key("user_name");
  if (u)
    j.value(u->name);
  else
    j.null();
  j.key("kind").value(to_string(i.kind)).key("value").value(i.value).key("reason").value(i.reason);
  j.key("added_at").value(i.added_at).key("added_by").value(i.added_by);
  j.key("removed_at").string_or_null(i.removed_at).key("removed_by").string_or_null(i.removed_by);
  j.end_object();
}

std::string shown_value(const Interest& i) { return i.kind == InterestKind::iban ? iban_print_form(i.value) : i.value; }

}  // namespace

std::string interests_json(const std::vector<Interest>& interests, const std::map<std::string, User>& users) {
  JsonWriter j(2);
  j.begin_object().key("interests").begin_array();
  for (const Interest& i : interests) write_interest(j, i, users);
  j.end_array().end_object();
  return j.str() + "\n";
}

std::string interest_json(const Interest& interest, const std::map<std::string, User>& users) {
  JsonWriter j(2);
  write_interest(j, interest, users);
  return j.str() + "\n";
}

Document interests_document(const std::vector<Interest>& interests, const std::map<std::string, User>& users,
                            bool ended) {
  // TRANSLATORS: the title of `interest list`.
  Document d{ended ? tr("Declared interests, also ended ones") : tr("Declared interests"), {}};
  Section s{"",
            {tr("No."), tr("User"), tr("Name"), tr("Kind"), tr("Interest"), tr("Reason"), tr("Added")},
            {},
            {Col::number, Col::code, Col::text, Col::text, Col::text, Col::text, Col::text}};
  if (ended) {
    s.columns.push_back(tr("Ended"));
    s.kinds.push_back(Col::text);
  }
  for (const Interest& i : interests) {
    const User* u = user_of(users, i.user_id);
    // TRANSLATORS: when and by whom (a user id): "2026-03-12T09:00:00Z by pirjo".
    std::vector<std::string> row{std::to_string(i.id),       i.user_id,     u ? u->name : "",
                                 interest_kind_text(to_string(i.kind)), shown_value(i), i.reason,
                                 trf("{} by {}", time_shown(i.added_at), i.added_by)};
    if (ended) row.push_back(i.live() ? "" : trf("{} by {}", time_shown(i.removed_at), i.removed_by));
    s.rows.push_back(std::move(row));
  }
  if (s.rows.empty())
    d.lead = tr("No declared interests.");
  else
    d.sections.push_back(std::move(s));
  return d;
}

}  // namespace minipilot

// One person is all their records: the same name and a shared e-mail, IBAN or business ID (spec §6).
#include "minipilot/ledger/person_lookup.h"

#include <algorithm>
#include <set>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/error.h"
#include "minipilot/core/ids.h"
#include "minipilot/ledger/pilot_lookup.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

struct Record {
  int64_t id = 0;
  std::string name, email, iban, business_id;
};

constexpr const char* kColumns = "SELECT id, name, email, iban, business_id FROM applicants ";

// SQLite's lower() folds ASCII only; so does this, so that both sides agree.
std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<Record> records(SQLite::Statement& q) {
  std::vector<Record> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

// The e-mails, IBANs and business IDs of some records, and the records that share one.
struct Keys {
  std::set<std::string> emails, ibans, business_ids;

  void add(const Record& r) {
    if (!r.email.empty()) emails.insert(lower_ascii(r.email));
    if (!r.iban.empty()) ibans.insert(r.iban);
    if (!r.business_id.empty()) business_ids.insert(r.business_id);
  }

  std::vector<Record> sharing(SQLite::Database& db) const {
    std::vector<std::string> terms;
    const auto in = [&terms](const char* column, const std::set<std::string>& values) {
      if (!values.empty())
        terms.push_back(fmt::format("({0} <> '' AND {0} IN ({1}))", column,
                                    fmt::join(std::vector<std::string>(values.size(), "?"), ", ")));
    };
    in("lower(email)", emails);
    in("iban", ibans);
    in("business_id", business_ids);
    if (terms.empty()) return {};
    SQLite::Statement q(db, fmt::format("{}WHERE {} ORDER BY id", kColumns, fmt::join(terms, " OR ")));
    int i = 0;
    for (const auto* values : {&emails, &ibans, &business_ids})
      for (const std::string& v : *values) q.bind(++i, v);
    return records(q);
  }
};

std::vector<Record> seed(SQLite::Database& db, const PersonKey& key) {
  using K = PersonKey::Kind;
  if (key.kind == K::number || key.kind == K::pilot) {
    SQLite::Statement q(db, key.kind == K::number
                                ? std::string(kColumns) + "WHERE id = ?"
                                : std::string(kColumns) + "WHERE id = (SELECT applicant_id FROM pilots WHERE id = ?)");
    if (key.kind == K::number) q.bind(1, key.number);
    else q.bind(1, key.text);
    std::vector<Record> found = records(q);
    if (found.empty() && key.kind == K::pilot) throw pilot_not_found(key.text);
    if (found.empty()) throw Error(ErrorKind::not_found, fmt::format("no applicant {}", key.number));
    return found;
  }
  Keys keys;
  (key.kind == K::email ? keys.emails : key.kind == K::iban ? keys.ibans : keys.business_ids)
      .insert(key.kind == K::email ? lower_ascii(key.text) : key.text);
  std::vector<Record> found = keys.sharing(db);
  const char* what = key.kind == K::email ? "e-mail" : key.kind == K::iban ? "IBAN" : "business ID";
  if (found.empty())
    throw Error(ErrorKind::not_found, fmt::format("no applicant with the {} {}", what, key.text),
                "an applicant is also found by their number or a pilot id: 'applicant export MP-2026-0001'");
  std::set<std::string> names;
  for (const Record& r : found) names.insert(fold_for_match(r.name));
  if (names.size() > 1) {
    std::vector<std::string> listed;
    for (const Record& r : found) listed.push_back(fmt::format("{} ({})", r.id, r.name));
    throw Error(ErrorKind::conflict,
                fmt::format("the {} {} is used by applicants of different names: {}", what, key.text,
                            fmt::join(listed, ", ")),
                fmt::format("give the number of the one applicant meant instead (such as {}): "
                            "nobody may receive another person's data",
                            found.front().id));
  }
  return found;
}

}  // namespace

Checked<PersonKey> parse_person_key(std::string_view text) {
  using R = Checked<PersonKey>;
  if (!text.empty() && text.size() < 18 && text.find_first_not_of("0123456789") == std::string_view::npos)
    return R::good(PersonKey::applicant(std::stoll(std::string(text))));
  if (const Checked<PilotId> p = parse_pilot_id(text); p.ok()) return R::good(PersonKey::pilot(format_pilot_id(p.value)));
  if (text.find('@') != std::string_view::npos) {
    const Checked<std::string> e = check_email(text);
    if (!e.ok()) return R::bad(e.error);
    return R::good(PersonKey::email(e.value));
  }
  if (const Checked<std::string> i = check_iban(text); i.ok()) return R::good({PersonKey::Kind::iban, 0, i.value});
  if (const Checked<std::string> b = check_business_id(text); b.ok())
    return R::good({PersonKey::Kind::business_id, 0, b.value});
  return R::bad(fmt::format("'{}' is not an applicant number, pilot id, e-mail, IBAN or business ID", text));
}

std::vector<int64_t> find_person(SQLite::Database& db, const PersonKey& key) {
  std::vector<Record> round = seed(db, key);
  std::set<std::string> names;
  for (const Record& r : round) names.insert(fold_for_match(r.name));
  std::set<int64_t> found;
  // Follows shared keys from record to record, keeping only the same name; one
  // scan of the applicants per round (they have no index on these columns: an
  // index each would slow every import for a rare command).
  while (!round.empty()) {
    Keys keys;
    for (const Record& r : round)
      if (found.insert(r.id).second) keys.add(r);
    round.clear();
    for (Record& other : keys.sharing(db))
      if (!found.count(other.id) && names.count(fold_for_match(other.name))) round.push_back(std::move(other));
  }
  return {found.begin(), found.end()};
}

}  // namespace minipilot

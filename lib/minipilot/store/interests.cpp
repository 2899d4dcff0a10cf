// Declared interests on SQLite.
#include "minipilot/store/interests.h"

#include "minipilot/core/error.h"
#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

constexpr const char* kColumns =
    "SELECT id, user_id, kind, value, match_key, reason, salt, added_at, added_by, removed_at, removed_by "
    "FROM interests ";

Interest row(sql::Statement& q) {
  Interest i;
  i.id = q.column(0).int64();
  i.user_id = text_column(q, 1);
  const std::string kind = text_column(q, 2);
  const std::optional<InterestKind> k = parse_interest_kind(kind);
  if (!k) throw Error(ErrorKind::integrity, "interest " + std::to_string(i.id) + " has an unknown kind: " + kind);
  i.kind = *k;
  i.value = text_column(q, 3);
  i.match_key = text_column(q, 4);
  i.reason = text_column(q, 5);
  i.salt = text_column(q, 6);
  i.added_at = text_column(q, 7);
  i.added_by = text_column(q, 8);
  i.removed_at = text_column(q, 9);
  i.removed_by = text_column(q, 10);
  return i;
}

}  // namespace

int64_t insert_interest(Store& store, const Interest& i) {
  sql::Connection& db = engine(store).sql();
  sql::Statement q(db,
                   "INSERT INTO interests (id, user_id, kind, value, match_key, reason, salt, added_at, added_by) "
                   "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM interests), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  q.bind(1, i.user_id);
  q.bind(2, std::string(to_string(i.kind)));
  q.bind(3, i.value);
  q.bind(4, i.match_key);
  q.bind(5, i.reason);
  q.bind(6, i.salt);
  q.bind(7, i.added_at);
  q.bind(8, i.added_by);
  q.step();
  return q.column(0).int64();
}

std::optional<Interest> find_live_interest(Store& store, std::string_view user, InterestKind kind,
                                           std::string_view match_key) {
  sql::Statement q(engine(store).sql(),
                   std::string(kColumns) + "WHERE user_id = ? AND kind = ? AND match_key = ? AND removed_at IS NULL");
  q.bind(1, std::string(user));
  q.bind(2, std::string(to_string(kind)));
  q.bind(3, std::string(match_key));
  if (!q.step()) return std::nullopt;
  return row(q);
}

void end_interest(Store& store, int64_t id, std::string_view at, std::string_view by) {
  sql::Statement q(engine(store).sql(),
                   "UPDATE interests SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL");
  q.bind(1, std::string(at));
  q.bind(2, std::string(by));
  q.bind(3, id);
  if (q.run() != 1) throw Error(ErrorKind::internal, "interest " + std::to_string(id) + " is not live");
}

std::vector<Interest> list_interests(Store& store, std::string_view user, bool ended) {
  // The live index (user_id, kind, match_key) serves one user's live interests.
  std::string sql = kColumns;
  sql += user.empty() ? "WHERE 1 = 1 " : "WHERE user_id = ?1 ";
  if (!ended) sql += "AND removed_at IS NULL ";
  sql::Statement q(engine(store).sql(), sql + "ORDER BY user_id, id");
  if (!user.empty()) q.bind(1, user);
  std::vector<Interest> out;
  while (q.step()) out.push_back(row(q));
  return out;
}

std::vector<PartyKeys> applicant_keys(Store& store, const std::vector<std::string>& ids) {
  sql::Statement q(engine(store).sql(),
                   "SELECT p.id, p.area, a.name, a.payee_name, a.business_id, a.iban FROM json_each(?) AS j "
                   "JOIN pilots p ON p.id = j.value JOIN applicants a ON a.id = p.applicant_id ORDER BY j.key");
  q.bind(1, json_list(ids));
  std::vector<PartyKeys> out;
  out.reserve(ids.size());
  while (q.step())
    out.push_back({text_column(q, 0), text_column(q, 1), text_column(q, 2), text_column(q, 3), text_column(q, 4),
                   text_column(q, 5)});
  return out;
}

}  // namespace minipilot

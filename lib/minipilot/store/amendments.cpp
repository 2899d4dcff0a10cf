// Amendments: one column per field, the personal ones also in applicant_changes.
#include "minipilot/store/amendments.h"

#include <fmt/format.h>

#include <array>

#include "minipilot/ledger/columns.h"
#include "minipilot/ledger/ledger.h"

namespace minipilot {

namespace {

struct Column {
  const char* table;
  const char* name;
};

// Where each AmendField is stored, by its number.
Column column(AmendField f) {
  constexpr std::array<Column, kAmendFieldCount> kColumns{{{"pilots", "title"},
                                                           {"pilots", "description"},
                                                           {"pilots", "area"},
                                                           {"applicants", "type"},
                                                           {"applicants", "business_id"},
                                                           {"pilots", "start_date"},
                                                           {"pilots", "end_date"},
                                                           {"applicants", "iban"},
                                                           {"applicants", "bic"},
                                                           {"applicants", "email"},
                                                           {"applicants", "phone"},
                                                           {"applicants", "name"},
                                                           {"applicants", "payee_name"}}};
  return kColumns[static_cast<size_t>(f)];
}

// A UNIQUE constraint failure is the duplicate rule speaking; anything else is thrown on.
bool try_exec(sql::Connection& db, sql::Statement& q) {
  try {
    q.run();
  } catch (const std::exception& e) {
    if (!db.is_unique_violation(e)) throw;
    return false;
  }
  return true;
}

}  // namespace

AmendTarget load_amend_target(Store& store, const std::string& id) {
  AmendTarget t{PilotLookup(store).get(id), {}};
  sql::Statement q(engine(store).sql(),
                   "SELECT p.title, p.description, p.area, a.type, a.business_id, p.start_date, p.end_date, "
                   "a.iban, a.bic, a.email, a.phone, a.name, a.payee_name "
                   "FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.id = ?");
  q.bind(1, id);
  if (!q.step()) throw pilot_not_found(id);
  for (size_t i = 0; i < kAmendFieldCount; ++i)
    application_field(t.stored, static_cast<AmendField>(i)) = text_column(q, static_cast<int>(i));
  return t;
}

int64_t store_amendment(Store& store, const AmendTarget& target, AmendField field, const std::string& before,
                        const std::string& after) {
  sql::Connection& db = engine(store).sql();
  int64_t change = 0;
  if (kept_apart(field)) {
    // Numbered as SQLite numbers a rowid, under the write lock (decision 82).
    sql::Statement q(db,
                     "INSERT INTO applicant_changes (seq, applicant_id, field, old_value, new_value) "
                     "VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM applicant_changes), ?, ?, ?, ?) RETURNING seq");
    q.bind(1, target.state.applicant_id);
    q.bind(2, std::string(to_string(field)));
    q.bind(3, before);
    q.bind(4, after);
    q.step();
    change = q.column(0).int64();
  }
  const Column c = column(field);
  const bool pilot = c.table == std::string_view("pilots");
  sql::Statement set(db, fmt::format("UPDATE {} SET {} = ?1 WHERE id = ?2", c.table, c.name));
  set.bind(1, after);
  if (pilot) {
    set.bind(2, target.state.id);
  } else {
    set.bind(2, target.state.applicant_id);
  }
  set.run();
  return change;
}

bool rename_match_key(Store& store, const std::string& id, std::string_view folded_name) {
  sql::Statement key(engine(store).sql(),
                     "UPDATE pilots SET match_key = ?1 || substr(match_key, instr(match_key, '\x1f')) WHERE id = ?2");
  key.bind(1, std::string(folded_name));
  key.bind(2, id);
  return try_exec(engine(store).sql(), key);
}

bool retitle_match_key(Store& store, const std::string& id, std::string_view folded_title) {
  sql::Statement key(engine(store).sql(),
                     "UPDATE pilots SET match_key = substr(match_key, 1, instr(match_key, '\x1f')) || ?1 "
                     "WHERE id = ?2");
  key.bind(1, std::string(folded_title));
  key.bind(2, id);
  return try_exec(engine(store).sql(), key);
}

}  // namespace minipilot

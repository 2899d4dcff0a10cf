// amend, hold and release: small changes, each one transaction with its event.
#include "minipilot/ops/amend.h"

#include <sqlite3.h>

#include <array>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/core/json.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/events.h"
#include "minipilot/ledger/pilot_lookup.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

struct PilotRow {
  std::string id;
  std::string area;
  std::string status;
  int64_t applicant_id = 0;
  std::string hold_reason;
  bool held = false;
};

PilotRow load(const OpContext& ctx, PilotId pid) {
  PilotRow r;
  r.id = format_pilot_id(pid);
  SQLite::Statement q(ctx.ledger.db(), "SELECT area, status, applicant_id, hold_reason FROM pilots WHERE id = ?");
  q.bind(1, r.id);
  if (!q.executeStep())
    throw pilot_not_found(r.id);
  r.area = q.getColumn(0).getString();
  r.status = q.getColumn(1).getString();
  r.applicant_id = q.getColumn(2).getInt64();
  r.held = !q.getColumn(3).isNull();
  if (r.held) r.hold_reason = q.getColumn(3).getString();
  return r;
}

// The column and the validated, normalised value for a field.
std::pair<const char*, std::string> checked_value(AmendField f, std::string_view value) {
  Checked<std::string> c;
  switch (f) {
    case AmendField::iban: c = check_iban(value); break;
    // No empty value clears a field (issue 11): contact details go with `applicant erase`.
    case AmendField::bic: c = check_bic(value); break;
    case AmendField::email: c = check_email(value); break;
    case AmendField::phone: c = check_phone(value); break;
    case AmendField::applicant_name: c = check_required_text(value, "applicant", kMaxNameChars, Lines::single); break;
  }
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  constexpr std::array<const char*, 5> kColumns{"iban", "bic", "email", "phone", "name"};
  return {kColumns[static_cast<size_t>(f)], c.value};
}

void event(const OpContext& ctx, const std::string& pilot_id, std::string_view action,
           const JsonWriter& detail) {
  EventLog(ctx.ledger.db()).append(ctx.clock.now(), ctx.actor.id, action, pilot_id, detail.str());
}

}  // namespace

std::string_view to_string(AmendField f) {
  constexpr std::array<std::string_view, 5> kNames{"iban", "bic", "email", "phone", "applicant_name"};
  return kNames[static_cast<size_t>(f)];
}

bool amend(const OpContext& ctx, PilotId id, AmendField field, std::string_view value) {
  const auto [column, normalised] = checked_value(field, value);
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  const PilotRow p = load(ctx, id);
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  auto& db = ctx.ledger.db();
  SQLite::Statement old(db, fmt::format("SELECT {} FROM applicants WHERE id = ?", column));
  old.bind(1, p.applicant_id);
  old.executeStep();
  const std::string before = old.getColumn(0).getString();
  old.reset();
  if (before == normalised) return false;
  SQLite::Statement change(db, "INSERT INTO applicant_changes (applicant_id, field, old_value, new_value) VALUES (?, ?, ?, ?)");
  change.bind(1, p.applicant_id);
  change.bind(2, std::string(to_string(field)));
  change.bind(3, before);
  change.bind(4, normalised);
  change.exec();
  const int64_t change_seq = db.getLastInsertRowid();
  SQLite::Statement set(db, fmt::format("UPDATE applicants SET {} = ? WHERE id = ?", column));
  set.bind(1, normalised);
  set.bind(2, p.applicant_id);
  set.exec();
  if (field == AmendField::iban) {
    SQLite::Statement who(db, "UPDATE pilots SET iban_set_by = ? WHERE id = ?");
    who.bind(1, ctx.actor.id);
    who.bind(2, p.id);
    who.exec();
  }
  if (field == AmendField::applicant_name) {
    SQLite::Statement key(db, "UPDATE pilots SET match_key = ?1 || substr(match_key, instr(match_key, char(31))) WHERE id = ?2");
    key.bind(1, fold_for_match(normalised));
    key.bind(2, p.id);
    try {
      key.exec();
    } catch (const SQLite::Exception& e) {
      if (e.getExtendedErrorCode() != SQLITE_CONSTRAINT_UNIQUE) throw;
      throw Error(ErrorKind::conflict, fmt::format("{} has a live application with this title already", normalised));
    }
  }
  JsonWriter j;
  j.begin_object().key("field").value(to_string(field)).key("change").value(change_seq);
  if (field == AmendField::iban || field == AmendField::bic || field == AmendField::applicant_name) {
    // Commit to the payee's new details; an applicant from before schema 5 gets its salt now.
    SQLite::Statement q(db, "SELECT salt, name, iban, bic FROM applicants WHERE id = ?");
    q.bind(1, p.applicant_id);
    q.executeStep();
    std::string salt = q.getColumn(0).getString();
    const std::string name = q.getColumn(1).getString(), iban = q.getColumn(2).getString(),
                      bic = q.getColumn(3).getString();
    q.reset();
    if (salt.empty()) {
      salt = new_salt();
      SQLite::Statement u(db, "UPDATE applicants SET salt = ? WHERE id = ?");
      u.bind(1, salt);
      u.bind(2, p.applicant_id);
      u.exec();
    }
    j.key("payee").value(payee_commitment(salt, name, iban, bic));
  }
  j.end_object();
  event(ctx, p.id, "amend", j);
  txn.commit();
  return true;
}

void hold(const OpContext& ctx, PilotId id, std::string_view reason_text) {
  const Checked<std::string> reason = check_required_text(reason_text, "reason", kMaxNoteChars, Lines::multi);
  if (!reason.ok()) throw Error(ErrorKind::invalid, reason.error);
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  const PilotRow p = load(ctx, id);
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (p.held) throw Error(ErrorKind::conflict, fmt::format("{} is on hold already: {}", p.id, p.hold_reason));
  if (p.status != "approved")
    throw Error(ErrorKind::conflict, fmt::format("cannot hold {}: it is {}", p.id, p.status),
                "only an approved pilot waiting for payment can be held");
  SQLite::Statement u(ctx.ledger.db(), "UPDATE pilots SET hold_reason = ? WHERE id = ?");
  u.bind(1, reason.value);
  u.bind(2, p.id);
  u.exec();
  JsonWriter j;
  j.begin_object().key("reason").value(reason.value).end_object();
  event(ctx, p.id, "hold", j);
  txn.commit();
}

void release(const OpContext& ctx, PilotId id) {
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  const PilotRow p = load(ctx, id);
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (!p.held) throw Error(ErrorKind::conflict, fmt::format("{} is not on hold", p.id));
  if (p.status != "approved")  // a hold left on a withdrawn pilot: releasing it would pay nothing
    throw Error(ErrorKind::conflict, fmt::format("cannot release {}: it is {}", p.id, p.status),
                "only an approved pilot can be let back into payment batches");
  SQLite::Statement u(ctx.ledger.db(), "UPDATE pilots SET hold_reason = NULL WHERE id = ?");
  u.bind(1, p.id);
  u.exec();
  JsonWriter j;
  j.begin_object().key("reason").value(p.hold_reason).end_object();
  event(ctx, p.id, "release", j);
  txn.commit();
}

}  // namespace minipilot

// complete: the last step of the status machine.
#include "minipilot/ops/complete.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "minipilot/core/json.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/domain/status.h"
#include "minipilot/ledger/events.h"
#include "minipilot/ledger/pilot_lookup.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

constexpr int64_t kMaxParticipants = 10'000'000;

std::string checked(std::string_view text, std::string_view field) {
  const Checked<std::string> c = check_text(text, field, kMaxDescriptionChars, Lines::multi);
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  return c.value;
}

}  // namespace

void complete(const OpContext& ctx, PilotId pid, const Outcome& o) {
  if (o.outcome != "success" && o.outcome != "partial" && o.outcome != "failed")
    throw Error(ErrorKind::invalid, fmt::format("outcome '{}' is not success, partial or failed", o.outcome));
  if (o.participants && (*o.participants < 0 || *o.participants > kMaxParticipants))
    throw Error(ErrorKind::invalid, fmt::format("participants must be from 0 to {}", kMaxParticipants));
  const std::string summary = checked(o.summary, "summary"), lessons = checked(o.lessons, "lessons");
  const std::string id = format_pilot_id(pid);
  WriteTransaction txn = ctx.ledger.write(ctx.clock.now());
  SQLite::Statement q(ctx.ledger.db(), "SELECT area, status FROM pilots WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw pilot_not_found(id);
  const std::string area = q.getColumn(0).getString(), status = q.getColumn(1).getString();
  q.reset();
  authorize(ctx.actor, Permission::decide, ctx.config.areas, area);
  if (!transition(*parse_status(status), Action::complete))
    throw Error(ErrorKind::conflict, fmt::format("cannot complete {}: it is {}", id, status),
                "an outcome is recorded once the grant is paid (status disbursed)");
  SQLite::Statement u(ctx.ledger.db(),
                      "UPDATE pilots SET status = 'completed', outcome = ?, participants = ?, "
                      "outcome_summary = ?, lessons = ?, completed_at = ? WHERE id = ?");
  u.bind(1, o.outcome);
  if (o.participants) {
    u.bind(2, *o.participants);
  } else {
    u.bind(2);
  }
  u.bind(3, summary);
  u.bind(4, lessons);
  u.bind(5, format_timestamp(ctx.clock.now()));
  u.bind(6, id);
  u.exec();
  JsonWriter j;
  j.begin_object().key("before").begin_object().key("status").value("disbursed").end_object();
  j.key("after").begin_object().key("status").value("completed").key("outcome").value(o.outcome);
  j.key("participants");
  if (o.participants) {
    j.value(*o.participants);
  } else {
    j.null();
  }
  j.end_object().end_object();
  EventLog(ctx.ledger.db()).append(ctx.clock.now(), ctx.actor.id, "complete", id, j.str());
  txn.commit();
}

}  // namespace minipilot

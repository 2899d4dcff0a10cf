// Event details as JSON: the bytes are hashed into the chain, so they are built here and only here.
#include "minipilot/domain/event.h"

#include <algorithm>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"

namespace minipilot {

namespace {

constexpr std::array<std::string_view, 21> kNames{
    "amend",     "apply",    "approve", "batch",  "batch cancel", "batch confirm",   "complete",
    "confirm",   "disburse", "erase",   "hold",   "interest add", "interest remove", "lessons import",
    "reconcile", "reject",   "release", "return", "void",         "void batch",      "withdraw"};

void status_pair(JsonWriter& j, Status before, Status after) {
  j.key("before").begin_object().key("status").value(to_string(before)).end_object();
  j.key("after").begin_object().key("status").value(to_string(after)).end_object();
}

}  // namespace

std::string_view to_string(EventAction a) { return kNames[static_cast<size_t>(a)]; }

std::string action_text(std::string_view name) {
  // The words of the log's "What" column; the same English word may be a verb elsewhere.
  static constexpr std::array<const char*, 21> kWords{NC_("event", "amend"),
                                                      NC_("event", "apply"),
                                                      NC_("event", "approve"),
                                                      NC_("event", "batch"),
                                                      NC_("event", "batch cancel"),
                                                      NC_("event", "batch confirm"),
                                                      NC_("event", "complete"),
                                                      NC_("event", "confirm"),
                                                      NC_("event", "disburse"),
                                                      NC_("event", "erase"),
                                                      NC_("event", "hold"),
                                                      NC_("event", "interest add"),
                                                      NC_("event", "interest remove"),
                                                      NC_("event", "lessons import"),
                                                      NC_("event", "reconcile"),
                                                      NC_("event", "reject"),
                                                      NC_("event", "release"),
                                                      NC_("event", "return"),
                                                      NC_("event", "void"),
                                                      NC_("event", "void batch"),
                                                      NC_("event", "withdraw")};
  const auto it = std::find(kNames.begin(), kNames.end(), name);
  if (it == kNames.end()) return std::string(name);
  return trc("event", kWords[static_cast<size_t>(it - kNames.begin())]);
}

std::optional<EventAction> parse_event_action(std::string_view text) {
  const auto it = std::find(kNames.begin(), kNames.end(), text);
  if (it == kNames.end()) return std::nullopt;
  return static_cast<EventAction>(it - kNames.begin());
}

EventAction event_action(Action a) {
  switch (a) {
    case Action::approve:
      return EventAction::approve;
    case Action::reject:
      return EventAction::reject;
    case Action::withdraw:
      return EventAction::withdraw;
    case Action::disburse:
      return EventAction::disburse;
    case Action::complete:
      return EventAction::complete;
    case Action::unpay:
      break;
  }
  throw Error(ErrorKind::internal, tr("unpay is recorded as the return or the void that caused it"));
}

std::optional<Action> status_action(EventAction a) {
  switch (a) {
    case EventAction::approve:
      return Action::approve;
    case EventAction::reject:
      return Action::reject;
    case EventAction::withdraw:
      return Action::withdraw;
    case EventAction::disburse:
      return Action::disburse;
    case EventAction::complete:
      return Action::complete;
    case EventAction::payment_return:
    case EventAction::void_payment:
      return Action::unpay;
    default:
      return std::nullopt;
  }
}

std::string apply_detail(std::string_view title, std::string_view area, int64_t applicant_id,
                         std::string_view applicant_type, std::string_view payee) {
  JsonWriter j;
  j.begin_object().key("before").begin_object().end_object();
  j.key("after").begin_object().key("status").value(to_string(Status::submitted));
  j.key("title").value(title).key("area").value(area);
  j.key("applicant_id").value(applicant_id);
  j.key("applicant_type").value(applicant_type);
  j.end_object();
  j.key("payee").value(payee);
  return j.end_object().str();
}

std::string decision_detail(Status before, Status after, std::string_view note_key, std::string_view note,
                            int64_t grant_cents, const DecisionFacts* facts) {
  JsonWriter j;
  j.begin_object().key("before").begin_object().key("status").value(to_string(before)).end_object();
  j.key("after").begin_object().key("status").value(to_string(after));
  if (grant_cents > 0) j.key("grant_cents").value(grant_cents);
  j.end_object();
  if (!note.empty()) j.key(note_key).value(note);
  if (facts) {
    j.key("decision_number").value(facts->number);
    if (!facts->reason_code.empty()) j.key("reason_code").value(facts->reason_code);
    j.key("declared_interest").value(false);
  }
  return j.end_object().str();
}

std::string interest_detail(int64_t interest, std::string_view user, std::string_view kind,
                            std::string_view commitment) {
  JsonWriter j;
  j.begin_object();
  if (!commitment.empty()) j.key("commitment").value(commitment);
  j.key("interest").value(interest).key("kind").value(kind).key("user").value(user);
  return j.end_object().str();
}

std::string lessons_import_detail(std::string_view city, int64_t lessons, std::string_view generated_at,
                                  std::string_view sha256) {
  JsonWriter j;
  j.begin_object().key("city").value(city).key("lessons").value(lessons);
  j.key("generated_at").value(generated_at).key("sha256").value(sha256);
  return j.end_object().str();
}

std::string complete_detail(std::string_view outcome, std::optional<int64_t> participants,
                            const std::vector<std::string>& tags) {
  JsonWriter j;
  j.begin_object().key("before").begin_object().key("status").value(to_string(Status::disbursed)).end_object();
  j.key("after")
      .begin_object()
      .key("status")
      .value(to_string(*transition(Status::disbursed, Action::complete)))
      .key("outcome")
      .value(outcome);
  j.key("participants");
  if (participants) {
    j.value(*participants);
  } else {
    j.null();
  }
  if (!tags.empty()) {  // (left out when none, so that events from before themes hash as they did)
    j.key("tags").begin_array();
    for (const std::string& t : tags) j.value(t);
    j.end_array();
  }
  return j.end_object().end_object().str();
}

std::string amend_detail(std::string_view field, int64_t change, std::string_view payee) {
  JsonWriter j;
  j.begin_object().key("field").value(field).key("change").value(change);
  if (!payee.empty()) j.key("payee").value(payee);
  return j.end_object().str();
}

std::string amend_value_detail(std::string_view field, std::string_view before, std::string_view after) {
  JsonWriter j;
  j.begin_object().key("field").value(field);
  j.key("before").begin_object().key(field).string_or_null(before).end_object();
  j.key("after").begin_object().key(field).string_or_null(after).end_object();
  return j.end_object().str();
}

std::string hold_detail(std::string_view reason) {
  JsonWriter j;
  return j.begin_object().key("reason").value(reason).end_object().str();
}

std::string disburse_detail(std::string_view batch_id, int64_t amount_cents, std::string_view payee) {
  JsonWriter j;
  j.begin_object();
  status_pair(j, Status::approved, *transition(Status::approved, Action::disburse));
  j.key("batch_id").value(batch_id).key("amount_cents").value(amount_cents);
  if (!payee.empty()) j.key("payee").value(payee);
  return j.end_object().str();
}

std::string batch_detail(std::string_view batch_id, int64_t payments, int64_t total_cents,
                         std::string_view execution_date, bool prepared) {
  JsonWriter j;
  j.begin_object().key("batch_id").value(batch_id).key("payments").value(payments);
  j.key("total_cents").value(total_cents).key("execution_date").value(execution_date);
  if (prepared) j.key("state").value("prepared");
  return j.end_object().str();
}

std::string unpay_detail(std::string_view batch_id, std::string_view reason, std::string_view code,
                         std::string_view message_id) {
  JsonWriter j;
  j.begin_object();
  status_pair(j, Status::disbursed, *transition(Status::disbursed, Action::unpay));
  j.key("batch_id").value(batch_id).key("reason").value(reason);
  if (!code.empty()) j.key("code").value(code);
  if (!message_id.empty()) j.key("bank_message").value(message_id);
  return j.end_object().str();
}

std::string payment_confirm_detail(std::string_view batch_id, std::string_view message_id) {
  JsonWriter j;
  return j.begin_object().key("batch_id").value(batch_id).key("bank_message").value(message_id).end_object().str();
}

std::string batch_step_detail(std::string_view batch_id, int64_t payments, int64_t total_cents) {
  JsonWriter j;
  j.begin_object().key("batch_id").value(batch_id).key("payments").value(payments);
  return j.key("total_cents").value(total_cents).end_object().str();
}

std::string reconcile_detail(std::string_view kind, std::string_view message_id, std::string_view sha256,
                             int64_t returned, int64_t confirmed) {
  JsonWriter j;
  j.begin_object().key("message").value(kind).key("message_id").value(message_id).key("sha256").value(sha256);
  return j.key("returned").value(returned).key("confirmed").value(confirmed).end_object().str();
}

std::string void_batch_detail(std::string_view batch_id, std::string_view reason) {
  JsonWriter j;
  return j.begin_object().key("batch_id").value(batch_id).key("reason").value(reason).end_object().str();
}

std::string erase_detail(int64_t applicant_id, const std::vector<std::string>& erased, bool payee,
                         const std::vector<std::string>& payments, std::string_view reason) {
  JsonWriter j;
  j.begin_object().key("applicant_id").value(applicant_id).key("erased").begin_array();
  for (const std::string& f : erased) j.value(f);
  j.end_array();
  if (payee) j.key("payee").value("erased");
  j.key("payments").begin_array();
  for (const std::string& b : payments) j.value(b);
  j.end_array().key("reason").value(reason);
  return j.end_object().str();
}

}  // namespace minipilot

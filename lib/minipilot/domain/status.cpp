// The status machine as one table, so that every rule lives in one place.
#include "minipilot/domain/status.h"

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

struct Edge {
  Status from;
  Action action;
  Status to;
};

constexpr std::array<Edge, 7> kEdges{{
    {Status::submitted, Action::approve, Status::approved},
    {Status::submitted, Action::reject, Status::rejected},
    {Status::submitted, Action::withdraw, Status::withdrawn},
    {Status::approved, Action::withdraw, Status::withdrawn},
    {Status::approved, Action::disburse, Status::disbursed},
    {Status::disbursed, Action::complete, Status::completed},
    {Status::disbursed, Action::unpay, Status::approved},
}};

constexpr std::array<std::string_view, 6> kStatusNames{"submitted", "approved",  "rejected",
                                                       "withdrawn", "disbursed", "completed"};
// TRANSLATORS: a pilot's status, as shown in tables and reports (not a sentence).
constexpr std::array<const char*, 6> kStatusWords{N_("submitted"), N_("approved"),  N_("rejected"),
                                                  N_("withdrawn"), N_("disbursed"), N_("completed")};
constexpr std::array<std::string_view, 6> kActionNames{"approve",  "reject",   "withdraw",
                                                       "disburse", "complete", "unpay"};

}  // namespace

std::string_view to_string(Status s) { return kStatusNames[static_cast<size_t>(s)]; }
std::string_view to_string(Action a) { return kActionNames[static_cast<size_t>(a)]; }

std::optional<Status> parse_status(std::string_view text) {
  for (Status s : kAllStatuses)
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::optional<Status> transition(Status from, Action action) {
  for (const Edge& e : kEdges)
    if (e.from == from && e.action == action) return e.to;
  return std::nullopt;
}

std::string status_text(Status s) { return tr(kStatusWords[static_cast<size_t>(s)]); }

std::string status_text(std::string_view code) {
  const std::optional<Status> s = parse_status(code);
  return s ? status_text(*s) : std::string(code);
}

std::string outcome_text(std::string_view code) {
  // TRANSLATORS: the outcome of a completed pilot, as shown in tables and reports.
  if (code == "success") return tr(N_("success"));
  // TRANSLATORS: the outcome of a completed pilot: it succeeded in part.
  if (code == "partial") return tr(N_("partial"));
  // TRANSLATORS: the outcome of a completed pilot: it did not succeed.
  if (code == "failed") return tr(N_("failed"));
  return std::string(code);
}

bool holds_grant(Status s) { return s == Status::approved || s == Status::disbursed || s == Status::completed; }

}  // namespace minipilot

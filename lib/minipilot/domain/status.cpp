// The status machine as one table, so that every rule lives in one place.
#include "minipilot/domain/status.h"

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

bool holds_grant(Status s) { return s == Status::approved || s == Status::disbursed || s == Status::completed; }

}  // namespace minipilot

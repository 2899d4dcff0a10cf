// Confirmation output of the decision commands.
#include "cmd/decide_common.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/formats/command_format.h"

namespace minipilot::cli {

namespace {

// The status is data in JSON; for people each decision has its own
// sentences, since no two languages build them alike.

// "approved MP-2026-0001"
std::string one_decided(std::string_view status, const std::string& id) {
  if (status == "approved") return trf("approved {}", id);
  if (status == "rejected") return trf("rejected {}", id);
  if (status == "withdrawn") return trf("withdrawn {}", id);
  return fmt::format("{} {}", status, id);
}

// "approved 3 pilots:", above the ids one a line.
std::string many_decided(std::string_view status, size_t n) {
  // TRANSLATORS: the number of pilots decided at once (more than one); their ids follow, one a line
  if (status == "approved") return trnf("approved {} pilot:", "approved {} pilots:", n, n);
  // TRANSLATORS: the number of pilots decided at once (more than one); their ids follow, one a line
  if (status == "rejected") return trnf("rejected {} pilot:", "rejected {} pilots:", n, n);
  // TRANSLATORS: the number of pilots decided at once (more than one); their ids follow, one a line
  if (status == "withdrawn") return trnf("withdrawn {} pilot:", "withdrawn {} pilots:", n, n);
  return fmt::format("{} {} pilots:", status, n);
}

}  // namespace

void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids,
                      const std::vector<DecisionNumber>& numbers) {
  if (ctx.format() == Format::json) return ctx.print_json(decision_json(status, ids, numbers));
  // " (decision 2026/12)" after the id, when the decision has a number.
  const auto numbered = [&](size_t i) {
    std::string line = format_pilot_id(ids[i]);
    // TRANSLATORS: after a pilot id, the number of the decision on it ("MP-2026-0001 (decision 2026/12)").
    if (i < numbers.size()) line += fmt::format(" {}", trf("(decision {})", format_decision_number(numbers[i])));
    return line;
  };
  if (ids.size() == 1) return ctx.say(one_decided(status, numbered(0)));
  // Every id, never a range: the minutes of a meeting are checked against it.
  ctx.say(many_decided(status, ids.size()));
  for (size_t i = 0; i < ids.size(); ++i) ctx.say("  " + numbered(i));
}

}  // namespace minipilot::cli

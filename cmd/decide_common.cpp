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

// "approved 12 pilots: MP-2026-0001 … MP-2026-0012"; always more than ten.
std::string many_decided(std::string_view status, size_t n, const std::string& first, const std::string& last) {
  // TRANSLATORS: the number of pilots (more than ten), the first id and the last
  if (status == "approved") return trnf("approved {} pilot: {} … {}", "approved {} pilots: {} … {}", n, n, first, last);
  // TRANSLATORS: the number of pilots (more than ten), the first id and the last
  if (status == "rejected") return trnf("rejected {} pilot: {} … {}", "rejected {} pilots: {} … {}", n, n, first, last);
  // TRANSLATORS: the number of pilots (more than ten), the first id and the last
  if (status == "withdrawn")
    return trnf("withdrawn {} pilot: {} … {}", "withdrawn {} pilots: {} … {}", n, n, first, last);
  return fmt::format("{} {} pilots: {} … {}", status, n, first, last);
}

}  // namespace

void confirm_decision(Context& ctx, std::string_view status, const std::vector<PilotId>& ids) {
  if (ctx.format() == Format::json) return ctx.print_json(decision_json(status, ids));
  if (ids.size() > 10)
    return ctx.say(many_decided(status, ids.size(), format_pilot_id(ids.front()), format_pilot_id(ids.back())));
  for (const PilotId& id : ids) ctx.say(one_decided(status, format_pilot_id(id)));
}

}  // namespace minipilot::cli

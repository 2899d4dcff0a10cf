// minipilot complete ID --outcome success|partial|failed: record what the pilot achieved and taught.
#include "minipilot/ops/complete.h"

#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/domain/status.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct CompleteArgs {
  std::string id;
  Outcome outcome;
  int64_t participants = 0;
  CLI::Option* participants_option = nullptr;
  std::string tags;
  CLI::Option* tags_option = nullptr;
};
}  // namespace

Runner setup_complete(CLI::App& sub) {
  auto a = std::make_shared<CompleteArgs>();
  sub.add_option("id", a->id, tr("the pilot, once its grant is paid"))->required();
  sub.add_option("--outcome", a->outcome.outcome, tr("success, partial or failed (failure is allowed)"))->required();
  a->participants_option =
      sub.add_option("--participants", a->participants, tr("how many took part"))->transform(decimal_number());
  sub.add_option("--summary", a->outcome.summary, tr("what was done and what came of it"));
  sub.add_option("--lessons", a->outcome.lessons, tr("what the city should learn"));
  a->tags_option = sub.add_option("--tags", a->tags,
                                  tr("the pilot's themes, separated by commas (\"liikunta,kirjasto\"); at most 10"));
  return [a](Context& ctx) {
    Outcome o = a->outcome;
    if (a->participants_option->count() > 0) o.participants = a->participants;
    if (a->tags_option->count() > 0) o.tags = a->tags;
    const PilotId id = parse_pilot_ids({a->id}).front();
    complete(ctx.ops(), id, o);
    // TRANSLATORS: the pilot and its outcome in words: "completed MP-2026-0001: success"
    ctx.say(trf("completed {}: {}", format_pilot_id(id), outcome_text(o.outcome)));
  };
}

}  // namespace minipilot::cli

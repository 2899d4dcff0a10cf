// lessons import: one catalogue per city, replaced as a whole by a newer one.
#include "minipilot/ops/lessons.h"

#include <fmt/format.h>

#include "minipilot/core/collate.h"
#include "minipilot/core/error.h"
#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/store/events.h"
#include "minipilot/store/lessons.h"
#include "minipilot/validate/lessons.h"

namespace minipilot {

LessonsImported import_lessons(const OpContext& ctx, std::string_view text) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  Checked<LessonsFile> file = parse_lessons_file(text);
  if (!file.ok())
    throw Error(ErrorKind::invalid, file.error,
                tr("a lessons catalogue is the JSON of 'minipilot report outcomes --public --format json' "
                   "(docs/lessons-format.md)"));
  const LessonsFile& f = file.value;
  // A file from the future would be newer than every real one of its city, which would all be refused.
  const Timestamp made = parse_timestamp(f.generated_at).value;
  if (made.seconds > ctx.clock.now().seconds + 86400)
    // TRANSLATORS: a catalogue whose time is later than tomorrow; {} is the time.
    throw Error(ErrorKind::invalid, trf("the file says it was made {}, which is still to come", time_text(made)),
                tr("check the publishing city's clock; a catalogue is made before it is published"));
  if (!ctx.config.municipality.empty() && fold_case(f.city) == fold_case(ctx.config.municipality))
    // TRANSLATORS: {} is the city named in the file, which is [program] municipality of this ledger.
    throw Error(ErrorKind::conflict, trf("the file is {}'s own catalogue", f.city),
                tr("this city's lessons are in the ledger already; import the catalogues of other cities"));
  Transaction txn = ctx.store.write(ctx.clock);
  LessonSource source{f.city,
                      f.program,
                      f.generated_at,
                      sha256_hex(text),
                      format_timestamp(txn.now()),
                      ctx.actor.id,
                      static_cast<int64_t>(f.lessons.size())};
  LessonsImported done{source, find_lesson_source(ctx.store, f.city)};
  if (done.replaced && done.replaced->generated_at > f.generated_at)
    // TRANSLATORS: a catalogue older than the one kept: the city, the file's time and the kept one's.
    throw Error(ErrorKind::conflict,
                trf("the file of {} was made {}, before the one imported already ({})", f.city,
                    time_text(parse_timestamp(f.generated_at).value),
                    time_text(parse_timestamp(done.replaced->generated_at).value)),
                tr("import the city's newest catalogue; the lessons kept are left as they are"));
  if (done.replaced && done.replaced->generated_at == f.generated_at && done.replaced->sha256 != source.sha256)
    // TRANSLATORS: a catalogue of the same time as the one kept, but other bytes (edited by hand?).
    throw Error(ErrorKind::conflict,
                trf("the file of {} has the time of the one imported already ({}), but other contents", f.city,
                    time_text(parse_timestamp(f.generated_at).value)),
                tr("a city's corrected catalogue is a newer one: ask the city for it; an edited copy is not imported"));
  replace_lessons(ctx.store, done.replaced ? done.replaced->city : "", source, f.lessons);
  EventLog(ctx.store).append(txn.now(), ctx.actor.id, EventAction::lessons_import, "",
                             lessons_import_detail(source.city, source.lessons, source.generated_at, source.sha256));
  txn.commit();
  return done;
}

}  // namespace minipilot

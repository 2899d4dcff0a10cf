// The lessons of every city in one snapshot: the own from the pilots, the others from their tables.
#include "minipilot/reports/lessons.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/collate.h"
#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/reports/access.h"
#include "minipilot/store/events.h"
#include "minipilot/store/lessons.h"
#include "minipilot/store/pilot_lists.h"

namespace minipilot {

std::vector<Lesson> list_lessons(const OpContext& ctx, const LessonFilter& filter, ChainHead* head) {
  authorize_read(ctx);
  const bool own_city =
      !ctx.config.municipality.empty() && fold_case(filter.city) == fold_case(ctx.config.municipality);
  Transaction snapshot = ctx.store.read();
  std::vector<Lesson> out;
  if (filter.city.empty() || own_city) {
    PilotFilter f;
    f.search = filter.search;
    f.tag = filter.tag;
    f.zone = ctx.config.timezone;
    for (OutcomeRow& r : find_outcomes(ctx.store, f, true)) {
      Lesson l;
      l.city = ctx.config.municipality;
      l.own = true;
      l.id = std::move(r.id);
      l.title = std::move(r.title);
      l.area_name = ctx.config.area_name(r.area);
      l.area = std::move(r.area);
      l.start_date = std::move(r.start_date);
      l.end_date = std::move(r.end_date);
      const Checked<Timestamp> at = parse_timestamp(r.completed_at);
      l.completed_on = at.ok() ? format_date(ctx.config.timezone.local_date(at.value)) : r.completed_at.substr(0, 10);
      l.outcome = std::move(r.outcome);
      l.participants = r.participants;
      l.summary = std::move(r.summary);
      l.lessons = std::move(r.lessons);
      l.tags = std::move(r.tags);
      out.push_back(std::move(l));
    }
  }
  if (!own_city) {
    if (!filter.city.empty() && !find_lesson_source(ctx.store, filter.city)) {
      std::vector<std::string> cities;
      if (!ctx.config.municipality.empty()) cities.push_back(ctx.config.municipality);
      for (const LessonSource& s : lesson_sources(ctx.store)) cities.push_back(s.city);
      // TRANSLATORS: --city names no city whose lessons the ledger holds; {} is the name given.
      throw Error(ErrorKind::not_found, trf("no lessons of the city '{}'", filter.city),
                  cities.empty() ? tr("no other city's lessons are imported: minipilot lessons import FILE")
                                 // TRANSLATORS: {} lists the cities whose lessons the ledger holds (this one first).
                                 : trf("the ledger has lessons of: {}", fmt::join(cities, ", ")));
    }
    for (Lesson& l : find_imported_lessons(ctx.store, filter)) out.push_back(std::move(l));
  }
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  return out;
}

}  // namespace minipilot

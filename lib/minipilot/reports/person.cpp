// Everything held about one person, record by record.
#include "minipilot/reports/person.h"

#include "minipilot/ops/person.h"

namespace minipilot {

std::vector<PersonRecord> export_person(const OpContext& ctx, const PersonKey& key) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  Transaction snapshot = ctx.store.read();
  std::vector<PersonRecord> out;
  for (const int64_t id : find_person(ctx.store, key)) out.push_back(applicant_record(ctx.store, id));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

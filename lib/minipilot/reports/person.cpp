// Everything held about one person, record by record.
#include "minipilot/reports/person.h"

#include "minipilot/ops/person.h"
#include "minipilot/store/applicants.h"

namespace minipilot {

std::vector<PersonRecord> export_person(const OpContext& ctx, const std::string& who, const std::string& email) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  const PersonKey key = who.empty() ? PersonKey::email(email) : require_person_key(who);
  Transaction snapshot = ctx.store.read();
  std::vector<PersonRecord> out;
  for (const int64_t id : find_person(ctx.store, key)) out.push_back(applicant_record(ctx.store, id));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

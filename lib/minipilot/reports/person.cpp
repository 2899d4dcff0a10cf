// Everything held about one person, record by record.
#include "minipilot/reports/person.h"

#include "minipilot/ops/person.h"

namespace minipilot {

std::vector<PersonRecord> export_person(Store& store, const PersonKey& key) {
  Transaction snapshot = store.read();
  std::vector<PersonRecord> out;
  for (const int64_t id : find_person(store, key)) out.push_back(applicant_record(store, id));
  snapshot.commit();
  return out;
}

}  // namespace minipilot

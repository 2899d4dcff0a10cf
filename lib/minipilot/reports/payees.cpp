// The payees report in one snapshot.
#include "minipilot/reports/payees.h"

#include <algorithm>
#include <set>

#include "minipilot/core/collate.h"
#include "minipilot/core/i18n.h"
#include "minipilot/reports/access.h"
#include "minipilot/store/applicants.h"
#include "minipilot/store/batches.h"
#include "minipilot/store/events.h"

namespace minipilot {

std::vector<PayeeTotal> payee_totals(const OpContext& ctx, int year, ChainHead* head) {
  authorize_read(ctx);
  Transaction snapshot = ctx.store.read();
  std::vector<PayeeTotal> out = find_payee_totals(ctx.store, year);
  // Which of the IBANs paid to are another payee's too: one indexed lookup for them all.
  std::vector<std::string> ibans;
  for (const PayeeTotal& p : out) ibans.insert(ibans.end(), p.ibans.begin(), p.ibans.end());
  std::set<std::string> shared;
  for (const IbanUser& u : shared_iban_users(ctx.store, ibans)) shared.insert(u.iban);
  for (PayeeTotal& p : out)
    p.shared_iban =
        std::any_of(p.ibans.begin(), p.ibans.end(), [&](const std::string& i) { return shared.count(i) > 0; });
  if (head) *head = chain_head(ctx.store);
  snapshot.commit();
  // Within each year, by name as the output language sorts names; then by IBAN.
  const Collator collator(language());
  std::vector<std::string> keys;
  keys.reserve(out.size());
  for (const PayeeTotal& p : out) keys.push_back(collator.sort_key(p.payee_name));
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (out[a].year != out[b].year) return out[a].year < out[b].year;
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return out[a].iban < out[b].iban;
  });
  std::vector<PayeeTotal> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace minipilot

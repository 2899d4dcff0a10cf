// Verify renderers.
#include "minipilot/formats/verify_format.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

std::string verify_json(const VerifyReport& r) {
  JsonWriter j(2);
  j.begin_object().key("ok").value(r.ok()).key("schema_version").value(r.schema_version);
  j.key("access_control").value(r.access_control).key("pilots").value(r.pilots);
  j.key("events").value(r.events);
  j.key("chain_head").begin_object().key("seq").value(r.head.seq).key("hash").value(r.head.hash).end_object();
  if (r.expected)
    j.key("expected_head")
        .begin_object()
        .key("seq")
        .value(r.expected->seq)
        .key("hash")
        .value(r.expected->hash)
        .end_object();
  j.key("checks").begin_array();
  for (const std::string& c : r.checks) j.value(c);
  j.end_array().key("problem_count").value(r.problem_count).key("problems").begin_array();
  for (const Problem& p : r.problems)
    j.begin_object()
        .key("check")
        .value(p.check)
        .key("subject")
        .value(p.subject)
        .key("message")
        .value(p.message)
        .end_object();
  j.end_array().end_object();
  return j.str() + "\n";
}

Document verify_document(const VerifyReport& r) {
  const auto count = static_cast<unsigned long>(r.problem_count);
  Document d{r.ok() ? tr("Ledger verified: no problems found")
                    : trnf("Ledger verification found {} problem", "Ledger verification found {} problems", count,
                           r.problem_count),
             {}};
  d.sections.push_back(
      {tr("Ledger"),
       {},
       {{tr("Schema version"), std::to_string(r.schema_version)},
        {tr("Pilots"), std::to_string(r.pilots)},
        {tr("Events"), std::to_string(r.events)},
        {tr("Chain head"), chain_head_text(r.head)},
        {tr("Access control"), r.access_control ? tr("on") : tr("off (single-user: no [users] in the configuration)")}},
       {}});
  if (r.expected)
    d.sections.back().rows.insert(d.sections.back().rows.begin() + 4,
                                  {tr("Expected head"), chain_head_text(*r.expected)});
  Section checks{tr("Checks"), {tr("Check"), tr("Result")}, {}, {}};
  for (const std::string& c : r.checks) {
    size_t n = 0;
    for (const Problem& p : r.problems) n += p.check == c;
    // TRANSLATORS: the result of one check of the ledger: no problems.
    checks.rows.push_back({tr(c.c_str()), n == 0 ? tr("ok") : trnf("{} problem", "{} problems", n, n)});
  }
  d.sections.push_back(std::move(checks));
  if (!r.problems.empty()) {
    Section problems{tr("Problems"),
                     {tr("Check"),
                      // TRANSLATORS: the heading of what a problem found is about: a pilot, an event, a year.
                      tr("Where"),
                      // TRANSLATORS: the heading of what a problem is; also of an event's action in the log.
                      tr("What")},
                     {},
                     {}};
    for (const Problem& p : r.problems) problems.rows.push_back({tr(p.check.c_str()), p.subject, p.message});
    d.sections.push_back(std::move(problems));
  }
  return d;
}

}  // namespace minipilot

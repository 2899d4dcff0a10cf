// Verify renderers.
#include "minipilot/formats/verify_format.h"

#include <fmt/format.h>

#include "minipilot/core/json.h"

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
  Document d{
      r.ok() ? "Ledger verified: no problems found"
             : fmt::format("Ledger verification found {} problem{}", r.problem_count, r.problem_count == 1 ? "" : "s"),
      {}};
  d.sections.push_back(
      {"Ledger",
       {},
       {{"Schema version", std::to_string(r.schema_version)},
        {"Pilots", std::to_string(r.pilots)},
        {"Events", std::to_string(r.events)},
        {"Chain head", fmt::format("event {} {}", r.head.seq, r.head.hash)},
        {"Access control", r.access_control ? "on" : "off (single-user: no [users] in the configuration)"}},
       {}});
  if (r.expected)
    d.sections.back().rows.insert(d.sections.back().rows.begin() + 4,
                                  {"Expected head", fmt::format("event {} {}", r.expected->seq, r.expected->hash)});
  Section checks{"Checks", {"Check", "Result"}, {}, {}};
  for (const std::string& c : r.checks) {
    size_t n = 0;
    for (const Problem& p : r.problems) n += p.check == c;
    checks.rows.push_back({c, n == 0 ? "ok" : fmt::format("{} problem{}", n, n == 1 ? "" : "s")});
  }
  d.sections.push_back(std::move(checks));
  if (!r.problems.empty()) {
    Section problems{"Problems", {"Check", "Where", "What"}, {}, {}};
    for (const Problem& p : r.problems) problems.rows.push_back({p.check, p.subject, p.message});
    d.sections.push_back(std::move(problems));
  }
  return d;
}

}  // namespace minipilot

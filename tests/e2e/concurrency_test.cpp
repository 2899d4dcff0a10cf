// Several people at once: 8 processes applying, approving, rejecting and paying on one ledger lose and duplicate
// nothing.
#include <atomic>
#include <thread>

#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("concurrency: 8 writers at once - apply, approve, reject, disburse all succeed and ids are unique") {
  Workspace ws(
      std::string("[program]\nname = \"Rinnakkain\"\n[budget]\n2026 = \"1000000.00\"\n[[areas]]\nid = \"keskusta\"\n") +
      kPayer);
  constexpr int kWorkers = 8, kEach = 25;
  std::atomic<int> failures{0};
  std::vector<std::string> errors(kWorkers);
  std::vector<std::thread> workers;
  for (int w = 0; w < kWorkers; ++w)
    workers.emplace_back([&, w] {
      for (int i = 0; i < kEach; ++i) {
        const std::string title = "Idea " + std::to_string(w) + "-" + std::to_string(i);
        Result r = ws.mp(application(title, "Hakija " + std::to_string(w)));
        const std::string id = r.out.substr(0, r.out.find(' '));
        if (r.code == 0 && i % 2 == 0) r = ws.mp({"approve", id});
        if (r.code == 0 && i % 4 == 1) r = ws.mp({"reject", id, "--reason", "ei nyt"});
        if (r.code == 0 && i % 10 == 9) r = ws.mp({"--as", "rahoitus", "disburse"});
        if (r.code != 0) ++failures, errors[w] += r.err;
      }
    });
  for (auto& t : workers) t.join();
  for (const auto& e : errors) CHECK(e == "");
  CHECK(failures == 0);
  CHECK(ws.sql("SELECT COUNT(*), COUNT(DISTINCT id), MAX(seq) FROM pilots") == "200|200|200");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE grant_cents IS NOT NULL") == "104");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'rejected'") == "48");
  CHECK(ws.sql("SELECT COUNT(*) FROM pilots WHERE status = 'submitted'") == "48");
  CHECK(ws.sql("SELECT COUNT(*) FROM (SELECT pilot_id FROM payments WHERE live = 1 GROUP BY pilot_id HAVING COUNT(*) > "
               "1) AS twice") == "0");
  CHECK(ws.sql("SELECT COUNT(*) * 50000 FROM pilots WHERE status = 'disbursed'") ==
        ws.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE live = 1"));
  CHECK(ws.mp({"verify"}).code == 0);
}

// End-to-end tests of outcomes followed up (issue 17): report overdue, the early-end notice, themes (tags) and search.
#include <sys/stat.h>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// Paid on 2 March 2026 (the batch's execution date): MP-1 planned to end on
// 31 March, MP-2 without an end, MP-3 (jukola, ville's) to end on 15 March; MP-4
// completed, MP-5 paid and returned then withdrawn, MP-6 approved and unpaid.
Workspace paid(const std::string& extra_program = "") {
  std::string config = std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n";
  config.insert(config.find("[program]\n") + 10, extra_program);
  config.replace(config.find("2026 = \"1500.00\""), 16, "2026 = \"5000.00\"");
  Workspace ws(config);
  ws.env["MINIPILOT_NOW"] = "2026-03-01T09:00:00Z";
  REQUIRE(
      ws.mp(with(application("Kirjastoauto", "Aino Ahola"), {"--end", "2026-03-31", "--phone", "040 111 2222"})).code ==
      0);
  REQUIRE(ws.mp(application("Ilman loppua", "Bertta Berg")).code == 0);
  std::vector<std::string> jukola = application("Jukolan sauna", "Cecilia Cruz");
  jukola[8] = "jukola";
  REQUIRE(ws.mp(with(jukola, {"--end", "2026-03-15"})).code == 0);
  REQUIRE(ws.mp(application("Valmis jo", "Daavid Dahl")).code == 0);
  REQUIRE(ws.mp(application("Peruttu", "Eero Eskola")).code == 0);
  REQUIRE(ws.mp(application("Maksamaton", "Fanni Forss")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0004", "MP-2026-0005"}).code == 0);
  ws.env["MINIPILOT_USER"] = "ville";
  REQUIRE(ws.mp({"approve", "MP-2026-0003"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse", "--execution-date", "2026-03-02"}).code == 0);
  REQUIRE(ws.mp({"disburse", "return", "MP-2026-0005", "--reason", "Tili suljettu"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"withdraw", "MP-2026-0005", "--reason", "Hakija perui"}).code == 0);
  REQUIRE(ws.mp({"complete", "MP-2026-0004", "--outcome", "success"}).code == 0);
  return ws;
}

std::string overdue_ids(Workspace& ws, const std::vector<std::string>& more = {}) {
  const Result r = ws.mp(with({"report", "overdue", "--format", "json"}, more));
  CAPTURE(r.err);
  REQUIRE(r.code == 0);
  std::string ids;
  for (size_t at = 0; (at = r.out.find("\"id\": \"", at)) != std::string::npos; at += 7)
    ids += (ids.empty() ? "" : " ") + r.out.substr(at + 7, 12);
  return ids;
}

unsigned mode_of(const std::filesystem::path& file) {
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("report overdue: due 30 days after the planned end, or after payment without one - never when completed") {
  Workspace ws = paid();
  REQUIRE(ws.mp({"approve", "MP-2026-0006"}).code == 0);
  // MP-3 (end 15.3.) is due 14.4., MP-2 (paid 2.3.) 1.4., MP-1 (end 31.3.) 30.4.
  ws.env["MINIPILOT_NOW"] = "2026-04-01T20:00:00Z";  // 23.00 on 1 April in Helsinki: due today, not late
  CHECK(overdue_ids(ws) == "");
  ws.env["MINIPILOT_NOW"] = "2026-04-01T21:00:00Z";  // midnight: 2 April
  CHECK(overdue_ids(ws) == "MP-2026-0002");
  ws.env["MINIPILOT_NOW"] = "2026-05-01T09:00:00Z";
  // By the day it was due; the completed, the withdrawn and the unpaid pilots never.
  CHECK(overdue_ids(ws) == "MP-2026-0002 MP-2026-0003 MP-2026-0001");
  const Result j = ws.mp({"report", "overdue", "--format", "json"});
  CHECK(contains(j.out, "\"today\": \"2026-05-01\",\n  \"outcome_due_days\": 30,\n  \"count\": 3,"));
  CHECK(contains(j.out,
                 "\"end_date\": null,\n      \"paid_on\": \"2026-03-02\",\n      \"counts_from\": "
                 "\"payment\",\n      \"due\": \"2026-04-01\",\n      \"days_late\": 30,"));
  CHECK(contains(j.out,
                 "\"end_date\": \"2026-03-31\",\n      \"paid_on\": \"2026-03-02\",\n      \"counts_from\": "
                 "\"end\",\n      \"due\": \"2026-04-30\",\n      \"days_late\": 1,"));
  // The summary counts them, of the year it covers.
  CHECK(contains(ws.mp({"report", "summary", "--format", "json"}).out, "\"overdue_outcomes\": 3,"));
  CHECK(contains(ws.mp({"report", "summary", "--format", "json", "--area", "jukola"}).out, "\"overdue_outcomes\": 1,"));
  CHECK(overdue_ids(ws, {"--area", "keskusta"}) == "MP-2026-0002 MP-2026-0001");
  CHECK(overdue_ids(ws, {"--mine"}) == "MP-2026-0002 MP-2026-0001");  // anna's areas
  ws.env["MINIPILOT_USER"] = "ville";
  CHECK(overdue_ids(ws, {"--mine"}) == "MP-2026-0003");
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(overdue_ids(ws, {"--year", "2025"}) == "");
  // In January the summary of the new year still counts last year's late reports.
  ws.env["MINIPILOT_NOW"] = "2027-01-20T09:00:00Z";
  CHECK(contains(ws.mp({"report", "summary", "--format", "json"}).out, "\"overdue_outcomes\": 3,"));
  ws.env["MINIPILOT_NOW"] = "2026-05-01T09:00:00Z";
  // Completing the report takes it off the list.
  REQUIRE(ws.mp({"complete", "MP-2026-0002", "--outcome", "partial"}).code == 0);
  CHECK(overdue_ids(ws) == "MP-2026-0003 MP-2026-0001");
}

TEST_CASE("report overdue: [program] outcome_due_days sets the days") {
  Workspace ws = paid("outcome_due_days = 10\n");
  ws.env["MINIPILOT_NOW"] = "2026-03-26T09:00:00Z";  // MP-3 (end 15.3.) due 25.3.; MP-2 (paid 2.3.) due 12.3.
  CHECK(overdue_ids(ws) == "MP-2026-0002 MP-2026-0003");
  CHECK(contains(ws.mp({"report", "overdue"}).out, "due 10 days after the planned end"));
}

TEST_CASE("report overdue: the applicant's contact for the area's agent, never for others or the public") {
  Workspace ws = paid();
  ws.env["MINIPILOT_NOW"] = "2026-05-01T09:00:00Z";
  const Result anna = ws.mp({"report", "overdue", "--format", "json"});
  CHECK(contains(anna.out,
                 "\"applicant_name\": \"Aino Ahola\",\n      \"email\": \"matti@example.fi\",\n      "
                 "\"phone\": \"040 111 2222\""));
  // Jukola's pilot: anna is not its agent.
  CHECK(contains(anna.out, "\"id\": \"MP-2026-0003\""));
  CHECK_FALSE(contains(anna.out, "Cecilia Cruz"));
  CHECK(contains(anna.out, "\"applicant_name\": null,\n      \"email\": null,\n      \"phone\": null"));
  const Result table = ws.mp({"report", "overdue"});
  CHECK(contains(table.out, "Aino Ahola"));
  CHECK(contains(table.out, "(for the area's agents)"));
  ws.env["MINIPILOT_USER"] = "ville";
  CHECK(contains(ws.mp({"report", "overdue", "--format", "json"}).out, "\"applicant_name\": \"Cecilia Cruz\""));
  // A viewer and finance see who is late, not how to reach them: no contact columns at all.
  for (const char* user : {"tarja", "pirjo"}) {
    ws.env["MINIPILOT_USER"] = user;
    const Result r = ws.mp({"report", "overdue"});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "MP-2026-0001"));
    CHECK_FALSE(contains(r.out, "Ahola"));
    CHECK_FALSE(contains(r.out, "Whom to ask"));
  }
  // --public: no personal key at all, in any format; published, so readable by all.
  ws.env["MINIPILOT_USER"] = "anna";
  for (const char* format : {"json", "table", "csv", "markdown", "html"}) {
    const Result r = ws.mp({"report", "overdue", "--public", "--format", format});
    CAPTURE(format);
    CHECK(r.code == 0);
    CHECK(contains(r.out, "MP-2026-0001"));
    for (const char* personal : {"Aino", "Ahola", "matti@example.fi", "040 111 2222", "applicant_name", "Cecilia"})
      CHECK_FALSE(contains(r.out, personal));
  }
  REQUIRE(ws.mp({"report", "overdue", "-o", "late.csv", "--format", "csv"}).code == 0);
  CHECK(mode_of(ws.dir() / "late.csv") == 0640);  // names and contacts: owner and group only
  REQUIRE(ws.mp({"report", "overdue", "--public", "-o", "late.html", "--format", "html"}).code == 0);
  CHECK(mode_of(ws.dir() / "late.html") == 0644);
}

TEST_CASE("report overdue: filters it cannot honour are refused, an unknown area is not found") {
  Workspace ws = paid();
  check_refused(ws, {"report", "overdue", "--status", "approved"}, 2, "report overdue does not take --status");
  check_refused(ws, {"report", "overdue", "--search", "sauna"}, 2, "report overdue does not take --search");
  check_refused(ws, {"report", "overdue", "--tag", "sauna"}, 2, "report overdue does not take --tag");
  check_refused(ws, {"report", "overdue", "--from", "2026-01-01"}, 2, "does not take --from");
  check_refused(ws, {"report", "overdue", "--area", "nowhere"}, 4, "no area 'nowhere'");
  check_refused(ws, {"report", "overdue", "--area", ""}, 3, "--area is empty");
}

TEST_CASE("complete: before the planned end the outcome is recorded, with a notice on stderr") {
  Workspace ws = paid();
  ws.env["MINIPILOT_NOW"] = "2026-03-20T09:00:00Z";
  const Result early = ws.mp({"complete", "MP-2026-0001", "--outcome", "partial"});
  CHECK(early.code == 0);
  CHECK(early.out == "completed MP-2026-0001: partial\n");
  CHECK(early.err ==
        "minipilot: warning: MP-2026-0001 was planned to run until 2026-03-31: its outcome is recorded "
        "before the end\n");
  CHECK(ws.sql("SELECT status FROM pilots WHERE seq = 1") == "completed");
  // On the last day, or without a planned end, nothing to say.
  ws.env["MINIPILOT_NOW"] = "2026-03-31T09:00:00Z";
  ws.env["MINIPILOT_USER"] = "ville";
  const Result on_time = ws.mp({"complete", "MP-2026-0003", "--outcome", "success"});
  CHECK(on_time.code == 0);
  CHECK(on_time.err.empty());
  ws.env["MINIPILOT_USER"] = "anna";
  CHECK(ws.mp({"complete", "MP-2026-0002", "--outcome", "success"}).err.empty());
}

TEST_CASE("complete --tags: themes trimmed, folded, each once - in the event and in every format of the outcomes") {
  Workspace ws = paid();
  const Result r = ws.mp({"complete", "MP-2026-0001", "--outcome", "success", "--lessons",
                          "Lainaus kasvoi, kun auto pysähtyi koululla.", "--tags", " Liikunta, KIRJASTO ,liikunta"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(ws.sql("SELECT tags FROM pilots WHERE seq = 1") == "liikunta,kirjasto");
  CHECK(ws.sql("SELECT json_extract(detail, '$.after.tags') FROM events WHERE action = 'complete' AND pilot_id = "
               "'MP-2026-0001'") == "[\"liikunta\",\"kirjasto\"]");
  // Events without themes hash as they always did: no empty key.
  CHECK(ws.sql("SELECT detail FROM events WHERE action = 'complete' AND pilot_id = 'MP-2026-0004'").find("tags") ==
        std::string::npos);
  for (const char* format : {"table", "csv", "markdown", "html", "json"}) {
    CAPTURE(format);
    const Result o = ws.mp({"report", "outcomes", "--format", format});
    CHECK(contains(o.out, "kirjasto"));
    const Result p = ws.mp({"report", "outcomes", "--public", "--format", format});
    CHECK(contains(p.out, "liikunta"));
  }
  CHECK(contains(ws.mp({"report", "outcomes", "--format", "json"}).out, "\"tags\": [\n            \"liikunta\",\n"));
  const std::string table = ws.mp({"report", "outcomes"}).out;
  CHECK(contains(table, "\nTags "));
  CHECK(contains(table, " liikunta, kirjasto\n"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("report outcomes --tag and --search: one theme whatever its case, a text in title, summary or lessons") {
  Workspace ws = paid();
  REQUIRE(ws.mp({"complete", "MP-2026-0001", "--outcome", "success", "--summary", "Auto kiersi kylät.", "--lessons",
                 "Koulut ovat parhaita pysäkkejä.", "--tags", "kirjasto,lapset"})
              .code == 0);
  REQUIRE(ws.mp({"complete", "MP-2026-0002", "--outcome", "failed", "--tags", "liikunta"}).code == 0);
  const auto ids = [&](const std::vector<std::string>& more) {
    const Result r = ws.mp(with({"report", "outcomes", "--format", "json"}, more));
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    std::string out;
    for (size_t at = 0; (at = r.out.find("\"id\": \"", at)) != std::string::npos; at += 7)
      out += (out.empty() ? "" : " ") + r.out.substr(at + 7, 12);
    return out;
  };
  CHECK(ids({"--tag", "KIRJASTO"}) == "MP-2026-0001");
  CHECK(ids({"--tag", "kirja"}) == "");  // a theme is matched whole, not in part
  CHECK(ids({"--tag", "liikunta"}) == "MP-2026-0002");
  CHECK(ids({"--search", "PYSÄKKEJÄ"}) == "MP-2026-0001");  // in the lessons
  CHECK(ids({"--search", "kylät"}) == "MP-2026-0001");      // in the summary
  CHECK(ids({"--search", "ilman"}) == "MP-2026-0002");      // in the title
  CHECK(ids({"--search", "kylät", "--tag", "liikunta"}) == "");
  CHECK(contains(ws.mp({"report", "outcomes", "--tag", "lapset"}).out, "tag 'lapset'"));
  CHECK(contains(ws.mp({"report", "outcomes", "--format", "json", "--tag", "lapset"}).out, "\"tag\": \"lapset\""));
  check_refused(ws, {"report", "outcomes", "--tag", "a,b"}, 3, "more than one tag");
  check_refused(ws, {"report", "outcomes", "--tag", " "}, 3, "a tag is empty");
  check_refused(ws, {"report", "pilots", "--tag", "kirjasto"}, 2, "report pilots does not take --tag");
  check_refused(ws, {"report", "outcomes", "--applicant", "Aino"}, 2, "does not take --applicant");
}

TEST_CASE("complete --tags and amend --tags: wrong themes are refused and change nothing") {
  Workspace ws = paid();
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--tags", ""}, 3, "--tags is empty");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--tags", "a,,b"}, 3, "a tag is empty");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--tags", "a,b,c,d,e,f,g,h,i,j,k"}, 3,
                "more than 10 tags");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--tags", std::string(41, 'x')}, 3,
                "tag is longer than 40 characters");
  check_refused(ws, {"complete", "MP-2026-0001", "--outcome", "success", "--tags", "a\tb"}, 3, "control character");
  // amend --tags: a completed pilot only, alone, by the area's agent.
  check_refused(ws, {"amend", "MP-2026-0001", "--tags", "kirjasto"}, 5, "cannot amend the tags of MP-2026-0001");
  check_refused(ws, {"amend", "MP-2026-0004", "--tags", "kirjasto", "--title", "Uusi"}, 2,
                "--tags does not go with --title");
  check_refused(ws, {"amend", "MP-2026-0004", "--tags", ","}, 3, "a tag is empty");
  ws.env["MINIPILOT_USER"] = "ville";
  check_refused(ws, {"amend", "MP-2026-0004", "--tags", "kirjasto"}, 7, "not an agent of area 'keskusta'");
}

TEST_CASE("amend --tags: a completed pilot's themes corrected, the old and new in the history") {
  Workspace ws = paid();
  const Result r = ws.mp({"amend", "MP-2026-0004", "--tags", "Kulttuuri, nuoret"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "amended tags of MP-2026-0004\n");
  CHECK(ws.sql("SELECT tags FROM pilots WHERE seq = 4") == "kulttuuri,nuoret");
  CHECK(ws.sql("SELECT coalesce(json_extract(detail, '$.before.tags'), 'null') || '|' || "
               "json_extract(detail, '$.after.tags') FROM events WHERE action = 'amend'") == "null|kulttuuri,nuoret");
  CHECK(ws.mp({"amend", "MP-2026-0004", "--tags", "kulttuuri,NUORET"}).out ==
        "unchanged: the tags of MP-2026-0004 were those already\n");
  CHECK(ws.sql("SELECT COUNT(*) FROM events WHERE action = 'amend'") == "1");
  CHECK(contains(ws.mp({"show", "MP-2026-0004"}).out, "tags: – → kulttuuri, nuoret"));
  CHECK(contains(ws.mp({"--lang", "fi", "log", "MP-2026-0004"}).out, "teemat:"));
  // show has them, and so has its JSON.
  CHECK(contains(ws.mp({"show", "MP-2026-0004"}).out, "kulttuuri, nuoret"));
  CHECK(contains(ws.mp({"show", "MP-2026-0004", "--format", "json"}).out,
                 "\"tags\": [\n    \"kulttuuri\",\n    \"nuoret\"\n  ],"));
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("-o: the council's summary is written readable by all, a report with names not - within the umask") {
  Workspace ws = paid();
  REQUIRE(ws.mp({"report", "summary", "--format", "html", "-o", "summary.html"}).code == 0);
  CHECK(mode_of(ws.dir() / "summary.html") == 0644);
  REQUIRE(ws.mp({"report", "pilots", "--format", "csv", "-o", "pilots.csv"}).code == 0);
  CHECK(mode_of(ws.dir() / "pilots.csv") == 0640);
  // Replacing a private file with the summary makes the new file public: the rename brings its own mode.
  REQUIRE(ws.mp({"report", "summary", "-o", "pilots.csv"}).code == 0);
  CHECK(mode_of(ws.dir() / "pilots.csv") == 0644);
  // A stricter umask is kept.
  std::map<std::string, std::string> env = ws.env;
  const Result r = run_process(
      {"/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"", MINIPILOT_BIN, "report", "summary", "-o", "strict.txt"},
      ws.dir().path(), env);
  CAPTURE(r.err);
  REQUIRE(r.code == 0);
  CHECK(mode_of(ws.dir() / "strict.txt") == 0600);
}

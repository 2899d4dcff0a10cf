// End-to-end tests of the lessons exchange (issue 17): another city's public catalogue imported, listed, replaced.
#include <sys/stat.h>

#include <filesystem>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

// A ledger of Hämeenlinna with one completed pilot of its own, and an admin.
Workspace city(const std::string& municipality = "Hämeenlinna") {
  std::string config = std::string(kTeamConfig) + kPayer + "[users.root]\nroles = [\"admin\"]\n";
  config.insert(config.find("[program]\n") + 10, "municipality = \"" + municipality + "\"\n");
  Workspace ws(config);
  REQUIRE(ws.mp(application("Kirjastoauto", "Aino Ahola")).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"complete", "MP-2026-0001", "--outcome", "success", "--participants", "40", "--lessons",
                 "Koulujen pihat ovat parhaita pysäkkejä.", "--tags", "kirjasto"})
              .code == 0);
  ws.env["MINIPILOT_USER"] = "root";
  ws.env["MINIPILOT_NOW"] = "2026-07-15T09:00:00Z";  // after every catalogue below was made
  return ws;
}

// Tampere's catalogue as Tampere's minipilot writes it, made at `at`, with `lessons` (JSON objects).
std::string tampere(const std::string& at, const std::vector<std::string>& lessons, int version = 1) {
  std::string out = "{\n  \"format\": \"minipilot-lessons\",\n  \"format_version\": " + std::to_string(version) +
                    ",\n  \"city\": \"Tampere\",\n  \"program\": \"Tampereen minipilotit\",\n  \"generated_at\": \"" +
                    at + "\",\n  \"public\": true,\n  \"count\": " + std::to_string(lessons.size()) +
                    ",\n  \"lessons\": [";
  for (size_t i = 0; i < lessons.size(); ++i) out += (i ? ",\n" : "\n") + lessons[i];
  return out + "\n  ]\n}\n";
}

std::string lesson(const std::string& id, const std::string& title, const std::string& outcome, const std::string& tags,
                   const std::string& extra = "") {
  return "    {\"id\": \"" + id + "\", \"title\": \"" + title +
         "\", \"area\": \"hervanta\", \"area_name\": \"Hervanta\", \"start_date\": \"2026-02-01\", "
         "\"end_date\": null, \"completed_on\": \"2026-05-20\", \"outcome\": \"" +
         outcome + "\", \"participants\": 25, \"summary\": \"Kokeiltiin " + title +
         ".\", \"lessons\": \"Pyöräily kasvoi talvellakin.\", \"tags\": [" + tags + "]" + extra + "}";
}

const std::string kTwo =
    tampere("2026-06-01T08:00:00Z", {lesson("MP-2026-0007", "Talvipyöräily", "success", "\"liikunta\", \"talvi\""),
                                     lesson("MP-2026-0009", "Katukirppis", "failed", "")});

void write(Workspace& ws, const std::string& name, const std::string& text) { write_text(ws.dir() / name, text); }

std::string money(Workspace& ws) {
  const std::string s = ws.mp({"report", "summary", "--format", "json"}).out;
  return s.substr(0, s.find("\"chain_head\""));
}

unsigned mode_of(const std::filesystem::path& file) {
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("lessons import: another city's catalogue is kept apart - the money, pilots and verify unchanged") {
  Workspace ws = city();
  write(ws, "tampere.json", kTwo);
  const std::string before = money(ws);
  const std::string pilots = ws.sql("SELECT COUNT(*), SUM(grant_cents) FROM pilots");
  const Result r = ws.mp({"lessons", "import", "tampere.json"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "imported 2 lessons of Tampere\n");
  CHECK(ws.sql("SELECT city, lessons, generated_at, imported_by FROM lesson_sources") ==
        "Tampere|2|2026-06-01T08:00:00Z|root");
  CHECK(ws.sql("SELECT group_concat(id || ':' || tags, ' ') FROM (SELECT * FROM lessons ORDER BY id) AS l") ==
        "MP-2026-0007:liikunta,talvi MP-2026-0009:");
  CHECK(money(ws) == before);
  CHECK(ws.sql("SELECT COUNT(*), SUM(grant_cents) FROM pilots") == pilots);
  // One event, naming the city, the count and the file's SHA-256; verify green.
  CHECK(ws.sql("SELECT action || '|' || json_extract(detail, '$.city') || '|' || json_extract(detail, '$.lessons') || "
               "'|' || length(json_extract(detail, '$.sha256')) FROM events ORDER BY seq DESC LIMIT 1") ==
        "lessons import|Tampere|2|64");
  CHECK(contains(ws.mp({"log"}).out, "Tampere: 2 lessons"));
  CHECK(ws.mp({"verify"}).code == 0);
  // verify sees a lesson changed or removed behind minipilot's back.
  ws.sql("DELETE FROM lessons WHERE id = 'MP-2026-0009'");
  const Result bad = ws.mp({"verify"});
  CHECK(bad.code == 9);
  CHECK(contains(bad.out, "the catalogue held 2 lessons, the ledger has 1 of them"));
  ws.sql("UPDATE lesson_sources SET lessons = 1, sha256 = 'x'");
  CHECK(contains(ws.mp({"verify"}).out, "is not the one its latest 'lessons import' event recorded"));
}

TEST_CASE("lessons list: the city's own lessons and the imported ones, searched together, in every format") {
  Workspace ws = city();
  write(ws, "tampere.json", kTwo);
  REQUIRE(ws.mp({"lessons", "import", "tampere.json"}).code == 0);
  ws.env["MINIPILOT_USER"] = "tarja";  // a viewer reads them
  const auto ids = [&](const std::vector<std::string>& more) {
    std::vector<std::string> args{"lessons", "list", "--format", "json"};
    args.insert(args.end(), more.begin(), more.end());
    const Result r = ws.mp(args);
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    std::string out;
    for (size_t at = r.out.find("\"lessons\": ["); (at = r.out.find("\"city\": \"", at)) != std::string::npos;
         at += 9) {
      const size_t id = r.out.find("\"id\": \"", at) + 7;
      out += (out.empty() ? "" : " ") + r.out.substr(at + 9, r.out.find('"', at + 9) - at - 9) + "/" +
             r.out.substr(id, 12);
    }
    return out;
  };
  CHECK(ids({}) == "Hämeenlinna/MP-2026-0001 Tampere/MP-2026-0007 Tampere/MP-2026-0009");
  CHECK(ids({"--city", "tampere"}) == "Tampere/MP-2026-0007 Tampere/MP-2026-0009");
  CHECK(ids({"--city", "HÄMEENLINNA"}) == "Hämeenlinna/MP-2026-0001");
  CHECK(ids({"--tag", "Talvi"}) == "Tampere/MP-2026-0007");
  CHECK(ids({"--tag", "kirjasto"}) == "Hämeenlinna/MP-2026-0001");
  CHECK(ids({"--search", "PYÖRÄILY"}) == "Tampere/MP-2026-0007 Tampere/MP-2026-0009");  // in the lessons
  CHECK(ids({"--search", "pysäkkejä"}) == "Hämeenlinna/MP-2026-0001");
  CHECK(ids({"--search", "kirppis"}) == "Tampere/MP-2026-0009");
  CHECK(ids({"--search", "kirppis", "--city", "Hämeenlinna"}) == "");
  const Result json = ws.mp({"lessons", "list", "--format", "json", "--city", "Tampere"});
  CHECK(contains(json.out,
                 "\"own\": false,\n      \"id\": \"MP-2026-0007\",\n      \"title\": \"Talvipyöräily\",\n"
                 "      \"area_name\": \"Hervanta\""));
  for (const char* format : {"table", "csv", "markdown", "html"}) {
    CAPTURE(format);
    const Result r = ws.mp({"lessons", "list", "--format", format});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "Tampere · Hervanta"));
    CHECK(contains(r.out, "Hämeenlinna · Keskusta"));
    CHECK(contains(r.out, "Pyöräily kasvoi talvellakin."));
    CHECK_FALSE(contains(r.out, "Aino"));  // the own lessons come from the public catalogue
  }
  CHECK(contains(ws.mp({"--lang", "fi", "lessons", "list"}).out, "Pilottien opit, omat ja muiden kaupunkien"));
  // Lessons are public: a file written with -o is readable by the web server.
  REQUIRE(ws.mp({"lessons", "list", "--format", "html", "-o", "lessons.html"}).code == 0);
  CHECK(mode_of(ws.dir() / "lessons.html") == 0644);
  check_refused(ws, {"lessons", "list", "--city", "Turku"}, 4, "no lessons of the city 'Turku'");
  check_refused(ws, {"lessons", "list", "--tag", "a,b"}, 3, "more than one tag");
  check_refused(ws, {"lessons", "list", "--search", "   "}, 3, "--search is blank");
}

TEST_CASE("lessons import: the city's newer file replaces its earlier lessons, never duplicates them") {
  Workspace ws = city();
  write(ws, "tampere.json", kTwo);
  REQUIRE(ws.mp({"lessons", "import", "tampere.json"}).code == 0);
  // The same file again: the same lessons, once (exit 0).
  const Result again = ws.mp({"lessons", "import", "tampere.json"});
  CHECK(again.code == 0);
  CHECK(again.out == "imported 2 lessons of Tampere, in place of the 2 imported before\n");
  CHECK(ws.sql("SELECT COUNT(*) FROM lessons") == "2");
  // A newer file: a lesson corrected, one gone, one new; the city written in another case is the same city.
  std::string newer = tampere("2026-07-01T08:00:00Z", {lesson("MP-2026-0007", "Talvipyöräily 2", "partial", ""),
                                                       lesson("MP-2026-0011", "Pihakirjasto", "success", "")});
  newer.replace(newer.find("\"Tampere\""), 9, "\"TAMPERE\"");
  write(ws, "newer.json", newer);
  const Result r = ws.mp({"lessons", "import", "newer.json", "--format", "json"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\"lessons\": 2,"));
  CHECK(contains(r.out, "\"replaced\": {\n    \"generated_at\": \"2026-06-01T08:00:00Z\",\n    \"lessons\": 2"));
  CHECK(ws.sql("SELECT group_concat(city || '/' || id || '/' || outcome, ' ') FROM (SELECT * FROM lessons ORDER BY "
               "id) AS l") == "TAMPERE/MP-2026-0007/partial TAMPERE/MP-2026-0011/success");
  CHECK(ws.sql("SELECT COUNT(*) FROM lesson_sources") == "1");
  // A copy edited by hand, of the same time as the one kept, is no newer catalogue.
  std::string edited = newer;
  edited.replace(edited.find("Pihakirjasto"), 12, "Pihakirjast0");
  write(ws, "edited.json", edited);
  check_refused(ws, {"lessons", "import", "edited.json"}, 5, "but other contents");
  // An older file than the one kept is refused: it would bring back what Tampere corrected.
  check_refused(ws, {"lessons", "import", "tampere.json"}, 5, "before the one imported already");
  CHECK(ws.mp({"verify"}).code == 0);
}

TEST_CASE("lessons import: an unknown version, a file that is not a public catalogue, the own city - refused") {
  Workspace ws = city();
  const auto refused = [&](const std::string& text, int code, const std::string& message) {
    write(ws, "in.json", text);
    check_refused(ws, {"lessons", "import", "in.json"}, code, message);
  };
  const std::string one = lesson("MP-2026-0007", "Talvipyöräily", "success", "");
  refused(tampere("2026-06-01T08:00:00Z", {one}, 2), 3, "format_version 2, which this minipilot does not know");
  refused(tampere("2026-06-01T08:00:00Z", {lesson("MP-2026-0007", "T", "success", "", ", \"applicant_name\": \"X\"")}),
          3, "lessons[0]: the key 'applicant_name' is not in the lessons format");
  refused(tampere("2026-06-01T08:00:00Z", {one, one}), 3, "the id 'MP-2026-0007' is there twice");
  refused(tampere("2026-06-01T08:00:00Z", {lesson("MP-2026-0007", "T", "great", "")}), 3,
          "'great' is not success, partial or failed");
  refused(tampere("2026-06-01T08:00:00Z", {lesson("MP-2026-0007", "T", "success", "\"a,b\"")}), 3,
          "one tag may not hold a comma");
  refused(tampere("yesterday", {one}), 3, "generated_at: 'yesterday' is not a time");
  refused(tampere("2099-01-01T00:00:00Z", {one}), 3, "which is still to come");
  // A month's catalogue would replace the city's whole one with a part of it.
  std::string month = tampere("2026-06-01T08:00:00Z", {one});
  month.insert(month.find("\"count\""), "\"filter\": {\"year\": null, \"areas\": [], \"from\": \"2026-05-01\"},\n  ");
  refused(month, 3, "the file is a filtered catalogue ('from' is given)");
  std::string no_city = tampere("2026-06-01T08:00:00Z", {one});
  no_city.replace(no_city.find("\"Tampere\""), 9, "\"\"");
  refused(no_city, 3, "the file names no city");
  std::string wrong_count = tampere("2026-06-01T08:00:00Z", {one});
  wrong_count.replace(wrong_count.find("\"count\": 1"), 10, "\"count\": 5");
  refused(wrong_count, 3, "count is 5 but the file holds 1 lessons");
  refused("{\"format\": \"minipilot-lessons\",\n \"format_version\": 1,", 3, "the file is not JSON (line 2, column");
  refused("id;title\r\n1;Talvipyöräily\r\n", 3, "the file is not JSON (line 1, column");  // a CSV from Excel
  refused("", 3, "the file is empty");
  if (!ws.shared()) refused(read_text(ws.dir() / "minipilot.db"), 3, "the file is a SQLite database");
  // The city's own report without --public names people: not a catalogue, and the hint says how to make one.
  write(ws, "own-private.json", ws.mp({"report", "outcomes", "--format", "json"}).out);
  check_refused(ws, {"lessons", "import", "own-private.json"}, 3, "'report outcomes --public --format json'");
  refused("[]", 3, "the file is not a JSON object");
  // The city's own JSON of `report summary` is no catalogue either.
  write(ws, "summary.json", ws.mp({"report", "summary", "--format", "json"}).out);
  check_refused(ws, {"lessons", "import", "summary.json"}, 3, "its \"format\" is not \"minipilot-lessons\"");
  // The city's own catalogue: its lessons are in the ledger already.
  REQUIRE(ws.mp({"report", "outcomes", "--public", "--format", "json", "-o", "own.json"}).code == 0);
  check_refused(ws, {"lessons", "import", "own.json"}, 5, "the file is Hämeenlinna's own catalogue");
  // Files that are not there or not files.
  std::filesystem::create_directory(ws.dir() / "folder");
  check_refused(ws, {"lessons", "import", "folder"}, 3, "folder");
  check_refused(ws, {"lessons", "import", "missing.json"}, 3, "missing.json");
  check_refused(ws, {"lessons", "import", ""}, 3, "an empty argument was given");
  // Only an admin imports.
  write(ws, "tampere.json", kTwo);
  ws.env["MINIPILOT_USER"] = "anna";
  check_refused(ws, {"lessons", "import", "tampere.json"}, 7, "anna");
}

TEST_CASE("lessons exchange: one city's public catalogue, imported by another, lists there credited to it") {
  // Hämeenlinna publishes its catalogue; its BOM-less UTF-8 JSON is what a web server serves.
  Workspace hml = city();
  REQUIRE(hml.mp({"report", "outcomes", "--public", "--format", "json", "-o", "catalogue.json"}).code == 0);
  CHECK(mode_of(hml.dir() / "catalogue.json") == 0644);
  const std::string catalogue = read_text(hml.dir() / "catalogue.json");
  CHECK(
      contains(catalogue, "\"format\": \"minipilot-lessons\",\n  \"format_version\": 1,\n  \"city\": \"Hämeenlinna\""));
  CHECK_FALSE(contains(catalogue, "Aino"));
  // Tampere takes it, saved by a browser on Windows with a byte order mark.
  Workspace tre = city("Tampere");
  write(tre, "hml.json", "\xEF\xBB\xBF" + catalogue);
  const Result r = tre.mp({"lessons", "import", "hml.json"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "imported 1 lesson of Hämeenlinna\n");
  const Result list = tre.mp({"lessons", "list", "--tag", "kirjasto"});
  CHECK(contains(list.out, "Tampere · Keskusta · success · Kirjastoauto"));
  CHECK(contains(list.out, "Hämeenlinna · Keskusta · success · Kirjastoauto"));
  CHECK(contains(list.out, "MP-2026-0001, Hämeenlinna"));
  // The public outcomes page of Tampere can show them, credited; the JSON catalogue stays Tampere's own.
  const Result page = tre.mp({"report", "outcomes", "--public", "--other-cities", "--format", "html"});
  CHECK(page.code == 0);
  CHECK(contains(page.out, "From other cities: 1 lesson"));
  CHECK(contains(page.out, "Hämeenlinna · Keskusta · success · Kirjastoauto"));
  CHECK_FALSE(contains(tre.mp({"report", "outcomes", "--public", "--format", "html"}).out, "Hämeenlinna"));
  check_refused(tre, {"report", "outcomes", "--public", "--other-cities", "--format", "json"}, 2,
                "the JSON catalogue is this city's own");
  check_refused(tre, {"report", "outcomes", "--other-cities"}, 2, "--other-cities goes with --public");
  check_refused(tre, {"report", "pilots", "--other-cities"}, 2, "report pilots does not take --other-cities");
}

// Unit tests of the suggestions for a word typed wrong (issue 14).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "minipilot/core/suggest.h"

using namespace minipilot;

TEST_CASE("edit_distance: insertions, deletions, substitutions and swaps, by code point") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("lammi", "lammi") == 0);
  CHECK(edit_distance("lami", "lammi") == 1);
  CHECK(edit_distance("aprove", "approve") == 1);
  CHECK(edit_distance("aprpove", "approve") == 1);  // "rp" for "pr": one swap, as the contract says
  CHECK(edit_distance("aprov", "approve") == 2);
  CHECK(edit_distance("rpeort", "report") == 1);  // a swap of two neighbours is one edit
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kissa", "") == 5);
  // "ä" is two bytes but one letter: one substitution, not two.
  CHECK(edit_distance("hämeenlinna", "hameenlinna") == 1);
  CHECK(edit_distance("Äijälä", "äijälä") == 0);  // Latin letters in any case
  CHECK(edit_distance("KESKUSTA", "keskusta") == 0);
}

TEST_CASE("nearest: the one candidate near enough, else nothing") {
  const std::vector<std::string> areas{"keskusta", "lammi", "tuulos", "hauho"};
  CHECK(nearest("lami", areas) == "lammi");
  CHECK(nearest("Keskustaa", areas) == "keskusta");
  CHECK(nearest("tuulso", areas) == "tuulos");
  CHECK(nearest("xyz", areas).empty());        // nothing is near
  CHECK(nearest("", areas).empty());           // an empty word suggests nothing
  CHECK(nearest("lami", {}).empty());          // no candidates
  CHECK(nearest("kesk", areas).empty());       // 4 letters missing of 8: too far to guess
  const std::vector<std::string> commands{"approve", "apply", "amend", "reject"};
  CHECK(nearest("aprove", commands) == "approve");
  CHECK(nearest("aply", commands) == "apply");
  // Two candidates equally near: no guess.
  CHECK(nearest("cat", {"bat", "hat"}).empty());
  CHECK(nearest("cat", {"bat", "bat"}) == "bat");  // the same word twice is one candidate
}

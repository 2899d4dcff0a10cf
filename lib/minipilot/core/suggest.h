// "Did you mean": the nearest of a few known words to one typed wrong (an area, a command, a column).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minipilot {

/// The edit distance (insertions, deletions, substitutions and swaps of two
/// neighbours) between two texts, by code point and ignoring the case of
/// Latin letters ("Lammi" and "lami" are 1 apart).
size_t edit_distance(std::string_view a, std::string_view b);

/// Whether two texts are the same but for the case of Latin letters
/// ("YHTEISÖ" and "yhteisö"): edit_distance() 0.
bool same_ignoring_case(std::string_view a, std::string_view b);

/// The candidate nearest to `typed`, when it is near enough to be what was
/// meant: at most a third of the typed length apart (at least 1, at most 3
/// edits), and nearer than any other candidate. "" when none is, or when two
/// are equally near (a guess between two would mislead).
std::string nearest(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace minipilot

// Which column of an import file gives which application field: header names in English or Finnish, --map, and
// columns to skip.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minipilot {

/// `--map FIELD=COLUMN`: the field (one of kApplicationFields) that the
/// column named `column` (as the file writes it) gives.
struct ColumnMap {
  std::string_view field;
  std::string column;
};

/// How a header is read: the maps given, and whether columns that name no
/// field are skipped (`--ignore-unknown`) rather than refused.
struct HeaderRules {
  std::vector<ColumnMap> maps;
  bool ignore_unknown = false;
};

/// Parses each `FIELD=COLUMN`. Throws Error{usage} for one without "=",
/// an empty side, an unknown FIELD (listing the fields), two maps to one
/// field, or one column mapped twice (columns compared as column_key does).
std::vector<ColumnMap> parse_column_maps(const std::vector<std::string>& given);

/// A header cell as it is compared: trimmed, lower case (Ä, Å and Ö too),
/// with spaces, hyphens and underscores alike ("  Maksun-Saaja" is
/// "maksun_saaja").
std::string column_key(std::string_view cell);

/// What each column of a header gives.
struct HeaderMap {
  /// Per column: a kApplicationFields name, or "" for a column skipped.
  std::vector<std::string_view> fields;
  /// The columns `line` and `error` (any case) of a rejects file read back:
  /// skipped, and left out of a new rejects file.
  std::vector<size_t> reported;
};

/// Maps a header. A column gives the field its map names, else the field
/// its name is in English (`business_id`) or Finnish (`y-tunnus`), else it
/// is `line` or `error` and is skipped, else it is unknown: skipped under
/// `ignore_unknown`, refused otherwise. Throws Error{invalid} naming every
/// unknown column (with the nearest known name, where one is near), a map's
/// column not in the header (listing the header), two columns for one
/// field, or a missing title, applicant or type column.
HeaderMap map_header(const std::vector<std::string>& header, const HeaderRules& rules);

}  // namespace minipilot

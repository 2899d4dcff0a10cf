// A report laid out for people: titled sections of rows, rendered as a terminal table, Markdown, CSV or HTML.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/i18n.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/status.h"

namespace minipilot {

/// What a column holds, which decides how each format shows it.
enum class Col {
  text,    ///< left-aligned; defused against formulas in CSV
  number,  ///< right-aligned
  money,   ///< cells are euros as "1234.50": shown as money_text() ("1,234.50 €"), in CSV "1234,50" per the dialect
  code,    ///< left-aligned like text, but never cut to fit: ids, times, hashes
};

/// A chart, drawn as inline SVG in HTML (the other formats carry the same
/// figures in the section's table): horizontal bars, one group of bars per
/// label and one bar per series; or lines over the groups as points in
/// order (months), one line per series.
struct Chart {
  enum class Kind { bars, lines };
  /// A series' legend and its colour ("#b03a48"; "" for the next of the
  /// default palette). Colours carry meaning: the caller picks them.
  struct Series {
    Series(std::string n, std::string c = {}, bool d = false) : name(std::move(n)), colour(std::move(c)), dashed(d) {}
    std::string name;
    std::string colour;
    bool dashed;  ///< lines: drawn dashed (a limit, such as the budget)
  };
  struct Group {
    std::string label;
    std::vector<int64_t> values;     ///< one per series, >= 0
    std::vector<std::string> texts;  ///< bars: what is printed beside each bar
  };
  std::string title;  ///< its accessible name
  std::vector<Series> series;
  std::vector<Group> groups;
  Kind kind = Kind::bars;
  std::vector<std::string> axis = {};  ///< lines: the labels of 0, half and the top of the scale
  int64_t top = 0;                     ///< lines: the top of the scale (0: the largest value)
};

/// Colours with meaning, the same in every chart.
namespace colour {
inline constexpr const char* applications = "#1f5f99";  // blue
inline constexpr const char* approved = "#5aa469";      // green
inline constexpr const char* rejected = "#b03a48";      // red: never green
inline constexpr const char* success = "#2b7a3b";       // dark green
inline constexpr const char* partial = "#e08a00";       // amber
inline constexpr const char* failed = "#b03a48";        // red
inline constexpr const char* committed = "#1f5f99";     // blue
inline constexpr const char* paid = "#e08a00";          // amber
inline constexpr const char* limit = "#6b6b6b";         // grey: the budget line
}  // namespace colour

/// One block of a report. With `columns` it is a table; without, its rows
/// are key/value pairs ("Status", "approved").
struct Section {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<Col> kinds;          ///< per column; missing ones are text
  std::vector<Chart> charts = {};  ///< drawn above the table in HTML
};

/// A report for people. The JSON form of each report is written separately
/// (formats/*_json), because scripts need stable keys and raw values.
struct Document {
  std::string title;
  std::vector<Section> sections;
  std::string footer = {};  ///< a last line ("Chain head: event 20 …"); not in one-table CSV
  std::string lead = {};    ///< a line under the title, above the sections (the queue's budget); not in one-table CSV
};

/// How many columns `s` takes: its code points (its bytes when not UTF-8).
size_t display_width(std::string_view s);

/// `s` cut to `width` code points, the last being "…" when anything was cut.
std::string fit(std::string_view s, size_t width);

/// Aligned text fitted to `width` columns: long cells are cut with "…".
/// `colour` makes titles and headings bold (ANSI).
std::string render_text(const Document& doc, size_t width, bool colour);

/// GitHub-flavoured Markdown: a heading per section, pipe tables.
std::string render_markdown(const Document& doc);

/// CSV in the `[export.csv]` dialect. A document that is one table is just
/// that table (a header row, then the rows), for scripts and spreadsheets;
/// otherwise one block per section: a row with the section's title, the
/// header, the rows, then an empty line. Cells that a spreadsheet would run
/// as a formula are prefixed with "'".
std::string render_csv(const Document& doc, const CsvDialect& dialect);

/// One self-contained HTML page (inline CSS, inline SVG charts, no scripts,
/// no network), readable on a phone and printable.
std::string render_html(const Document& doc);

/// How people see a name or payment IBAN that `applicant erase` or `purge`
/// removed (stored as ""): "(erased)". JSON keeps the stored "".
inline std::string or_erased(const std::string& text) {
  // TRANSLATORS: in place of a name or IBAN that was erased (GDPR).
  return text.empty() ? tr("(erased)") : text;
}

/// A stored ISO 8601 UTC timestamp as people read it (time_text): "" stays
/// "", and text that is not a timestamp is shown as it is.
std::string time_shown(std::string_view iso);

/// A stored date ("2026-03-01") as people read it (date_text); "" and text
/// that is not a date as they are.
std::string date_shown(std::string_view iso);

/// The local day (display_zone) of a stored timestamp as people read it; "" stays
/// "", and text that is not a timestamp is cut to its first 10 characters.
std::string day_shown(std::string_view iso);

/// Appends `text` with & < > " ' escaped, for HTML and XML alike.
void append_markup_escaped(std::string& out, std::string_view text);

/// A CSV cell quoted as RFC 4180 requires and defused against formula
/// injection (a leading = + - @ tab CR or NUL gets a "'").
std::string csv_cell(std::string_view text, char delimiter, bool numeric);

}  // namespace minipilot

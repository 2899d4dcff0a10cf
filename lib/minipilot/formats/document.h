// A report laid out for people: titled sections of rows, rendered as a terminal table, Markdown, CSV or HTML.
#pragma once

#include <string>
#include <vector>

#include "minipilot/config/config.h"

namespace minipilot {

/// One block of a report. With `columns` it is a table; without, its rows
/// are key/value pairs ("Status", "approved").
struct Section {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  ///< per column: right-aligned in text
};

/// A report for people. The JSON form of each report is written separately
/// (formats/*_json), because scripts need stable keys and raw values.
struct Document {
  std::string title;
  std::vector<Section> sections;
};

/// Aligned text fitted to `width` columns: long cells are cut with "…".
/// `colour` makes titles and headings bold (ANSI).
std::string render_text(const Document& doc, size_t width, bool colour);

/// GitHub-flavoured Markdown: a heading per section, pipe tables.
std::string render_markdown(const Document& doc);

/// One CSV block per section in the `[export.csv]` dialect: a row with the
/// section's title, the header, the rows, then an empty line. Cells that a
/// spreadsheet would run as a formula are prefixed with "'".
std::string render_csv(const Document& doc, const CsvDialect& dialect);

/// One self-contained HTML page (inline CSS, no scripts, no network).
std::string render_html(const Document& doc);

/// Appends `text` with & < > " ' escaped, for HTML and XML alike.
void append_markup_escaped(std::string& out, std::string_view text);

/// A CSV cell quoted as RFC 4180 requires and defused against formula
/// injection (a leading = + - @ tab CR or NUL gets a "'").
std::string csv_cell(std::string_view text, char delimiter, bool numeric);

}  // namespace minipilot

// The renderers of Document: pure functions from data to text.
#include "minipilot/formats/document.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/forms.h"
#include "minipilot/core/money.h"
#include "minipilot/core/time.h"
#include "minipilot/formats/chart_svg.h"
#include "minipilot/validate/text.h"

namespace minipilot {

size_t display_width(std::string_view s) { return utf8_length(s).value_or(s.size()); }

std::string fit(std::string_view s, size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < s.size() && count + 1 < width; ++count) {
    size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    out.append(s.substr(i, n));
    i += n;
  }
  return out + "…";
}

namespace {

std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

Col kind_of(const Section& s, size_t c) { return c < s.kinds.size() ? s.kinds[c] : Col::text; }

// Numbers and money are right-aligned; text and codes read from the left.
bool is_numeric(Col k) { return k == Col::number || k == Col::money; }

// A cell as people read it: amounts ("1234.50", "-5.00") as money_text()
// writes them in the chosen language, with their currency; a cell that is
// not an amount as it is.
std::string shown(const Section& s, size_t c, const std::string& cell) {
  if (kind_of(s, c) != Col::money || cell.empty()) return cell;
  const bool negative = cell[0] == '-';
  const Checked<Cents> amount = parse_money(std::string_view(cell).substr(negative ? 1 : 0));
  if (!amount.ok()) return cell;
  return money_text(negative ? Cents{} - amount.value : amount.value);
}

std::string pad(std::string_view s, size_t width, bool right) {
  const size_t w = display_width(s);
  const std::string fill(w < width ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

// Shrinks the widest text columns until the table fits. The first column
// (the identifier), numbers and codes are never cut: a cut id, time or
// amount misleads.
std::vector<size_t> column_widths(const Section& s, size_t width) {
  std::vector<size_t> w(s.columns.size(), 0);
  for (size_t c = 0; c < w.size(); ++c) w[c] = display_width(s.columns[c]);
  for (const auto& row : s.rows)
    for (size_t c = 0; c < w.size() && c < row.size(); ++c)
      w[c] = std::max(w[c], display_width(one_line(shown(s, c, row[c]))));
  const size_t gaps = w.empty() ? 0 : 2 * (w.size() - 1);
  for (;;) {
    size_t total = gaps;
    for (size_t x : w) total += x;
    if (total <= width) break;
    size_t widest = 0;
    for (size_t c = 1; c < w.size(); ++c)
      if (kind_of(s, c) == Col::text && w[c] > w[widest]) widest = c;
    if (widest == 0 || w[widest] <= 8) break;
    --w[widest];
  }
  return w;
}

std::string text_table(const Section& s, size_t width, bool colour) {
  const std::vector<size_t> w = column_widths(s, width);
  const auto line = [&](const std::vector<std::string>& cells, bool heading) {
    std::string out;
    for (size_t c = 0; c < w.size(); ++c) {
      const bool right = is_numeric(kind_of(s, c));
      const std::string cell = c >= cells.size() ? "" : heading ? cells[c] : shown(s, c, cells[c]);
      out += (c ? "  " : "") + pad(fit(one_line(cell), w[c]), w[c], right);
    }
    out.erase(out.find_last_not_of(' ') + 1);
    return heading && colour ? "\x1b[1m" + out + "\x1b[0m\n" : out + "\n";
  };
  std::string out = line(s.columns, true);
  for (const auto& row : s.rows) out += line(row, false);
  return out;
}

// Breaks `s` into lines of at most `room` code points at spaces. A word
// longer than a line (a hash, an IBAN without spaces) gets a line of its own
// and runs past the width: a witness copied from the screen must be whole.
std::vector<std::string> wrap(std::string_view s, size_t room) {
  std::vector<std::string> lines{""};
  size_t used = 0;
  for (size_t i = 0; i <= s.size();) {
    const size_t end = std::min(s.find(' ', i), s.size());
    const std::string_view word = s.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    const size_t w = display_width(word);
    if (used > 0 && used + 1 + w > room) lines.emplace_back(), used = 0;
    if (used > 0) lines.back() += ' ', ++used;
    lines.back() += word;
    used += w;
  }
  return lines;
}

// Key/value rows: values are wrapped, never cut, since a cut hash or IBAN
// (the auditor's witness, a payee) misleads.
std::string text_pairs(const Section& s, size_t width) {
  size_t kw = 0;
  for (const auto& row : s.rows) kw = std::max(kw, display_width(row.at(0)));
  const size_t room = width > kw + 2 + 10 ? width - kw - 2 : 10;
  std::string out;
  for (const auto& row : s.rows) {
    const std::vector<std::string> lines = wrap(one_line(row.at(1)), room);
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string line = pad(i == 0 ? row.at(0) : "", kw, false) + "  " + lines[i];
      line.erase(line.find_last_not_of(' ') + 1);
      out += line + "\n";
    }
  }
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    // [ and ] too: a title "[x](javascript:...)" must not become a link on the city's pages.
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  append_markup_escaped(out, s);
  return out;
}

}  // namespace

std::string time_shown(std::string_view iso) {
  if (iso.empty()) return {};
  const Checked<Timestamp> t = parse_timestamp(iso);
  return t.ok() ? time_text(t.value) : std::string(iso);
}

std::string date_shown(std::string_view iso) {
  if (iso.empty()) return {};
  const Checked<Date> d = parse_date(iso);
  return d.ok() ? date_text(d.value) : std::string(iso);
}

std::string day_shown(std::string_view iso) {
  if (iso.empty()) return {};
  const Checked<Timestamp> t = parse_timestamp(iso);
  return t.ok() ? date_text(display_zone().local_date(t.value)) : std::string(iso.substr(0, 10));
}

std::string render_text(const Document& doc, size_t width, bool colour) {
  std::string out;
  const auto bold = [&](const std::string& s) { return colour ? "\x1b[1m" + s + "\x1b[0m" : s; };
  if (!doc.title.empty()) out += bold(fit(doc.title, width)) + "\n";
  if (!doc.lead.empty())
    for (const std::string& line : wrap(one_line(doc.lead), std::max<size_t>(width, 20))) out += line + "\n";
  for (const Section& s : doc.sections) {
    if (!out.empty()) out += "\n";
    if (!s.title.empty()) out += bold(fit(s.title, width)) + "\n";
    out += s.columns.empty() ? text_pairs(s, width) : text_table(s, width, colour);
  }
  if (!doc.footer.empty()) out += "\n" + doc.footer + "\n";
  return out;
}

std::string render_markdown(const Document& doc) {
  std::string out = doc.title.empty() ? "" : "# " + md_escape(doc.title) + "\n";
  if (!doc.lead.empty()) out += "\n" + md_escape(doc.lead) + "\n";
  for (const Section& s : doc.sections) {
    out += "\n## " + md_escape(s.title) + "\n";
    if (s.columns.empty() && s.rows.empty()) continue;  // a heading alone
    out += "\n";
    const std::vector<std::string> cols = s.columns.empty() ? std::vector<std::string>{"", ""} : s.columns;
    out += "|";
    for (const auto& c : cols) out.append(" ").append(md_escape(c)).append(" |");
    out += "\n|";
    for (size_t c = 0; c < cols.size(); ++c) out += is_numeric(kind_of(s, c)) ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : s.rows) {
      out += "|";
      for (size_t c = 0; c < row.size(); ++c) out.append(" ").append(md_escape(shown(s, c, row[c]))).append(" |");
      out += "\n";
    }
  }
  if (!doc.footer.empty()) out += "\n" + md_escape(doc.footer) + "\n";
  return out;
}

void append_markup_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
}

std::string csv_cell(std::string_view text, char delimiter, bool numeric) {
  const bool risky = !numeric && !text.empty() &&
                     (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
                      text[0] == '\r' || text[0] == '\0');
  std::string cell = risky ? "'" : "";  // (not insert(0, ...): GCC 12 warns falsely, -Wrestrict)
  cell.append(text);
  if (cell.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string render_csv(const Document& doc, const CsvDialect& d) {
  std::string out = d.bom ? "\xEF\xBB\xBF" : "";
  const auto row_text = [&](const std::vector<std::string>& cells, const Section* s) {
    std::string line;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c) line += d.delimiter;
      const Col kind = s ? kind_of(*s, c) : Col::text;
      std::string cell = cells[c];
      if (kind == Col::money) std::replace(cell.begin(), cell.end(), '.', d.decimal_separator);
      line += csv_cell(cell, d.delimiter, is_numeric(kind));
    }
    return line + "\r\n";
  };
  const bool one_table = doc.sections.size() == 1 && !doc.sections[0].columns.empty();
  if (!one_table && !doc.lead.empty()) out += row_text({doc.lead}, nullptr) + "\r\n";
  for (const Section& s : doc.sections) {
    if (!one_table) out += row_text({s.title}, nullptr);
    if (!s.columns.empty()) out += row_text(s.columns, nullptr);
    for (const auto& row : s.rows) out += row_text(row, &s);
    if (!one_table) out += "\r\n";
  }
  if (!one_table && !doc.footer.empty()) out += row_text({doc.footer}, nullptr);
  return out;
}

std::string render_html(const Document& doc) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language())) +
      "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>" +
      html_escape(doc.title) +
      "</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;"
      "padding:0 1rem;color:#222}\ntable{border-collapse:collapse;margin:.5rem 0 1.5rem;"
      "width:100%}\nth,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;"
      "vertical-align:top}\ntable.kv "
      "td{overflow-wrap:anywhere}\ntd.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
      "th.n{text-align:right}\n"
      ".wide{overflow-x:auto}\nfigure{margin:.5rem 0 1rem}\nfigure svg{width:100%;max-width:40rem;height:auto}\n"
      "figcaption,.foot{font-size:.85rem;color:#555}\n.foot{overflow-wrap:anywhere}\n"
      "@page{size:A4;margin:15mm}\n@media "
      "print{body{max-width:none;margin:0;padding:0}figure,tr{break-inside:avoid}h2{break-after:avoid}}\n</style>\n</"
      "head>\n<body>\n<h1>" +
      html_escape(doc.title) + "</h1>\n";
  if (!doc.lead.empty()) out += "<p class=\"lead\">" + html_escape(doc.lead) + "</p>\n";
  for (const Section& s : doc.sections) {
    out += "<h2>" + html_escape(s.title) + "</h2>\n";
    for (const Chart& c : s.charts) out += svg_chart(c);
    if (s.columns.empty() && s.rows.empty()) continue;  // a heading alone, over the sections that follow
    out += s.columns.empty() ? "<div class=\"wide\"><table class=\"kv\">\n" : "<div class=\"wide\"><table>\n";
    if (!s.columns.empty()) {
      out += "<tr>";
      for (size_t c = 0; c < s.columns.size(); ++c)
        out +=
            std::string(is_numeric(kind_of(s, c)) ? "<th class=\"n\">" : "<th>") + html_escape(s.columns[c]) + "</th>";
      out += "</tr>\n";
    }
    for (const auto& row : s.rows) {
      out += "<tr>";
      for (size_t c = 0; c < row.size(); ++c) {
        const bool num = is_numeric(kind_of(s, c));
        const bool key = s.columns.empty() && c == 0;
        out += std::string(key   ? "<th>"
                           : num ? "<td class=\"n\">"
                                 : "<td>") +
               html_escape(shown(s, c, row[c])) + (key ? "</th>" : "</td>");
      }
      out += "</tr>\n";
    }
    out += "</table></div>\n";
  }
  if (!doc.footer.empty()) out += "<p class=\"foot\">" + html_escape(doc.footer) + "</p>\n";
  return out + "</body>\n</html>\n";
}

}  // namespace minipilot

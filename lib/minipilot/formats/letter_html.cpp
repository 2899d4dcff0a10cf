// Decision letters as one HTML page, each letter a printed A4 page.
#include <fmt/format.h>

#include "minipilot/formats/document.h"
#include "minipilot/formats/letter_format.h"

namespace minipilot {

namespace {

void text(std::string& out, std::string_view s) { append_markup_escaped(out, s); }

void element(std::string& out, const char* tag, std::string_view s, const char* cls = nullptr) {
  out += cls ? fmt::format("<{} class=\"{}\">", tag, cls) : fmt::format("<{}>", tag);
  text(out, s);
  out += fmt::format("</{}>\n", tag);
}

constexpr const char* kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.4;color:#111;margin:0;}"
    ".letter{max-width:42em;margin:2em auto;padding:0 1em;}"
    ".head{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #555;}"
    ".city{font-size:16pt;font-weight:bold;margin:0;}.kind{font-weight:bold;text-align:right;margin:0;}"
    "h2{font-size:14pt;margin:1.2em 0 .6em;}h3{font-size:11pt;margin:1.2em 0 .3em;}"
    "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0;}dt{font-weight:bold;}dd{margin:0;}"
    "p{margin:.4em 0;}"
    "@page{size:A4;margin:20mm;}"
    "@media print{.letter{margin:0;max-width:none;padding:0;page-break-after:always;}}";

}  // namespace

std::string render_letters_html(const std::vector<Letter>& letters, std::string_view lang) {
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", lang);
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  if (!letters.empty()) {
    const LetterText first = letter_text(letters.front());
    text(out, first.title + " " + letters.front().number);
  }
  out += fmt::format("</title>\n<style>{}</style>\n</head>\n<body>\n", kStyle);
  for (const Letter& l : letters) {
    const LetterText t = letter_text(l);
    out += "<div class=\"letter\">\n<div class=\"head\">\n<div>\n";
    element(out, "p", t.city, "city");
    if (t.authority != t.city) element(out, "p", t.authority);
    out += "</div>\n<div>\n";
    element(out, "p", t.kind, "kind");
    element(out, "p", t.number_line, "kind");
    out += "</div>\n</div>\n";
    element(out, "h2", t.title);
    out += "<dl>\n";
    for (const auto& [label, value] : t.fields) {
      element(out, "dt", label);
      element(out, "dd", value);
    }
    out += "</dl>\n";
    for (const LetterText::Part& p : t.parts) {
      if (!p.heading.empty()) element(out, "h3", p.heading);
      for (const std::string& para : p.paragraphs) element(out, "p", para);
      if (p.items.empty()) continue;
      out += "<ul>\n";
      for (const std::string& item : p.items) element(out, "li", item);
      out += "</ul>\n";
    }
    out += "</div>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace minipilot

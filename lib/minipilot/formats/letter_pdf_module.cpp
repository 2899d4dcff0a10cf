// The PDF module (minipilot-pdf.so): decision letters as PDF. Pango lays the text out (wrapping, fonts, å ä ö),
// Cairo writes A4 pages with the fonts embedded, into memory. Built on its own and loaded by letter_pdf.cpp.
#include "minipilot/formats/letter_pdf_module.h"

#include <cairo-pdf.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <exception>
#include <memory>
#include <stdexcept>
#include <type_traits>

namespace minipilot {

namespace {

constexpr double kWidth = 595.276, kHeight = 841.89;  // A4 in points
constexpr double kMargin = 51.0;                      // 18 mm
constexpr double kText = kWidth - 2 * kMargin;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string escaped(std::string_view s) {
  std::unique_ptr<gchar, decltype(&g_free)> e(g_markup_escape_text(s.data(), static_cast<gssize>(s.size())), g_free);
  return e.get();
}

// The letter as Pango markup, below its head.
std::string body_markup(const LetterText& t) {
  std::string m = fmt::format("<span size=\"large\" weight=\"bold\">{}</span>\n\n", escaped(t.title));
  for (const auto& [label, value] : t.fields) m += fmt::format("<b>{}:</b> {}\n", escaped(label), escaped(value));
  for (size_t i = 0; i < t.parts.size(); ++i) {
    const LetterText::Part& p = t.parts[i];
    // The rectification instructions, last, in the smaller print such instructions are given in,
    // so that a letter fits its page.
    const bool small = i + 1 == t.parts.size();
    m += small ? "<span size=\"6000\">\n</span>" : "\n";
    if (!p.heading.empty()) m += fmt::format("<b>{}</b>\n", escaped(p.heading));
    for (const std::string& para : p.paragraphs)
      m += small ? fmt::format("<span size=\"8000\">{}</span>\n", escaped(para)) : escaped(para) + "\n";
    for (const std::string& item : p.items) m += "• " + escaped(item) + "\n";
  }
  return m;
}

using Layout = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

Layout layout(cairo_t* cr, const std::string& markup, const char* font, double width) {
  Layout l(pango_cairo_create_layout(cr), g_object_unref);
  std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> f(
      pango_font_description_from_string(font), pango_font_description_free);
  pango_layout_set_font_description(l.get(), f.get());
  pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup(l.get(), markup.c_str(), -1);
  return l;
}

double height(PangoLayout* l) {
  int w = 0, h = 0;
  pango_layout_get_size(l, &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

// Draws the body line by line from `y`, starting a new page where a line would pass the bottom margin:
// page breaks are between lines, never through one.
void draw_lines(cairo_t* cr, PangoLayout* l, double y) {
  PangoLayoutIter* it = pango_layout_get_iter(l);
  double page_top = 0;  // the layout's y at the top of the current page
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    const double top = static_cast<double>(logical.y) / PANGO_SCALE,
                 h = static_cast<double>(logical.height) / PANGO_SCALE;
    if (y + top - page_top + h > kHeight - kMargin) {
      cairo_show_page(cr);
      page_top = top;
      y = kMargin;
    }
    const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
    cairo_move_to(cr, kMargin + static_cast<double>(logical.x) / PANGO_SCALE, y + baseline - page_top);
    pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

std::string render(const std::vector<LetterText>& letters, const std::string& title, const std::string& created) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, kWidth, kHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "minipilot");
  if (!created.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());
  cairo_t* cr = cairo_create(surface);
  for (size_t i = 0; i < letters.size(); ++i) {
    if (i > 0) cairo_show_page(cr);
    const LetterText& t = letters[i];
    cairo_set_source_rgb(cr, 0.07, 0.07, 0.07);
    std::string head = fmt::format("<span size=\"x-large\" weight=\"bold\">{}</span>", escaped(t.city));
    if (t.authority != t.city) head += fmt::format("\n{}", escaped(t.authority));
    const Layout city = layout(cr, head, "DejaVu Sans 10", kText * 0.6);
    cairo_move_to(cr, kMargin, kMargin);
    pango_cairo_show_layout(cr, city.get());
    const Layout kind = layout(cr, fmt::format("<b>{}</b>\n{}", escaped(t.kind), escaped(t.number_line)),
                               "DejaVu Sans 10", kText * 0.4);
    pango_layout_set_alignment(kind.get(), PANGO_ALIGN_RIGHT);
    cairo_move_to(cr, kMargin + kText * 0.6, kMargin);
    pango_cairo_show_layout(cr, kind.get());
    const double rule = kMargin + std::max(height(city.get()), height(kind.get())) + 6;
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, kMargin, rule);
    cairo_line_to(cr, kWidth - kMargin, rule);
    cairo_stroke(cr);
    const Layout body = layout(cr, body_markup(t), "DejaVu Sans 9", kText);
    draw_lines(cr, body.get(), rule + 14);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
  return out;
}

}  // namespace

}  // namespace minipilot

extern "C" __attribute__((visibility("default"))) int minipilot_render_letters_pdf_v1(
    const std::vector<minipilot::LetterText>* letters, const std::string* title, const std::string* created,
    std::string* out, std::string* error) noexcept {
  try {
    try {
      *out = minipilot::render(*letters, *title, *created);
      return 0;
    } catch (const std::exception& e) {
      *error = e.what();
    } catch (...) {
      *error = "unknown error";
    }
  } catch (...) {  // the error text itself could not be stored (no memory): the caller says "no reason"
  }
  return 1;
}
static_assert(std::is_same_v<decltype(minipilot_render_letters_pdf_v1), MinipilotPdfEntry>,
              "the entry point and MinipilotPdfEntry must agree");

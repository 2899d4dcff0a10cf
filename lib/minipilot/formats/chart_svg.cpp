// Charts as inline SVG: horizontal bars or lines over months, each with its legend, in the colours the caller chose.
#include "minipilot/formats/chart_svg.h"

#include <fmt/format.h>

#include <algorithm>

namespace minipilot {

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  append_markup_escaped(out, s);
  return out;
}

// Colours of series that bring none: distinguishable in colour-blind vision and in grey print.
constexpr const char* kPalette[] = {"#1f5f99", "#e08a00", "#5aa469", "#b03a48"};

std::string colour_of(const Chart& chart, size_t i) {
  return i < chart.series.size() && !chart.series[i].colour.empty() ? chart.series[i].colour : kPalette[i % 4];
}

constexpr int kWidth = 480, kLegendRow = 20;

// The legend: a swatch and a name per series, as many to a row as fit.
std::string svg_legend(const Chart& chart, int left, int& height) {
  std::string out;
  int x = left, y = 4;
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const std::string name = fit(chart.series[i].name, 24);
    const int w = 22 + static_cast<int>(display_width(name)) * 7 + 14;
    if (x > left && x + w > kWidth) x = left, y += kLegendRow;
    const bool line = chart.kind == Chart::Kind::lines;
    out += line ? fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\"{}/>", x,
                              y + 6, x + 16, y + 6, colour_of(chart, i),
                              chart.series[i].dashed ? " stroke-dasharray=\"5 3\"" : "")
                : fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>", x, y,
                              colour_of(chart, i));
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x + 20, y + 10, escaped(name));
    x += w;
  }
  height = chart.series.empty() ? 0 : y + kLegendRow;
  return out;
}

std::string svg_open(const Chart& chart, int height) {
  return fmt::format(
      "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "font-size=\"13\" font-family=\"system-ui,sans-serif\">\n<title>{}</title>\n",
      kWidth, height, escaped(chart.title));
}

std::string svg_close(const Chart& chart) {
  return "</svg>\n<figcaption>" + escaped(chart.title) + "</figcaption>\n</figure>\n";
}

std::string svg_bars(const Chart& chart) {
  constexpr int kLabel = 120, kBars = 270, kBar = 16, kGap = 10;
  const size_t n = std::max<size_t>(chart.series.size(), 1);
  int64_t max = 1;
  for (const auto& g : chart.groups)
    for (int64_t v : g.values) max = std::max(max, v);
  int legend = 0;
  const std::string legend_svg = chart.series.size() > 1 ? svg_legend(chart, kLabel, legend) : "";
  const int group_h = static_cast<int>(n) * kBar + kGap;
  const int height = legend + static_cast<int>(chart.groups.size()) * group_h + 4;
  std::string out = svg_open(chart, height) + legend_svg;
  for (size_t g = 0; g < chart.groups.size(); ++g) {
    const Chart::Group& grp = chart.groups[g];
    const int top = legend + static_cast<int>(g) * group_h;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kLabel - 8,
                       top + static_cast<int>(n) * kBar / 2 + 4, escaped(fit(grp.label, 16)));
    for (size_t i = 0; i < grp.values.size(); ++i) {
      const int64_t v = std::max<int64_t>(grp.values[i], 0);
      const int len = static_cast<int>(v * kBars / max);
      const int y = top + static_cast<int>(i) * kBar;
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", kLabel, y,
                         std::max(len, v > 0 ? 1 : 0), kBar - 2, colour_of(chart, i));
      const std::string text = i < grp.texts.size() ? grp.texts[i] : std::to_string(v);
      out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", kLabel + len + 4, y + kBar - 4, escaped(text));
    }
  }
  return out + svg_close(chart);
}

// Lines over the groups in order, on a scale from 0 to `top` with three
// labelled rules; a group's label under its point.
std::string svg_lines(const Chart& chart) {
  constexpr int kLeft = 84, kRight = 16, kPlot = 180, kBottom = 24;
  int64_t top = chart.top;
  for (const auto& g : chart.groups)
    for (int64_t v : g.values) top = std::max(top, v);
  top = std::max<int64_t>(top, 1);
  int legend = 0;
  const std::string legend_svg = svg_legend(chart, kLeft, legend);
  const int plot_top = legend + 8, height = plot_top + kPlot + kBottom;
  std::string out = svg_open(chart, height) + legend_svg;
  const int width = kWidth - kLeft - kRight;
  const auto y_of = [&](int64_t v) {
    return plot_top + kPlot - static_cast<int>(std::max<int64_t>(v, 0) * kPlot / top);
  };
  const size_t n = chart.groups.size();
  const auto x_of = [&](size_t i) {
    return kLeft + (n > 1 ? static_cast<int>(i) * width / static_cast<int>(n - 1) : width / 2);
  };
  for (int r = 0; r <= 2; ++r) {
    const int y = y_of(top * r / 2);
    out +=
        fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#dddddd\"/>", kLeft, y, kLeft + width, y);
    if (static_cast<size_t>(r) < chart.axis.size())
      out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", kLeft - 6, y + 4,
                         escaped(chart.axis[static_cast<size_t>(r)]));
    out += "\n";
  }
  for (size_t g = 0; g < n; ++g)
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x_of(g), plot_top + kPlot + 18,
                       escaped(fit(chart.groups[g].label, 6)));
  for (size_t i = 0; i < chart.series.size(); ++i) {
    std::string points;
    for (size_t g = 0; g < n; ++g)
      if (i < chart.groups[g].values.size())
        points += fmt::format("{}{},{}", points.empty() ? "" : " ", x_of(g), y_of(chart.groups[g].values[i]));
    if (points.empty()) continue;
    // The first line drawn wide and the others narrow over it: where two lines run together
    // (everything committed is paid), both stay in sight.
    const int stroke = chart.series[i].dashed ? 2 : i == 0 ? 7 : 3;
    out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n", points,
                       colour_of(chart, i), stroke, chart.series[i].dashed ? " stroke-dasharray=\"6 4\"" : "");
  }
  return out + svg_close(chart);
}

}  // namespace

std::string svg_chart(const Chart& chart) {
  return chart.kind == Chart::Kind::lines ? svg_lines(chart) : svg_bars(chart);
}

}  // namespace minipilot

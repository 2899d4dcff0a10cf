// A Chart of a Document as inline SVG, for the HTML renderer.
#pragma once

#include <string>

#include "minipilot/formats/document.h"

namespace minipilot {

/// The chart as one <figure> holding an <svg> (its <title> the chart's title)
/// and a <figcaption>: no scripts, nothing fetched.
std::string svg_chart(const Chart& chart);

}  // namespace minipilot

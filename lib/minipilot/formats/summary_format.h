// The summary report as JSON (the stable contract of spec §4) and as a Document for people.
#pragma once

#include <string>

#include "minipilot/domain/summary.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// The JSON document with the keys spec §4 names, money in *_cents.
std::string summary_json(const Summary& s);

/// The same figures for people: euros, status names, days.
Document summary_document(const Summary& s);

}  // namespace minipilot

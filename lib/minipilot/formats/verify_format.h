// The verify report as JSON and as a Document.
#pragma once

#include <string>

#include "minipilot/formats/document.h"
#include "minipilot/domain/verify_report.h"

namespace minipilot {

std::string verify_json(const VerifyReport& r);
Document verify_document(const VerifyReport& r);

}  // namespace minipilot

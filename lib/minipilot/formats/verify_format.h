// The verify report as JSON and as a Document.
#pragma once

#include <string>

#include "minipilot/domain/verify_report.h"
#include "minipilot/formats/document.h"

namespace minipilot {

std::string verify_json(const VerifyReport& r);
Document verify_document(const VerifyReport& r);

}  // namespace minipilot

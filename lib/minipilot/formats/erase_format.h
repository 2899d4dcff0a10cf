// What `applicant erase` and `purge` did, as JSON and as a Document.
#pragma once

#include <string>
#include <vector>

#include "minipilot/domain/erasure.h"
#include "minipilot/formats/document.h"

namespace minipilot {

/// What `applicant erase` did to each record of one person:
/// {"applicants": [{"applicant_id", "pilots", "erased", "payments_erased", "kept"}]}.
std::string erasure_json(const std::vector<Erasure>& person);
Document erasure_document(const std::vector<Erasure>& person);

std::string purge_json(const Purge& p, bool dry_run);
Document purge_document(const Purge& p, bool dry_run);

/// "e-mail address" for "email": what each erased field is, for people.
std::string erased_label(std::string_view field);

}  // namespace minipilot

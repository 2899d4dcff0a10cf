// `lessons list`: this city's completed pilots and other cities' imported lessons, searched together.
#pragma once

#include <vector>

#include "minipilot/domain/chain.h"
#include "minipilot/domain/lessons.h"
#include "minipilot/ops/context.h"

namespace minipilot {

/// The lessons passing `filter`: this city's own (its public catalogue),
/// then the imported ones by city. Throws not_found for a `city` that is
/// neither this one nor one imported.
std::vector<Lesson> list_lessons(const OpContext& ctx, const LessonFilter& filter, ChainHead* head = nullptr);

}  // namespace minipilot

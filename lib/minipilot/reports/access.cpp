// The read check, in the order the commands have always made it: who first, then which area.
#include "minipilot/reports/access.h"

#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

void authorize_read(const OpContext& ctx, const std::string& area) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  if (!area.empty() && !ctx.config.areas.empty() && !ctx.config.find_area(area))
    throw Error(ErrorKind::not_found, trf("no area '{}' in the configuration", area));
}

}  // namespace minipilot

// What every operation is handed: the store, the configuration, who acts, the clock, and where progress goes.
#pragma once

#include "minipilot/config/config.h"
#include "minipilot/core/notices.h"
#include "minipilot/core/progress.h"
#include "minipilot/core/time.h"
#include "minipilot/domain/access.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// The world of one command. Operations read nothing else: no environment,
/// no wall clock, no argv, no storage engine.
struct OpContext {
  Store& store;
  const Config& config;
  const Actor& actor;
  const Clock& clock;
  /// Told how far long work (an import, a batch, verify, purge) has come.
  Progress& progress = no_progress();
  /// Told what the user should know beside the result, after the work is done.
  Notices& notices = no_notices();
};

}  // namespace minipilot

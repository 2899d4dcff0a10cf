// What a backup wrote, read back from the copy itself.
#pragma once

#include <cstdint>
#include <filesystem>

#include "minipilot/domain/chain.h"

namespace minipilot {

/// What the copy holds, read back from the copy itself.
struct BackupReport {
  std::filesystem::path file;
  int64_t pilots = 0;
  int64_t events = 0;
  int64_t bytes = 0;
  ChainHead head;  ///< the copy's last event: compare with the source's when restoring
};

}  // namespace minipilot

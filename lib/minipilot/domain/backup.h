// What a backup wrote, read back from the copy itself.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

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

/// What `migrate-ledger` moved: a ledger file, table for table, into an empty
/// shared ledger, which then verified to the file's chain head.
struct MoveReport {
  std::string file;      ///< the ledger file moved
  std::string database;  ///< "the database X on HOST", never the URL
  int64_t pilots = 0;
  int64_t events = 0;
  int64_t rows = 0;  ///< of every table
  ChainHead head;    ///< the file's, and the shared ledger's after the move
};

}  // namespace minipilot

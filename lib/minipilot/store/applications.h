// Recording applications: the applicant and the pilot rows of `apply`, with the duplicate rule's key.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "minipilot/core/ids.h"
#include "minipilot/store/store.h"
#include "minipilot/validate/application.h"

namespace minipilot {

/// Inserts applications in the caller's write transaction, reusing its
/// prepared statements row after row (an import inserts a million).
class ApplicationWriter {
 public:
  /// Numbers the new pilots of `year` after the last one; each is
  /// submitted at `submitted_at` by `actor`, in the local `month` ("2026-03",
  /// what the summary's months count: the local calendar's, spec §7).
  ApplicationWriter(Store& store, int year, std::string month, std::string submitted_at, std::string actor);
  ~ApplicationWriter();

  /// The live (neither rejected nor withdrawn) pilot with the duplicate key
  /// `match_key`: its id ("" when there is none), and whether this writer
  /// inserted it (an earlier row of the same file).
  struct Live {
    std::string id;
    bool inserted_here = false;
  };
  Live live_pilot_with_key(const std::string& match_key);

  /// Stores the applicant (with `salt` for their payee commitment) and a
  /// submitted pilot with the next id; returns the id (also as text) and the
  /// applicant's number.
  struct Inserted {
    PilotId id;
    std::string text_id;  ///< "MP-2026-0001"
    int64_t applicant_id = 0;
  };
  Inserted insert(const Application& a, const std::string& match_key, const std::string& salt);

 private:
  friend class BulkPilotTally;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Counts the pilots `writer` inserts while the tally lives into the summary
/// tallies in one go at finish(), instead of the per-row trigger (~15 µs a
/// row: 15 s for a million-row import). The writer counts them by area and
/// applicant type as it inserts, so finish() writes a handful of rows and
/// reads no pilot (a GROUP BY over a million new pilots sorted 100 MiB); what
/// the writer inserted before the tally began the trigger counted already.
/// Without finish() the transaction must roll back, which brings the trigger
/// back with everything else.
class BulkPilotTally {
 public:
  BulkPilotTally(Store& store, const ApplicationWriter& writer);
  ~BulkPilotTally();
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace minipilot

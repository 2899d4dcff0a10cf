// Erasing personal data: what an applicant's rows still hold, removing it, and who is due for purge.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "minipilot/core/zone.h"
#include "minipilot/domain/status.h"
#include "minipilot/store/store.h"

namespace minipilot {

/// Everything an erasure decides on about one applicant, read inside its write transaction.
struct ErasureSubject {
  struct Pilot {
    std::string id;
    Status status = Status::submitted;
    bool free_text = false;  ///< description, outcome summary or lessons not empty
  };
  struct Payment {
    std::string batch_id, pilot_id;
    int year = 0;         ///< of the batch's execution date
    bool erased = false;  ///< payee details already gone
  };
  int64_t id = 0;
  bool email = false, phone = false;  ///< which of the applicant's own fields hold a value
  std::vector<std::string> payee;     ///< of name, iban, bic, business_id: those that hold a value
  bool salt = false;
  bool contact_changes = false, payee_changes = false;  ///< amendments still holding values
  std::vector<Pilot> pilots;                            ///< in id order
  std::vector<Payment> payments;                        ///< in batch order, then pilot id
};

/// Reads and erases applicants' data with statements prepared once per
/// command (purge erases hundreds of thousands).
class ErasureStore {
 public:
  explicit ErasureStore(Store& store);
  ~ErasureStore();

  /// What the applicant `id` still holds; Error{not_found} when there is none,
  /// Error{integrity} for a pilot whose status is no status (changed outside minipilot).
  ErasureSubject load(int64_t id);
  /// Empties the e-mail and phone, the pilots' free text and the amendments of contact details.
  void erase_contact_and_free_text(int64_t id);
  /// Empties the payee's name, IBAN, BIC, business ID and salt, the
  /// duplicate key's name part, the other amendments, and the payee details
  /// of every payment to the applicant.
  void erase_payee(int64_t id);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The applicants who still hold personal data, have no open pilot, and
/// whose last payment or (never paid) closing was in `through_year` or
/// before, by number.
/// The years of rejections and withdrawals are those of `zone`'s calendar.
std::vector<int64_t> purge_candidates(Store& store, int through_year, const TimeZone& zone);

/// Erased values must not linger in the file: from now on freed space is
/// overwritten (call before the write transaction starts).
void scrub_erased_space(Store& store);
/// After the commit: drops the older page images from the write-ahead log
/// (best effort: a reader still active keeps its pages).
void scrub_erased_history(Store& store);

}  // namespace minipilot

// SEPA banking days: the TARGET2 calendar on which euro credit transfers are executed.
#pragma once

#include "minipilot/core/time.h"

namespace minipilot {

/// Easter Sunday of the Gregorian year `y` (Meeus/Jones/Butcher): the
/// moving feasts of both calendars are counted from it.
Date easter_sunday(int y);

/// Whether euro transfers are executed on `d`: not Saturday or Sunday, not
/// 1 January, Good Friday, Easter Monday, 1 May, 25 or 26 December.
bool is_banking_day(Date d);

/// The first banking day after `d`: the default execution date of a batch.
Date next_banking_day(Date d);

}  // namespace minipilot

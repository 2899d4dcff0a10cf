// What the bank's reason codes for a rejected or returned transfer mean (ISO 20022 external code sets).
#pragma once

#include <string>
#include <string_view>

namespace minipilot {

/// The meaning of an ISO 20022 status or return reason code (AC01, AM04,
/// MS03, ...) in the output language, as a Finnish bank words it; "" for a
/// code this tool does not know (a bank's own code is shown as it is).
std::string bank_reason_text(std::string_view code);

/// "AC01 Incorrect account number: the bank's text" — what a return records
/// and shows: the code, its meaning and the bank's own words, each where
/// there is one; "the bank gave no reason" when there is none.
std::string bank_reason_summary(std::string_view code, std::string_view bank_text);

}  // namespace minipilot

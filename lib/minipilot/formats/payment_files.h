// The two files of a payment batch: CSV for the spreadsheet or ERP, and SEPA pain.001 XML for the bank (spec §5).
#pragma once

#include <string>
#include <string_view>

#include "minipilot/core/sink.h"
#include "minipilot/domain/batch.h"

namespace minipilot {

/// The batch as CSV in the batch's dialect: header `batch_id, pilot_id,
/// payee_name, iban, bic, amount, currency, execution_date, message`, one
/// row per payment in pilot-id order, amounts with the dialect's decimal
/// separator, dates dd.mm.yyyy, IBANs in print form, CRLF, optional BOM,
/// RFC 4180 quoting, formula-like cells prefixed with "'".
std::string payment_csv(const BatchView& batch);

/// The same, handed to `sink` in pieces of about 64 KiB as it is made.
void write_payment_csv(const BatchView& batch, const Sink& sink);

/// The batch as an ISO 20022 customer credit transfer initiation,
/// `pain.001.001.<version>` ("09" or "03"): one PmtInf, SEPA service level,
/// SLEV, no creditor agent, no postal addresses. Names are cut to 70
/// characters and remittance text to 140, after sepa_text(). UTF-8, no BOM.
/// Throws Error{config} when the batch has no payer.
std::string payment_sepa(const BatchView& batch, std::string_view version);

/// The same, handed to `sink` in pieces of about 64 KiB as it is made. The
/// payer is checked before anything is handed over.
void write_payment_sepa(const BatchView& batch, std::string_view version, const Sink& sink);

/// Text as SEPA files may carry it: Latin-1 letters (å ä ö é ü ...) kept,
/// other letters transliterated (š -> s, ł -> l, œ -> oe), anything else
/// (emoji, other scripts) as "?", control characters as spaces, runs of
/// spaces as one; then cut to `max_chars` characters.
std::string sepa_text(std::string_view text, size_t max_chars);

}  // namespace minipilot

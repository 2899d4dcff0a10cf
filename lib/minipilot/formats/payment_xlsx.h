// A payment batch as an Excel workbook (spec §5): the CSV's rows with typed cells, and the batch's summary.
#pragma once

#include "minipilot/core/sink.h"
#include "minipilot/domain/batch.h"
#include "minipilot/domain/chain.h"

namespace minipilot {

/// The batch as an .xlsx workbook, written by libxlsxwriter and handed to
/// `sink` in pieces. Sheet 1 has the CSV's columns and rows: ids, names,
/// IBANs (print form) and BICs as text, never formulas; amounts as numbers
/// with two decimals; execution dates as dates in the reader's own date
/// format (built-in format 14), so that the workbook opens right in any
/// locale; a bold header row, frozen. Sheet 2 is the batch's summary: id,
/// state, execution date, who made and confirmed it, count, total, and
/// `head`, the chain's head as the batch was recorded. Sheet names and
/// labels are the CSV's English keys in every language. The cells are the
/// same at every export; the zip's bytes need not be. Throws Error{busy}
/// when the temporary file cannot be written.
void write_payment_xlsx(const BatchView& batch, const ChainHead& head, const Sink& sink);

}  // namespace minipilot

// libFuzzer harness: the CSV import reader. It reads any bytes to the end or
// refuses with Error{invalid}; line numbers only grow.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "minipilot/core/error.h"
#include "minipilot/validate/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    minipilot::CsvReader reader(in);
    if (reader.delimiter() != ';' && reader.delimiter() != ',') std::abort();
    minipilot::CsvRecord rec;
    size_t last_line = 0, records = 0;
    while (reader.next(rec)) {
      if (rec.line <= last_line || rec.fields.empty()) std::abort();
      last_line = rec.line;
      if (++records > size + 1) std::abort();  // never more records than bytes
    }
  } catch (const minipilot::Error& e) {
    if (e.kind() != minipilot::ErrorKind::invalid) std::abort();
  }
  return 0;
}

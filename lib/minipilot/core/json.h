// A small streaming JSON writer: keys in the order written, so output is stable by construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace minipilot {

/// Writes one JSON document. Commas and (optionally) indentation are
/// handled here; the caller writes keys and values in its chosen order.
/// Text must be valid UTF-8 (lib/ validates all input before it is stored).
class JsonWriter {
 public:
  /// `indent` spaces per level; 0 writes everything on one line.
  explicit JsonWriter(int indent = 0) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  /// A number already formatted by the caller, such as "3.5".
  JsonWriter& number_text(std::string_view digits);
  /// `value(s)` when `s` is non-empty, else null.
  JsonWriter& string_or_null(std::string_view s);

  /// The document so far (complete once every begin_* has its end_*).
  const std::string& str() const { return out_; }

 private:
  void before_value();
  void newline();
  JsonWriter& close(char bracket);

  std::string out_;
  std::vector<bool> first_;  // one entry per open container: nothing written yet
  bool after_key_ = false;
  int indent_;
};

/// `s` as a JSON string literal with quotes, escaping as RFC 8259 requires.
std::string json_quote(std::string_view s);

}  // namespace minipilot

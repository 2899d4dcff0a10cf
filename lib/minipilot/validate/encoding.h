// The bytes of an import file as UTF-8 text: checked as UTF-8, or converted from Windows-1252 (Excel's "CSV (erotin)").
#pragma once

#include <iconv.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>

#include "minipilot/domain/import.h"

namespace minipilot {

/// A stream buffer that reads another one 64 KiB at a time and hands its
/// bytes on as UTF-8, so that a file of a million rows is checked or
/// converted in one pass with the memory of one chunk.
///
/// `TextEncoding::utf8`: the bytes are passed on as they are, checked as
/// UTF-8 across the whole file. `TextEncoding::cp1252`: they are converted
/// with iconv(3); a file that is valid UTF-8 throughout and not plain ASCII
/// is refused when its end is reached (read as Windows-1252, its letters
/// would be garbled: "Ã¤" for "ä").
///
/// Reading throws Error{invalid} naming the line (1-based, counted by LF):
/// bytes that are not UTF-8 (the hint names --encoding cp1252), a byte that
/// Windows-1252 does not define, or a NUL on the first line (a workbook or
/// a database, not a CSV file).
class DecodingBuf : public std::streambuf {
 public:
  DecodingBuf(std::streambuf& source, TextEncoding encoding);
  DecodingBuf(const DecodingBuf&) = delete;
  DecodingBuf& operator=(const DecodingBuf&) = delete;

 protected:
  int_type underflow() override;

 private:
  // Whether a UTF-8 text may go on with each next byte.
  class Utf8State {
   public:
    bool feed(unsigned char b);
    bool complete() const { return need_ == 0; }

   private:
    int need_ = 0;  // continuation bytes still to come
    unsigned char lo_ = 0x80, hi_ = 0xBF;
  };

  static constexpr size_t kChunk = 1 << 16;
  size_t check_utf8(size_t n);  // the bytes of raw_ before the first invalid one
  void convert(size_t n);       // raw_ to out_, from Windows-1252
  void refuse_binary(size_t n) const;
  uint64_t line_at(size_t offset) const;

  using Iconv = std::unique_ptr<std::remove_pointer_t<iconv_t>, decltype(&iconv_close)>;

  std::streambuf& source_;
  TextEncoding encoding_;
  Iconv from_cp1252_;  // null for UTF-8
  std::array<char, kChunk> raw_;
  std::string out_;    // converted text (cp1252 only)
  uint64_t line_ = 1;  // the line the current chunk starts on
  bool valid_utf8_ = true;
  bool non_ascii_ = false;
  Utf8State utf8_;
};

/// `utf8` written in Windows-1252, or nullopt when it holds a character
/// Windows-1252 cannot write (or is not UTF-8).
std::optional<std::string> to_cp1252(std::string_view utf8);

}  // namespace minipilot

// Checking and converting an import file's bytes chunk by chunk, with iconv(3) for Windows-1252.
#include "minipilot/validate/encoding.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

std::unique_ptr<std::remove_pointer_t<iconv_t>, decltype(&iconv_close)> open_iconv(const char* to, const char* from) {
  const iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw Error(ErrorKind::internal, trf("iconv cannot convert {} to {}: {}", from, to, std::strerror(errno)));
  return {cd, &iconv_close};
}

}  // namespace

bool DecodingBuf::Utf8State::feed(unsigned char b) {
  if (need_ == 0) {
    if (b < 0x80) return true;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    if (b >= 0xC2 && b <= 0xDF) {
      need_ = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need_ = 2;
      lo_ = b == 0xE0 ? 0xA0 : 0x80;
      hi_ = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need_ = 3;
      lo_ = b == 0xF0 ? 0x90 : 0x80;
      hi_ = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    return true;
  }
  if (b < lo_ || b > hi_) return false;
  --need_;
  lo_ = 0x80;
  hi_ = 0xBF;
  return true;
}

DecodingBuf::DecodingBuf(std::streambuf& source, TextEncoding encoding)
    : source_(source), encoding_(encoding), from_cp1252_(nullptr, &iconv_close) {
  if (encoding_ == TextEncoding::cp1252) {
    from_cp1252_ = open_iconv("UTF-8", "CP1252");
    out_.reserve(3 * kChunk);  // "€" is one byte in Windows-1252 and three in UTF-8
  }
}

uint64_t DecodingBuf::line_at(size_t offset) const {
  return line_ + static_cast<uint64_t>(std::count(raw_.data(), raw_.data() + offset, '\n'));
}

size_t DecodingBuf::check_utf8(size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(raw_[i]);
    non_ascii_ |= b >= 0x80;
    if (!utf8_.feed(b)) return i;
  }
  return n;
}

void DecodingBuf::refuse_binary(size_t n) const {
  const char* end = std::find(raw_.data(), raw_.data() + n, '\n');
  if (std::find(raw_.data(), end, '\0') != end)  // a workbook, a database, a picture
    throw Error(ErrorKind::invalid, tr("the first line is not text: this is not a CSV file"),
                tr("save the sheet from the spreadsheet as CSV (UTF-8)"));
}

void DecodingBuf::convert(size_t n) {
  out_.resize(3 * n);
  char* in = raw_.data();
  size_t in_left = n;
  char* out = out_.data();
  size_t out_left = out_.size();
  if (iconv(from_cp1252_.get(), &in, &in_left, &out, &out_left) == static_cast<size_t>(-1))
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: a byte (0x81, 0x8D, 0x8F, 0x90, 0x9D) that Windows-1252 leaves undefined.
                trf("line {}: byte 0x{:02X} is not a Windows-1252 character", line_at(in - raw_.data()),
                    static_cast<unsigned char>(*in)),
                tr("this file is not Windows-1252: save it as 'CSV UTF-8' and leave out --encoding"));
  out_.resize(out_.size() - out_left);
}

DecodingBuf::int_type DecodingBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  const std::streamsize got = source_.sgetn(raw_.data(), kChunk);
  const size_t n = got > 0 ? static_cast<size_t>(got) : 0;
  if (n == 0) {
    if (encoding_ == TextEncoding::utf8 && !utf8_.complete())
      throw Error(ErrorKind::invalid, trf("line {} is not UTF-8 text", line_),
                  tr("Excel's 'CSV (erotin)' files are Windows-1252: give --encoding cp1252"));
    if (encoding_ == TextEncoding::cp1252 && valid_utf8_ && utf8_.complete() && non_ascii_)
      throw Error(ErrorKind::invalid,
                  tr("the file is UTF-8, not Windows-1252: read as cp1252 its letters would be garbled"),
                  tr("leave out --encoding cp1252"));
    return traits_type::eof();
  }
  if (line_ == 1) refuse_binary(n);
  if (encoding_ == TextEncoding::utf8) {
    if (const size_t good = check_utf8(n); good < n)
      throw Error(ErrorKind::invalid, trf("line {} is not UTF-8 text", line_at(good)),
                  tr("Excel's 'CSV (erotin)' files are Windows-1252: give --encoding cp1252"));
    setg(raw_.data(), raw_.data(), raw_.data() + n);
  } else {
    if (valid_utf8_) valid_utf8_ = check_utf8(n) == n;
    convert(n);
    setg(out_.data(), out_.data(), out_.data() + out_.size());
  }
  line_ = line_at(n);
  return traits_type::to_int_type(*gptr());
}

std::optional<std::string> to_cp1252(std::string_view utf8) {
  const auto cd = open_iconv("CP1252", "UTF-8");
  std::string out(utf8.size(), '\0');         // never longer than its UTF-8
  char* in = const_cast<char*>(utf8.data());  // iconv(3) does not write its input
  size_t in_left = utf8.size();
  char* o = out.data();
  size_t out_left = out.size();
  if (iconv(cd.get(), &in, &in_left, &o, &out_left) == static_cast<size_t>(-1)) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace minipilot

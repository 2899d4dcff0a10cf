// SHA-256 through OpenSSL's libcrypto: no hand-written cryptography.
#include "minipilot/domain/chain.h"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <sys/random.h>

#include <algorithm>
#include <cerrno>
#include <memory>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

void field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
}

// The words of `printed` (a report's text of a head) before its first field,
// as the parser reads them: ASCII lower case, ':' as a space, no trailing
// blanks. "Chain head: {}" -> "chain head".
std::string words_before_field(std::string_view printed) {
  std::string out(printed.substr(0, printed.find('{')));
  for (char& c : out) {
    if (c == ':' || c == '\t') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string hex(const unsigned char* bytes, size_t n) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[bytes[i] >> 4];
    out[2 * i + 1] = kHex[bytes[i] & 0xF];
  }
  return out;
}

}  // namespace

// One digest context for the process: creating one per event cost more than
// the hashing itself in a bulk import.
std::string sha256_hex(std::string_view data) {
  // Fetched once: EVP_sha256() makes every EVP_DigestInit_ex fetch it again
  // from the provider store, under a lock (2 % of a million-pilot verify).
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), kSha256, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 || EVP_DigestFinal_ex(ctx.get(), md, &len) != 1)
    throw Error(ErrorKind::internal, tr("SHA-256 failed in libcrypto"));
  constexpr char kHex[] = "0123456789abcdef";
  std::string hex(len * 2, '0');
  for (unsigned int i = 0; i < len; ++i) {
    hex[2 * i] = kHex[md[i] >> 4];
    hex[2 * i + 1] = kHex[md[i] & 0xF];
  }
  return hex;
}

std::string payee_commitment(std::string_view salt, std::string_view name, std::string_view iban,
                             std::string_view bic) {
  std::string data;
  data.reserve(64 + name.size() + iban.size() + bic.size());
  field(data, "payee");
  field(data, salt);
  field(data, name);
  field(data, iban);
  field(data, bic);
  return sha256_hex(data);
}

std::string interest_commitment(std::string_view salt, std::string_view user, std::string_view kind,
                                std::string_view value, std::string_view reason) {
  std::string data;
  data.reserve(64 + user.size() + kind.size() + value.size() + reason.size());
  field(data, "interest");
  field(data, salt);
  field(data, user);
  field(data, kind);
  field(data, value);
  field(data, reason);
  return sha256_hex(data);
}

std::string new_salt() {
  // The kernel's generator (getrandom): libcrypto's RAND_bytes seeds its own DRBG
  // on first use, 8 million instructions (2 ms) of every one-line `apply`.
  // Drawn 4 KiB at a time, not 16 bytes (one system call per 256 salts, not
  // per imported row); the bytes are used once each and never kept.
  // A forked child empties its pool, so that it never repeats its parent's salts.
  constexpr size_t kSalt = 16;
  thread_local unsigned char pool[4096];
  thread_local size_t left = 0;
  static const int kForkGuard = ::pthread_atfork(nullptr, nullptr, [] { left = 0; });
  (void)kForkGuard;
  if (left < kSalt) {
    size_t got = 0;
    while (got < sizeof pool) {
      const ssize_t n = ::getrandom(pool + got, sizeof pool - got, 0);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw Error(ErrorKind::internal, tr("no random bytes from the kernel (getrandom)"));
      got += static_cast<size_t>(n);
    }
    left = sizeof pool;
  }
  unsigned char* bytes = pool + sizeof pool - left;
  std::string out = hex(bytes, kSalt);
  std::fill(bytes, bytes + kSalt, 0);
  left -= kSalt;
  return out;
}

std::string event_hash(std::string_view prev_hash, int64_t seq, std::string_view at, std::string_view actor,
                       std::string_view action, std::string_view pilot_id, std::string_view detail) {
  std::string data;
  data.reserve(96 + at.size() + actor.size() + action.size() + pilot_id.size() + detail.size());
  field(data, prev_hash);
  field(data, std::to_string(seq));
  field(data, at);
  field(data, actor);
  field(data, action);
  field(data, pilot_id);
  field(data, detail);
  return sha256_hex(data);
}

Checked<ChainHead> parse_chain_head(std::string_view text) {
  using R = Checked<ChainHead>;
  const auto bad = [] {
    return R::bad(
        tr("a chain head is written as SEQ:HASH (184:034653ec...) or as reports print it "
           "(event 184 034653ec...), with the whole 64-digit hash"));
  };
  std::string t(text);
  for (char& c : t) {
    if (c == ':' || c == '\t') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  // As a report's footer prints it ("Chain head: event 184 ..."), or its table
  // ("event 184 ..."), in English, in Finnish or in the chosen language
  // (formats/chain_format.h): a head saved from a Finnish report is checked
  // by an English run too.
  for (const std::string& label :
       {std::string("chain head"), std::string("ketjun pää"), words_before_field(tr("Chain head: {}"))})
    if (!label.empty() && t.rfind(label + " ", 0) == 0) {
      t.erase(0, t.find_first_not_of(' ', label.size() + 1));
      break;
    }
  for (const std::string& word :
       {std::string("event"), std::string("tapahtuma"), words_before_field(tr("event {} {}"))})
    if (!word.empty() && t.rfind(word + " ", 0) == 0) {
      t.erase(0, word.size() + 1);
      break;
    }
  const size_t space = t.find(' '), start = t.find_first_not_of(' ', space);
  if (space == std::string::npos || space == 0 || space > 18 || start == std::string::npos) return bad();
  const std::string seq = t.substr(0, space);
  std::string hash = t.substr(start);
  while (!hash.empty() && (hash.back() == ' ' || hash.back() == '\n' || hash.back() == '\r')) hash.pop_back();
  if (seq.find_first_not_of("0123456789") != std::string::npos) return bad();
  for (const char c : hash)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return bad();
  if (hash.size() != kGenesisHash.size())
    return R::bad(trf("the hash of a chain head has 64 hex digits, not {}: give it whole, as printed", hash.size()));
  return R::good(ChainHead{std::stoll(seq), hash});
}

}  // namespace minipilot

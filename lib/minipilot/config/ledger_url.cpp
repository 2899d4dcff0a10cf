// The checks of a PostgreSQL URL that libpq would accept but a city's ledger must not: a password in it, no database.
#include "minipilot/config/ledger_url.h"

#include "minipilot/core/i18n.h"

namespace minipilot {

namespace {

constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};

// A parameter's name as libpq reads it: percent-decoded ("pass%77ord" is "password").
std::string decoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto hex = [](char c) {
      return c >= '0' && c <= '9'   ? c - '0'
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                    : -1;
    };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// "password=..." among the URL's parameters (libpq's keywords are lower case, and percent-decoded).
bool has_parameter(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    if (decoded(param.substr(0, param.find('='))) == name) return true;
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return false;
}

}  // namespace

bool is_ledger_url(std::string_view db) {
  for (std::string_view s : kSchemes)
    if (db.substr(0, s.size()) == s) return true;
  return false;
}

std::optional<std::string> ledger_url_problem(std::string_view url) {
  if (!is_ledger_url(url)) return tr("a shared ledger's URL begins with postgresql://");
  const std::string_view rest = url.substr(url.find("://") + 3);
  for (unsigned char ch : url)
    if (ch <= ' ' || ch == 0x7f) return tr("a URL has no spaces or control characters (write a space as %20)");
  const size_t query_at = rest.find('?');
  const std::string_view query = query_at == std::string_view::npos ? std::string_view{} : rest.substr(query_at + 1);
  const std::string_view before_query = rest.substr(0, query_at);
  const size_t slash = before_query.find('/');
  const std::string_view authority = before_query.substr(0, slash);
  const std::string_view database =
      slash == std::string_view::npos ? std::string_view{} : before_query.substr(slash + 1);
  const size_t at = authority.rfind('@');
  const bool password_in_userinfo =
      at != std::string_view::npos && authority.substr(0, at).find(':') != std::string_view::npos;
  if (password_in_userinfo || has_parameter(query, "password"))
    return tr(
        "the URL must not hold a password: give it in ~/.pgpass, in the file PGPASSFILE names, or in "
        "PGPASSWORD");
  if (database.empty() && !has_parameter(query, "dbname"))
    return tr("the URL must name the database, as in postgresql://minipilot@db.example/minipilot");
  return std::nullopt;
}

}  // namespace minipilot

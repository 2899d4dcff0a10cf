// What several commands read alike: ids from arguments and standard input, numbers, dates.
#include <fmt/format.h>

#include <istream>

#include "cmd/commands.h"
#include "minipilot/validate/text.h"

namespace minipilot::cli {

CLI::Validator decimal_number() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        // A sign is left for the option's own range check ("participants must be from 0 ...").
        const size_t digits = !s.empty() && s[0] == '-' ? 1 : 0;
        if (s.size() == digits || s.find_first_not_of("0123456789", digits) != std::string::npos)
          // TRANSLATORS: CLI11 puts the option before it: "--limit: 'abc' is not a whole number ..."
          return trf("'{}' is not a whole number written in digits, such as 12", s);
        s.erase(digits, std::min(s.find_first_not_of('0', digits), s.size() - 1) - digits);
        return "";
      },
      "NUMBER");
}

std::string search_option(const std::string& text, const char* option) {
  if (text.empty()) return text;
  const Checked<std::string> t = check_search(text, option);
  if (!t.ok()) throw Error(ErrorKind::invalid, t.error);
  return t.value;
}

std::string tag_option(const std::string& text) {
  if (text.empty()) return text;
  const Checked<std::string> tag = check_one_tag(text);
  if (!tag.ok()) throw Error(ErrorKind::invalid, tag.error, tr("give one theme; the pilots with it are listed"));
  return tag.value;
}

std::optional<Date> date_option(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  const Checked<Date> d = parse_date(text);
  if (!d.ok()) throw Error(ErrorKind::invalid, fmt::format("{}: {}", option, d.error));
  return d.value;
}

void check_period(const std::string& from_text, const std::optional<Date>& from, const std::string& to_text,
                  const std::optional<Date>& to) {
  if (from && to && *to < *from) throw Error(ErrorKind::invalid, trf("--from {} is after --to {}", from_text, to_text));
}

std::vector<std::string> expand_ids(const std::vector<std::string>& args, std::istream& in) {
  std::vector<std::string> ids;
  for (const std::string& a : args) {
    if (a != "-") {
      ids.push_back(a);
      continue;
    }
    for (std::string token; in >> token;) ids.push_back(token);
  }
  return ids;
}

}  // namespace minipilot::cli

// Header mapping for imports: once per file, so that each row is only split and assigned.
#include "minipilot/validate/header.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"
#include "minipilot/validate/application.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The Finnish header names of the fields, as the city's own forms write them.
struct FinnishName {
  std::string_view name;
  std::string_view field;
};
constexpr std::array<FinnishName, 12> kFinnishNames{{{"otsikko", "title"},
                                                     {"hakija", "applicant"},
                                                     {"tyyppi", "type"},
                                                     {"alue", "area"},
                                                     {"tilinumero", "iban"},
                                                     {"sähköposti", "email"},
                                                     {"puhelin", "phone"},
                                                     {"y-tunnus", "business_id"},
                                                     {"kuvaus", "description"},
                                                     {"alkaa", "start"},
                                                     {"päättyy", "end"},
                                                     {"maksun saaja", "payee_name"}}};

// The field a header cell names in English or Finnish; "" for none.
std::string_view field_named(const std::string& key) {
  for (std::string_view f : kApplicationFields)
    if (key == f) return f;
  for (const FinnishName& n : kFinnishNames)
    if (key == column_key(n.name)) return n.field;
  return {};
}

std::string field_list() { return fmt::format("{}", fmt::join(kApplicationFields, ", ")); }

std::string quoted_list(const std::vector<std::string>& cells) {
  std::string out;
  for (const std::string& c : cells) out += (out.empty() ? "'" : ", '") + c + "'";
  return out;
}

// The known names nearest to each unknown column, for the refusal.
Error unknown_columns(const std::vector<std::string>& cells) {
  std::vector<std::string> names(kApplicationFields.begin(), kApplicationFields.end()), keys = names;
  for (const FinnishName& n : kFinnishNames) {
    names.emplace_back(n.name);
    keys.push_back(column_key(n.name));
  }
  std::string list;
  for (const std::string& cell : cells) {
    if (!list.empty()) list += ", ";
    const std::string near = nearest(column_key(cell), keys);
    const auto at = std::find(keys.begin(), keys.end(), near) - keys.begin();
    // TRANSLATORS: an unknown column of a CSV header and the known column name nearest to it.
    list += near.empty() ? fmt::format("'{}'", cell) : trf("'{}' (did you mean '{}'?)", cell, names[at]);
  }
  return Error(ErrorKind::invalid,
               trnf("unknown column in the header: {}", "unknown columns in the header: {}", cells.size(), list),
               // TRANSLATORS: {} is the list of the CSV column names (not translated).
               trf("name a field's column with --map FIELD=COLUMN, or skip the others with --ignore-unknown; "
                   "the fields are: {}",
                   field_list()));
}

Error bad_map(const std::string& given, std::string message) {
  // TRANSLATORS: the --map value given, then what is wrong with it: "--map title: give a field and a column".
  return Error(ErrorKind::usage, trf("--map {}: {}", given, message),
               // TRANSLATORS: {} is the list of the field names (not translated); "Sähköpostiosoite" is a column
               // of a sheet.
               trf("give --map FIELD=COLUMN, as --map email=Sähköpostiosoite; the fields are: {}", field_list()));
}

}  // namespace

std::string column_key(std::string_view cell) {
  std::string key = fold_for_match(cell);
  for (char& c : key)
    if (c == ' ' || c == '-') c = '_';
  return key;
}

std::vector<ColumnMap> parse_column_maps(const std::vector<std::string>& given) {
  std::vector<ColumnMap> maps;
  for (const std::string& g : given) {
    const size_t eq = g.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == g.size()) throw bad_map(g, tr("give a field and a column"));
    const std::string field = column_key(g.substr(0, eq));
    const auto it = std::find(kApplicationFields.begin(), kApplicationFields.end(), field);
    if (it == kApplicationFields.end()) throw bad_map(g, trf("there is no field '{}'", g.substr(0, eq)));
    ColumnMap m{*it, g.substr(eq + 1)};
    for (const ColumnMap& other : maps) {
      if (other.field == m.field) throw bad_map(g, trf("the field {} is mapped twice", m.field));
      if (column_key(other.column) == column_key(m.column))
        throw bad_map(g, trf("the column '{}' is mapped twice", m.column));
    }
    maps.push_back(std::move(m));
  }
  return maps;
}

HeaderMap map_header(const std::vector<std::string>& header, const HeaderRules& rules) {
  std::vector<std::string> keys;
  for (const std::string& cell : header) keys.push_back(column_key(cell));
  HeaderMap out;
  out.fields.resize(header.size());
  for (const ColumnMap& m : rules.maps) {
    const auto it = std::find(keys.begin(), keys.end(), column_key(m.column));
    if (it == keys.end())
      throw Error(ErrorKind::invalid, trf("--map {}={}: the header has no column '{}'", m.field, m.column, m.column),
                  trf("the header's columns are: {}", quoted_list(header)));
    out.fields[it - keys.begin()] = m.field;
  }
  const auto mapped = [&](std::string_view field) {
    return std::any_of(rules.maps.begin(), rules.maps.end(), [&](const ColumnMap& m) { return m.field == field; });
  };
  std::vector<std::string> unknown;
  for (size_t i = 0; i < header.size(); ++i) {
    if (!out.fields[i].empty()) continue;
    if (keys[i] == "line" || keys[i] == "error") {
      out.reported.push_back(i);
      continue;
    }
    // A column named as a field that --map takes from another column is not that field.
    const std::string_view field = field_named(keys[i]);
    if (!field.empty() && !mapped(field))
      out.fields[i] = field;
    else if (!rules.ignore_unknown)
      unknown.push_back(header[i]);
  }
  if (!unknown.empty()) throw unknown_columns(unknown);
  for (size_t i = 0; i < header.size(); ++i)
    for (size_t j = i + 1; j < header.size(); ++j)
      if (!out.fields[i].empty() && out.fields[i] == out.fields[j])
        throw Error(ErrorKind::invalid,
                    // TRANSLATORS: two columns of a CSV header, then a field name (not translated).
                    trf("columns '{}' and '{}' both give the field {}", header[i], header[j], out.fields[i]),
                    tr("leave one of them out of the file, or choose one with --map FIELD=COLUMN"));
  for (std::string_view required : {"title", "applicant", "type"})
    if (std::find(out.fields.begin(), out.fields.end(), required) == out.fields.end())
      throw Error(ErrorKind::invalid, trf("the header has no '{}' column", required),
                  // TRANSLATORS: {} is the list of the CSV column names (not translated).
                  trf("the first row names the columns: {}", field_list()));
  return out;
}

}  // namespace minipilot

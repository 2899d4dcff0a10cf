// Tests of validate/header: English and Finnish header names, --map, skipped and unknown columns.
#include "minipilot/validate/header.h"

#include <doctest/doctest.h>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {

using Cells = std::vector<std::string>;
using Fields = std::vector<std::string_view>;

// The message of the Error that `f` throws, with its kind; "" when it throws none.
template <class F>
std::pair<ErrorKind, std::string> refused(F f) {
  try {
    f();
  } catch (const Error& e) {
    return {e.kind(), std::string(e.what()) + " / " + e.hint()};
  }
  return {ErrorKind::internal, ""};
}

}  // namespace

TEST_CASE("header: a cell is compared trimmed, in any case, with spaces, hyphens and underscores alike") {
  CHECK(column_key("  Maksun-Saaja ") == "maksun_saaja");
  CHECK(column_key("SÄHKÖPOSTI") == "sähköposti");
  CHECK(column_key("Business ID") == "business_id");
  CHECK(column_key("y_tunnus") == column_key("Y-TUNNUS"));
}

TEST_CASE("header: Finnish and English names give the same fields") {
  const HeaderMap fi = map_header(Cells{"Otsikko", "HAKIJA", "tyyppi", "Alue", "Tilinumero", "BIC", "Sähköposti",
                                        "Puhelin", "Y-tunnus", "Kuvaus", "Alkaa", "Päättyy", "Maksun saaja"},
                                  {});
  const HeaderMap en = map_header(Cells{"title", "Applicant", "TYPE", "area", "iban", "bic", "email", "phone",
                                        "business_id", "description", "start", "end", "payee name"},
                                  {});
  CHECK(fi.fields == en.fields);
  CHECK(fi.fields == Fields{"title", "applicant", "type", "area", "iban", "bic", "email", "phone", "business_id",
                            "description", "start", "end", "payee_name"});
}

TEST_CASE("header: line and error of a rejects file are skipped and reported, whatever their case") {
  const HeaderMap m = map_header(Cells{"title", "LINE", "applicant", "type", "Error"}, {});
  CHECK(m.fields == Fields{"title", "", "applicant", "type", ""});
  CHECK(m.reported == std::vector<size_t>{1, 4});
}

TEST_CASE("header: every unknown column is refused, with the nearest name, unless unknown columns are ignored") {
  const Cells header{"Aikaleima", "otsikko", "hakija", "tyyppi", "Sähköposi"};
  const auto [kind, text] = refused([&] { map_header(header, {}); });
  CHECK(kind == ErrorKind::invalid);
  CHECK(text.find("unknown columns in the header: 'Aikaleima', 'Sähköposi' (did you mean 'sähköposti'?)") == 0);
  CHECK(text.find("--ignore-unknown") != std::string::npos);
  CHECK(map_header(header, {{}, true}).fields == Fields{"", "title", "applicant", "type", ""});
}

TEST_CASE("header: --map names a column as the file writes it, compared as other names are") {
  const HeaderRules rules{parse_column_maps({"applicant=Nimi", "email=sähköpostiosoite"}), false};
  CHECK(map_header(Cells{"Otsikko", " NIMI", "Tyyppi", "Sähköpostiosoite"}, rules).fields ==
        Fields{"title", "applicant", "type", "email"});
  // The column --map takes a field from wins over one named as that field.
  CHECK(refused([] {
          map_header(Cells{"title", "Nimi", "applicant", "type"}, {{{"applicant", "Nimi"}}, false});
        }).second.find("unknown column in the header: 'applicant'") == 0);
  const auto [kind, text] = refused([&] { map_header(Cells{"title", "Hakija", "type"}, rules); });
  CHECK(kind == ErrorKind::invalid);
  CHECK(text ==
        "--map applicant=Nimi: the header has no column 'Nimi' / the header's columns are: 'title', "
        "'Hakija', 'type'");
}

TEST_CASE("header: two columns for one field and a missing required column are refused") {
  CHECK(refused([] {
          map_header(Cells{"title", "Otsikko", "applicant", "type"}, {});
        }).second.find("columns 'title' and 'Otsikko' both give the field title") == 0);
  CHECK(refused([] {
          map_header(Cells{"title", "applicant"}, {});
        }).second.find("the header has no 'type' column") == 0);
}

TEST_CASE("header: a malformed or repeated --map is a usage error") {
  for (const char* bad : {"title", "=x", "title=", "colour=Väri"})
    CHECK(refused([&] { parse_column_maps({bad}); }).first == ErrorKind::usage);
  CHECK(refused([] {
          parse_column_maps({"title=A", "title=B"});
        }).second.find("the field title is mapped twice") != std::string::npos);
  CHECK(refused([] {
          parse_column_maps({"title=A", "applicant=a"});
        }).second.find("the column 'a' is mapped twice") != std::string::npos);
  CHECK(parse_column_maps({"Business-ID=Y-tunnus"}).front().field == "business_id");
}

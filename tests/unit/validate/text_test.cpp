// Tests of validate/text: UTF-8, control characters, lengths, e-mail, phone, matching.
#include "minipilot/validate/text.h"

#include <doctest/doctest.h>

using namespace minipilot;

TEST_CASE("text: trims, keeps å ä ö, and counts characters not bytes") {
  const auto r = check_text("  Äänekosken kylätalo  ", "title", 20, Lines::single);
  REQUIRE(r.ok());
  CHECK(r.value == "Äänekosken kylätalo");
  CHECK(utf8_length("ääää") == 4);
  CHECK(check_text("ääää", "title", 4, Lines::single).ok());
  CHECK(check_text("äääää", "title", 4, Lines::single).error == "title is longer than 4 characters (5)");
}

TEST_CASE("text: refuses invalid UTF-8, overlong forms and surrogates") {
  CHECK_FALSE(check_text("caf\xE9", "title", 100, Lines::single).ok());
  CHECK_FALSE(check_text("\xC0\xAF", "title", 100, Lines::single).ok());
  CHECK_FALSE(check_text("\xED\xA0\x80", "title", 100, Lines::single).ok());
  CHECK_FALSE(utf8_length("\xF4\x90\x80\x80"));
  CHECK(utf8_length("🚲") == 1);
}

TEST_CASE("text: a single-line field refuses line breaks - a multi-line one keeps them as LF") {
  CHECK(check_text("a\nb", "title", 100, Lines::single).error == "title must be on one line");
  CHECK(check_text("a\r\nb", "description", 100, Lines::multi).value == "a\nb");
  CHECK_FALSE(check_text("a\x07"
                         "b",
                         "description", 100, Lines::multi)
                  .ok());
  CHECK_FALSE(check_text("a\x1b[31m", "title", 100, Lines::single).ok());
}

TEST_CASE("text: a required field refuses empty and blank values") {
  CHECK(check_required_text("   ", "title", 10, Lines::single).error == "title is required");
}

TEST_CASE("text: matching folds case (ASCII and Å Ä Ö) and white space") {
  CHECK(fold_for_match("  ÄÄNEKOSKEN   Kylä  ") == fold_for_match("äänekosken kylä"));
  CHECK(fold_for_match("Åbo") == "åbo");
  CHECK(fold_for_match("a b") != fold_for_match("ab"));
}

TEST_CASE("email: accepts plain addresses and refuses what cannot be one") {
  CHECK(check_email(" matti@example.fi ").value == "matti@example.fi");
  for (const char* bad :
       {"matti", "@example.fi", "matti@", "matti@example", "a@b@c.fi", "matti meik@example.fi", "matti@example.fi."}) {
    CAPTURE(bad);
    CHECK_FALSE(check_email(bad).ok());
  }
}

TEST_CASE("phone: digits with + spaces hyphens and parentheses, 5 to 15 digits") {
  CHECK(check_phone("+358 40 123 4567").ok());
  CHECK(check_phone("(03) 621 2111").ok());
  CHECK_FALSE(check_phone("1234").ok());
  CHECK_FALSE(check_phone("040-ABC").ok());
  CHECK_FALSE(check_phone("+358 40 123 4567 8901 234").ok());
  CHECK_FALSE(check_phone("12+345678").ok());
}

TEST_CASE(
    "text: Unicode spaces are spaces - a title of no-break spaces is blank, and NBSP does not dodge the duplicate rule "
    "(issue 11)") {
  CHECK(check_text("Idea\u00a01", "title", 200, Lines::single).value == "Idea 1");
  CHECK(check_required_text("\u00a0\u2003\u3000", "title", 200, Lines::single).error == "title is required");
  CHECK(check_text("a\u2028b", "title", 200, Lines::single).error == "title must be on one line");
  CHECK(check_text("a\u2028b", "lessons", 4000, Lines::multi).value == "a\nb");
}

TEST_CASE("text: invisible and direction-changing characters are refused, naming the code point (issue 11)") {
  for (const char* bad : {"\u200b\u200b", "Matti\u202eenin", "\xEF\xBB\xBFMatti", "Ma\u2066tti", "Ma\u00adtti"}) {
    CAPTURE(bad);
    const auto r = check_text(bad, "applicant", 200, Lines::single);
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("invisible or direction-changing character (U+") != std::string::npos);
  }
  CHECK(check_text("Zoë Šťastná 🚲 Łukasz", "applicant", 200, Lines::single).ok());
}

TEST_CASE("visible: bad bytes, controls and invisible characters are shown, and a long text is cut with a count") {
  CHECK(visible("ok ää", 100) == "ok ää");
  CHECK(visible("a\xff"
                "b",
                100) == "a\\xFFb");
  CHECK(visible("\xEF\xBB\xBFMP-2026-0001", 100) == "<U+FEFF>MP-2026-0001");
  CHECK(visible("a\tb\nc", 100) == "a\\x09b\nc");
  CHECK(visible(std::string(5000, 'x'), 10) == std::string(10, 'x') + "… (4990 more bytes)");
}

TEST_CASE("text: themes are split at commas, trimmed, folded, kept once in order, and bounded (issue 17)") {
  const auto tags = [](std::string_view t) { return check_tags(t); };
  CHECK(tags(" Liikunta, KIRJASTO ,liikunta").value == std::vector<std::string>{"liikunta", "kirjasto"});
  CHECK(tags("Äänet").value == std::vector<std::string>{"äänet"});
  CHECK(tags("lasten  liikunta").value == std::vector<std::string>{"lasten liikunta"});  // one space inside
  CHECK_FALSE(tags("").ok());
  CHECK_FALSE(tags("a,,b").ok());
  CHECK_FALSE(tags("a,").ok());
  CHECK_FALSE(tags("a\nb").ok());
  CHECK(tags(std::string(40, 'x')).ok());
  CHECK_FALSE(tags(std::string(41, 'x')).ok());
  CHECK(tags("1,2,3,4,5,6,7,8,9,10").ok());
  CHECK_FALSE(tags("1,2,3,4,5,6,7,8,9,10,11").ok());
  CHECK(tags("1,2,3,4,5,6,7,8,9,10,1").ok());  // a repeat is no eleventh theme
}

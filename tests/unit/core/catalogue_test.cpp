// Every translation of po/*.po has the fields of its English text: a "{}" lost or added would show the wrong value.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

// The C string of a PO line `keyword "text"` (or a continuation `"text"`), unescaped.
std::string po_string(const std::string& line) {
  const size_t open = line.find('"');
  const size_t close = line.rfind('"');
  std::string out;
  for (size_t i = open + 1; i < close; ++i) {
    if (line[i] == '\\' && i + 1 < close) {
      const char c = line[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += line[i];
    }
  }
  return out;
}

struct Entry {
  std::string msgid, plural;
  std::vector<std::string> msgstr;
  int line = 0;
};

std::vector<Entry> read_po(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<Entry> out;
  Entry e;
  std::string* target = nullptr;
  std::string line;
  int n = 0;
  const auto flush = [&] {
    if (!e.msgid.empty()) out.push_back(e);
    e = Entry{};
    target = nullptr;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("#~", 0) == 0) continue;  // obsolete
    if (line.rfind("msgid ", 0) == 0) {
      flush();
      e.line = n;
      e.msgid = po_string(line);
      target = &e.msgid;
    } else if (line.rfind("msgid_plural ", 0) == 0) {
      e.plural = po_string(line);
      target = &e.plural;
    } else if (line.rfind("msgstr", 0) == 0) {
      e.msgstr.push_back(po_string(line));
      target = &e.msgstr.back();
    } else if (!line.empty() && line[0] == '"' && target) {
      *target += po_string(line);
    }
  }
  flush();
  return out;
}

// How many replacement fields ("{}", "{0}", "{:>8}") a fmt string has; "{{" is a brace.
int fields(const std::string& s) {
  int count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{') {
      if (i + 1 < s.size() && s[i + 1] == '{') {
        ++i;
        continue;
      }
      ++count;
    }
  }
  return count;
}

}  // namespace

TEST_CASE("catalogue: every Finnish translation keeps the fields of its English text") {
  const std::filesystem::path po = std::filesystem::path(MINIPILOT_SOURCE_DIR) / "po" / "fi.po";
  const std::vector<Entry> entries = read_po(po);
  REQUIRE(entries.size() > 100);
  for (const Entry& e : entries) {
    CAPTURE(e.line);
    CAPTURE(e.msgid);
    for (const std::string& s : e.msgstr) {
      CHECK_FALSE(s.empty());
      // A plural's forms may leave out the count ("yksi pilotti"), never add a field.
      if (e.plural.empty()) CHECK(fields(s) == fields(e.msgid));
      else CHECK(fields(s) <= fields(e.plural));
    }
  }
}

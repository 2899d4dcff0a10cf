// Writes N synthetic, valid applications as CSV (fixed seed): Finnish names and areas, valid IBANs.
// Usage: gen_applications N [SEED] > applications.csv
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr std::array<const char*, 12> kFirst{"Matti", "Maija", "Aino",  "Eero",   "Liisa", "Juha",
                                             "Sanna", "Ville", "Pirjo", "Tuomas", "Äijä",  "Öljy"};
constexpr std::array<const char*, 10> kLast{"Meikäläinen", "Virtanen", "Korhonen", "Nieminen",  "Mäkinen",
                                            "Hämäläinen",  "Järvinen", "Koskinen", "Heikkinen", "Lehtonen"};
constexpr std::array<const char*, 8> kIdeas{"Kirjastoauto", "Pyöräkorjaamo", "Digitupa",   "Ruokajääkaappi",
                                            "Luontopolku",  "Kylätalo",      "Talviuinti", "Lukupiiri"};
constexpr std::array<const char*, 2> kAreas{"keskusta", "hattula-tie"};

uint64_t state = 0;
uint64_t next() {  // splitmix64: the same sequence for the same seed everywhere
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// A Finnish IBAN for a random 14-digit BBAN, with its mod-97 check digits.
std::string iban() {
  std::string bban;
  for (int i = 0; i < 14; ++i) bban += static_cast<char>('0' + next() % 10);
  int rem = 0;
  for (char c : bban + "151800") rem = (rem * 10 + (c - '0')) % 97;  // "FI00" -> 15 18 0 0
  const int check = 98 - rem;
  return (check < 10 ? "FI0" : "FI") + std::to_string(check) + bban;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_applications N [SEED]\n");
    return 2;
  }
  const long n = std::strtol(argv[1], nullptr, 10);
  state = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 2026;
  std::printf("title;applicant;type;area;iban;email\n");
  for (long i = 1; i <= n; ++i) {
    const char* first = kFirst[next() % kFirst.size()];
    const char* last = kLast[next() % kLast.size()];
    std::printf("%s %ld;%s %s %ld;resident;%s;%s;hakija%ld@example.fi\n", kIdeas[next() % kIdeas.size()], i, first,
                last, i, kAreas[next() % kAreas.size()], iban().c_str(), i);
  }
  return 0;
}

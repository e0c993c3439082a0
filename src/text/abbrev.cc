#include "text/abbrev.h"

#include <algorithm>
#include <array>

namespace detente::text {
namespace {

// Case-sensitive: the forms as they are written before their period.
// Titles and forms that introduce a name.
constexpr std::string_view kTitles[] = {
    "Adm", "Amb", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr",
    "Drs", "Fr", "Gen", "Gens", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mme", "Mmes",
    "Mlle", "Mr", "Mrs", "Ms", "Msgr", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Sr", "St", "Supt", "Ste", "Mt", "Ft", "Sec", "Gov't"};
// Months and weekdays.
constexpr std::string_view kDates[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri"};
// Company, place and other forms that may end a sentence.
constexpr std::string_view kOther[] = {
    "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Assn", "Dept",
    "Univ", "Govt", "Ave", "Blvd", "Rd", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
    "Fla", "Ga", "Ky", "Kan", "Kans", "La", "Md", "Mich", "Minn", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "Ore", "Calif",
    "etc", "vs", "al", "approx", "esp", "cf", "viz", "Vol", "vol", "est", "Est", "Tel",
    "tel", "ext", "Ext", "Op", "Dept", "dept", "Nos", "mos", "yrs", "hrs", "mins",
    "min", "max", "incl", "Ph", "Mfg", "Intl", "Natl", "Dist", "Sq", "Ct", "Pl", "Mgr", "Sts", "Pvt", "PVT", "LTD", "INC", "CORP", "Bldg", "Hwy", "Pkwy"};
// Only before a number: "No. 1", "Art. 5", "pp. 12", "Fig. 3".
constexpr std::string_view kBeforeNumber[] = {
    "No", "no", "Nos", "Art", "art", "pp", "p", "Fig", "fig", "Figs",
    "Ch", "ch", "Sec", "sec", "Vol", "vol", "Nr", "Rs", "Ref", "ref", "Para", "para"};

// All lists in one small open-addressing set, built once.
struct Set {
  static constexpr size_t kSize = 1024;
  std::string_view slot[kSize];
  uint8_t kind[kSize] = {};  // bit 0 title/date, bit 1 other, bit 2 before-number
  static size_t h(std::string_view w) {
    size_t x = 5381;
    for (char c : w) x = x * 33 + static_cast<unsigned char>(c);
    return x & (kSize - 1);
  }
  void add(std::string_view w, uint8_t k) {
    size_t i = h(w);
    while (!slot[i].empty() && slot[i] != w) i = (i + 1) & (kSize - 1);
    slot[i] = w;
    kind[i] |= k;
  }
  uint8_t find(std::string_view w) const {
    for (size_t i = h(w);; i = (i + 1) & (kSize - 1)) {
      if (slot[i].empty()) return 0;
      if (slot[i] == w) return kind[i];
    }
  }
};

const Set& set() {
  static const Set s = [] {
    Set s;
    for (auto w : kTitles) s.add(w, 1);
    for (auto w : kDates) s.add(w, 1);
    for (auto w : kOther) s.add(w, 2);
    for (auto w : kBeforeNumber) s.add(w, 4);
    s.add("No", 8);
    s.add("Nos", 8);
    s.add("no", 8);
    return s;
  }();
  return s;
}

template <size_t N>
bool in(const std::string_view (&a)[N], std::string_view w) {
  return std::find(std::begin(a), std::end(a), w) != std::end(a);
}

}  // namespace

bool is_abbreviation(std::string_view w, bool next_is_digit) {
  if (w.empty() || w.size() > 7) return false;
  uint8_t k = set().find(w);
  return (k & 3) || (next_is_digit && (k & 4));
}

bool is_prenominal_abbreviation(std::string_view w) {
  if (w.empty() || w.size() > 7) return false;
  return set().find(w) & 9;
}

}  // namespace detente::text

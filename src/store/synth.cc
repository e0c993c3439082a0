#include "store/synth.h"

#include <fmt/format.h>

#include <array>

#include "store/store.h"

namespace detente {

namespace {

struct Rng {  // splitmix64: small, fast, identical everywhere
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(next() % n); }
};

constexpr std::array<const char*, 48> kCountries = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "KOR", "IND", "ISR", "IRN", "PAK", "TUR", "UKR", "SYR", "PRK",
    "BRA", "CAN", "AUS", "EGY", "SAU", "IRQ", "AFG", "ITA", "ESP", "MEX", "NGA", "ZAF", "IDN", "PHL", "VNM", "THA",
    "POL", "GRC", "CUB", "VEN", "COL", "ARG", "KEN", "ETH", "SDN", "LBY", "LBN", "JOR", "QAT", "TWN", "MYS", "NZL"};
constexpr std::array<const char*, 6> kRoles = {"", "GOV", "GOV", "MIL", "BUS", "CVL"};
struct Code {
  const char* code;
  double goldstein;
};
constexpr std::array<Code, 24> kCodes = {{{"010", 0.0},  {"020", 3.0},  {"036", 4.0},  {"040", 1.0},
                                          {"042", 1.9},  {"043", 2.8},  {"051", 3.4},  {"057", 8.0},
                                          {"061", 6.4},  {"071", 7.4},  {"081", 5.0},  {"090", -2.0},
                                          {"111", -2.0}, {"112", -2.0}, {"120", -4.0}, {"130", -4.4},
                                          {"138", -7.0}, {"160", -4.0}, {"163", -8.0}, {"172", -5.0},
                                          {"173", -5.0}, {"181", -9.0}, {"190", -10.0}, {"193", -10.0}}};

int quad_of(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

// Zipf-like pick: country k with weight 1/(k+2).
uint32_t pick_country(Rng& r) {
  static const auto cdf = [] {
    std::array<double, kCountries.size()> c{};
    double sum = 0;
    for (size_t k = 0; k < c.size(); ++k) c[k] = (sum += 1.0 / (k + 2.0));
    for (auto& v : c) v /= sum;
    return c;
  }();
  double u = static_cast<double>(r.next() >> 11) / 9007199254740992.0;
  for (uint32_t k = 0; k < cdf.size(); ++k)
    if (u < cdf[k]) return k;
  return static_cast<uint32_t>(cdf.size() - 1);
}

const char* word(uint32_t k) {
  static const auto words = [] {
    std::vector<std::string> w;
    const char* syl[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "pa", "zu", "go"};
    for (int a = 0; a < 12; ++a)
      for (int b = 0; b < 12; ++b)
        for (int c = 0; c < 4; ++c) w.push_back(std::string(syl[a]) + syl[b] + syl[(a + b + c) % 12]);
    return w;
  }();
  return words[k % words.size()].c_str();
}

}  // namespace

void synth_document(uint64_t i, const SynthOptions& o, Document& doc, std::vector<Event>& events) {
  Rng r{o.seed * 0x100000001b3ull + i};
  doc = Document{};
  doc.id = fmt::format("synth-{}", i);
  doc.date = Date::from_days(o.first_day + (o.docs_per_day > 0 ? static_cast<int32_t>(i / o.docs_per_day)
                                                                : static_cast<int32_t>(r.below(static_cast<uint32_t>(o.days)))));
  doc.source = fmt::format("outlet{}", r.below(20));
  doc.url = fmt::format("https://example.org/synth/{}", i);
  doc.title = fmt::format("Synthetic story {}", i);
  if (o.words > 0) {
    for (int w = 0; w < o.words; ++w) {
      if (w) doc.text.push_back(' ');
      doc.text += word(r.below(576));
    }
    doc.text += '.';
  } else {
    doc.text = fmt::format("Synthetic story {}.", i);
  }
  events.clear();
  int n = o.events_per_document;
  int sentences = 0;
  for (int k = 0; k < n; ++k) {
    Event e;
    e.doc_id = doc.id;
    e.sentence = static_cast<uint32_t>(k / 2);
    sentences = static_cast<int>(e.sentence) + 1;
    e.date = doc.date;
    uint32_t a = pick_country(r), b = pick_country(r);
    if (a == b) b = (b + 1) % kCountries.size();
    e.source = std::string(kCountries[a]) + kRoles[r.below(kRoles.size())];
    e.target = std::string(kCountries[b]) + kRoles[r.below(kRoles.size())];
    const Code& c = kCodes[r.below(kCodes.size())];
    e.code = c.code;
    e.root = e.code.substr(0, 2);
    e.quad = quad_of(std::stoi(e.root));
    e.goldstein = c.goldstein;
    e.plover = "";
    e.source_text = kCountries[a];
    e.target_text = kCountries[b];
    e.verb_text = "did";
    e.source_span = {0, 3};
    e.verb_span = {4, 7};
    e.target_span = {8, 11};
    if (r.below(4) == 0) {
      e.location.name = "Capital";
      e.location.country = kCountries[b];
      e.location.lat = static_cast<double>(r.below(18000)) / 100.0 - 90.0;
      e.location.lon = static_cast<double>(r.below(36000)) / 100.0 - 180.0;
      e.location.how = "sentence";
    }
    e.pattern = "synthetic:1";
    e.text = fmt::format("Sentence {} of synthetic story {}.", e.sentence, i);
    events.push_back(std::move(e));
  }
  doc.sentences.resize(static_cast<size_t>(sentences));
}

uint64_t build_synthetic_db(const std::string& path, uint64_t want, const SynthOptions& options) {
  SynthOptions o = options;
  o.words = 0;
  if (o.docs_per_day == 0) o.docs_per_day = 137;
  StoreOptions so;
  so.keep_text = false;
  so.batch_documents = 5000;
  auto store = Store::open(path, so);
  Document doc;
  std::vector<Event> events;
  uint64_t stored = 0;
  for (uint64_t i = 0; stored < want; ++i) {
    synth_document(i, o, doc, events);
    if (events.size() > want - stored) events.resize(want - stored);
    store->add(doc, events);
    stored += events.size();
  }
  store->commit();
  return stored;
}

}  // namespace detente

#include "geo/resolver.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "geo/place_key.h"

namespace detente::geo {

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '\'' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

float prior(const Place& p, NameHow how) {
  float s = 0;
  float lp = static_cast<float>(std::log10(static_cast<double>(p.population) + 10.0));
  switch (p.kind) {
    case PlaceKind::kContinent: s = 11; break;
    case PlaceKind::kRegion: s = 9.5f; break;
    case PlaceKind::kCountry: s = how == NameHow::kAdjective ? 11.5f : 12; break;
    case PlaceKind::kAdmin1: s = 1.5f + lp; break;
    case PlaceKind::kCity:
      s = lp;
      if (p.feature == "PPLC") s += 1.5f;
      else if (p.feature == "PPLA") s += 1.0f;
      else if (p.feature == "PPLA2") s += 0.4f;
      else if (p.feature == "PPLX") s -= 1.0f;
      else if (p.feature == "ADM2") s -= 1.0f;  // a county: its towns' summed population overstates it
      break;
  }
  if (p.kind == PlaceKind::kCity || p.kind == PlaceKind::kAdmin1) {
    if (how == NameHow::kAlias) s += 2.5f;
    else if (how == NameHow::kAlternate) s -= p.population >= 100000 ? 0.75f : 1.5f;  // "Venice", "Munich"
    else if (how == NameHow::kAbbrev) s += 0.5f;
  }
  return s;
}

using Cand = Candidate;

// "North London", "Southern California", "Upper Edmonton".
bool direction_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "north",     "south",     "east",       "west",       "northern",   "southern",  "eastern",   "western",
      "central",   "upper",     "lower",      "greater",    "inner",      "outer",     "northeast", "northwest",
      "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "mid", "downtown",
      "rural",     "coastal",   "metropolitan", "north east", "north west", "south east", "south west", "far"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// Words that are place names somewhere but, as part of a longer unknown
// name, name a kind of thing ("Coptic Orthodox Church", "Stade de France").
bool generic_word(std::string_view w) {
  if (direction_word(w)) return true;
  static constexpr std::string_view kWords[] = {
      "church",  "cathedral", "mosque", "temple",  "hospital", "university", "college", "school",   "airport",
      "station", "stadium",   "stade",  "park",    "square",   "street",     "road",    "bridge",   "hotel",
      "palace",  "museum",    "market", "harbour", "harbor",   "port",       "camp",    "base",     "fort",
      "island",  "islands",   "lake",   "river",   "creek",    "valley",     "mount",   "mountain", "beach",
      "bay",     "coast",     "city",   "county",  "district", "province",   "state",   "region",   "village",
      "town",    "little",    "new",    "old",     "great",    "saint",      "san",     "santa",    "cedar",
      "pearson", "union",     "center", "centre",  "hall",     "house",      "tower",   "court",    "prison"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// A natural feature named after a place is not in it: "Danube Delta",
// "Ural Mountains", "Plum Island", "Islington Bay".
bool feature_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "bay",    "island", "islands", "isle",   "delta",   "mountains", "mountain", "hills",  "lake",
      "river",  "peninsula", "strait", "sea",    "gulf",      "creek",    "canyon", "desert",
      "plateau", "range", "basin",   "falls",  "cape",    "forest",    "reef",   "glacier"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// A reading good enough to stand for a longer name that contains it.
bool strong_part(const Place& p, NameHow how) {
  if (how == NameHow::kAdjective || how == NameHow::kAbbrev || how == NameHow::kAlternate) return false;
  (void)p;
  return true;
}

}  // namespace

int32_t Resolver::qualifier_place(std::string_view q) const {
  if (q.size() == 2 && upper_ascii(q[0]) && upper_ascii(q[1])) {
    int32_t a = g_.admin1("USA", q);
    if (a >= 0) return a;
  }
  std::string key = place_key(q);
  if (key.empty()) return -1;
  int32_t best = -1;
  int rank = 99;
  for (const NameRef& r : g_.lookup(key)) {
    const Place& p = g_.place(r.place);
    int k = p.kind == PlaceKind::kCountry ? 0 : p.kind == PlaceKind::kAdmin1 ? 1 : 99;
    if (k < rank) {
      rank = k;
      best = static_cast<int32_t>(r.place);
    }
  }
  // Short upper-case abbreviations are only qualifiers when written so.
  return best;
}

void Resolver::resolve(std::string_view text, std::vector<Toponym>& tops, const ResolveHints& hints,
                       std::vector<std::vector<Candidate>>* explain) const {
  const size_t n = tops.size();
  std::vector<std::string> keys(n);
  std::vector<std::vector<Cand>> cands(n);
  std::vector<int32_t> quals(n, -1);

  for (size_t i = 0; i < n; ++i) {
    Toponym& t = tops[i];
    t.place = -1;
    t.ambiguous = false;
    t.adjective = false;
    t.guessed = false;
    if (t.end > text.size() || t.begin >= t.end) continue;
    keys[i] = place_key(text.substr(t.begin, t.end - t.begin));
    auto refs = g_.lookup(keys[i]);
    bool city_only = false;
    if (refs.empty()) {
      if (keys[i].ends_with(" co")) refs = g_.lookup(keys[i] + "unty");  // "PLYMOUTH CO."
      for (std::string_view strip : {" city", " province", " state", " region", " county", " co"})
        if (keys[i].size() > strip.size() + 2 && keys[i].ends_with(strip)) {
          if (!refs.empty()) break;
          refs = g_.lookup(std::string_view(keys[i]).substr(0, keys[i].size() - strip.size()));
          if (!refs.empty()) {
            city_only = strip == " city";  // "Quebec City", "Kuwait City": the city, not the division
            break;
          }
        }
    }
    bool part = false;
    if (refs.empty() && keys[i].find(' ') != std::string::npos) {
      // A part of a known place: "Southern California", "North London",
      // "Upper Edmonton" (a direction word before it: the place it
      // qualifies), or a named facility: "Vancouver Art Gallery",
      // "Heathrow airport" (the longest known leading part, then trailing).
      // A part must be a strong reading (below), and never a generic word
      // ("Church" in "St. Takla Church", "Eastern" in "Eastern Creek").
      std::string_view k = keys[i];
      size_t sp = k.find(' ');
      if (direction_word(k.substr(0, sp))) refs = g_.lookup(k.substr(sp + 1));
      for (size_t e = k.rfind(' '); refs.empty() && e != std::string_view::npos && e > 0; e = k.rfind(' ', e - 1))
        if (!generic_word(k.substr(0, e)) && !feature_word(k.substr(e + 1, k.find(' ', e + 1) - e - 1)))
          refs = g_.lookup(k.substr(0, e));
      for (size_t b = k.find(' '); refs.empty() && b != std::string_view::npos; b = k.find(' ', b + 1))
        if (!generic_word(k.substr(b + 1)) && !feature_word(k.substr(b + 1))) refs = g_.lookup(k.substr(b + 1));
      part = !refs.empty();
    }
    for (const NameRef& r : refs) {
      if (part && !strong_part(g_.place(r.place), r.how)) continue;
      if (city_only && g_.place(r.place).kind != PlaceKind::kCity) {
        bool any_city = false;
        for (const NameRef& r2 : refs) any_city |= g_.place(r2.place).kind == PlaceKind::kCity;
        if (any_city) continue;
      }
      cands[i].push_back({r.place, prior(g_.place(r.place), r.how), 0, r.how});
    }
    // An alternate name (other than a short form of the place's own name)
    // that is the own name of another place of some size is that place's:
    // "Rome" is Rome, not Washington, D.C. (a GeoNames nickname); "Venice"
    // is not Dayton.
    for (auto& c : cands[i]) {
      if (c.how != NameHow::kAlternate) continue;
      const Place& A = g_.place(c.place);
      // A short form of the place's own name ("Newcastle" for Newcastle
      // upon Tyne) is not a nickname.
      std::string own = " " + place_key(A.name) + " ";
      if (own.find(" " + keys[i] + " ") != std::string::npos) continue;
      for (auto& d : cands[i]) {
        if (d.how != NameHow::kName && d.how != NameHow::kAlias) continue;
        const Place& B = g_.place(d.place);
        if (B.kind != PlaceKind::kCity || B.population * 20 >= A.population) {
          c.prior -= 2.0f;
          break;
        }
      }
    }
    // A country name and a division of the same country with that name:
    // the country ("Mexico", not the division Mexico City), unless the
    // country only has it as an alias and the division as its name
    // ("England", "Scotland": divisions of the United Kingdom).
    for (size_t a = 0; a < cands[i].size(); ++a) {
      const Place& c = g_.place(cands[i][a].place);
      if (c.kind != PlaceKind::kCountry) continue;
      bool alias_only = cands[i][a].how != NameHow::kName;
      bool division_named = false;
      for (auto& d : cands[i])
        if (g_.place(d.place).kind == PlaceKind::kAdmin1 && g_.place(d.place).country == c.country && d.how == NameHow::kName)
          division_named = true;
      auto same_country_sub = [&](const Cand& d) {
        const Place& p = g_.place(d.place);
        return p.country == c.country && (p.kind == PlaceKind::kAdmin1 || p.kind == PlaceKind::kCity);
      };
      if (alias_only && division_named) {
        cands[i].erase(cands[i].begin() + static_cast<std::ptrdiff_t>(a));
      } else {
        std::erase_if(cands[i], same_country_sub);
      }
      break;
    }
    // A qualifier: "Long Beach, Calif.", "Paris, Texas", "Victoria (Australia)".
    size_t p = t.end;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p < text.size() && (text[p] == ',' || text[p] == '(')) {
      ++p;
      while (p < text.size() && text[p] == ' ') ++p;
      std::vector<size_t> ends;
      size_t q = p;
      for (int w = 0; w < 4 && q < text.size() && (upper_ascii(text[q]) || static_cast<unsigned char>(text[q]) >= 0x80);
           ++w) {
        while (q < text.size() && word_char(text[q])) ++q;
        ends.push_back(q);
        if (q + 1 < text.size() && text[q] == ' ' && (upper_ascii(text[q + 1]))) ++q;
        else break;
      }
      for (size_t k = ends.size(); k-- > 0;) {
        std::string_view qt = text.substr(p, ends[k] - p);
        while (!qt.empty() && qt.back() == '\'') qt.remove_suffix(1);
        std::vector<uint32_t> qs;  // every reading of the qualifier: "Georgia" is a state and a country
        if (qt.size() == 2 && upper_ascii(qt[0]) && upper_ascii(qt[1])) {
          int32_t a = g_.admin1("USA", qt);
          if (a >= 0) qs.push_back(static_cast<uint32_t>(a));
        }
        for (const NameRef& r : g_.lookup(place_key(qt))) {
          PlaceKind k = g_.place(r.place).kind;
          if (k == PlaceKind::kCountry || k == PlaceKind::kAdmin1) qs.push_back(r.place);
        }
        if (qs.empty()) continue;
        std::vector<Cand> kept;
        for (auto& c : cands[i]) {
          const Place& P = g_.place(c.place);
          for (uint32_t qp : qs) {
            const Place& Q = g_.place(qp);
            if (c.place == qp || P.country != Q.country) continue;
            if (Q.kind == PlaceKind::kAdmin1 && (P.kind != PlaceKind::kCity || P.admin1 != Q.admin1)) continue;
            if (Q.kind == PlaceKind::kCountry && P.kind == PlaceKind::kCountry) continue;
            kept.push_back(c);
            break;
          }
        }
        bool big = false;
        for (auto& c : cands[i]) big |= g_.place(c.place).kind != PlaceKind::kCity;
        if (kept.empty() && !big && qs.size() == 1 && g_.place(qs[0]).kind == PlaceKind::kCountry) {
          // "Java, Indonesia" with no Java in the gazetteer: the country
          // the text names, not a namesake elsewhere.
          kept.push_back({qs[0], prior(g_.place(qs[0]), NameHow::kName), 0, NameHow::kName});
        }
        if (!kept.empty()) {
          cands[i] = std::move(kept);
          quals[i] = static_cast<int32_t>(qs[0]);
        }
        break;
      }
    }
  }

  // One sense per story: a name qualified once ("London, Ont.") keeps that
  // reading where the story repeats it unqualified ("London police said").
  for (size_t i = 0; i < n; ++i) {
    if (quals[i] < 0) continue;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || quals[j] >= 0 || keys[j] != keys[i]) continue;
      cands[j] = cands[i];
      quals[j] = quals[i];
    }
  }

  // Pass 1: evidence from each distinct name's prior-best reading.
  struct Evidence {
    std::string country, admin1;  // admin1 as "ISO3.code"
    float weight = 0;
    int32_t place = -1;  // an anchor for proximity (unambiguous city/division)
    bool division = false;  // the reading is a first-level division
  };
  // Evidence is kept per name, a division word dropped: "Karak district"
  // and "Karak" are one name, which does not support itself.
  std::vector<std::string> ekeys(n);
  for (size_t i = 0; i < n; ++i) {
    ekeys[i] = keys[i];
    for (std::string_view w : {" district", " province", " county", " governorate", " region", " state", " city"})
      if (ekeys[i].size() > w.size() + 2 && ekeys[i].ends_with(w)) {
        ekeys[i].resize(ekeys[i].size() - w.size());
        break;
      }
  }
  std::unordered_map<std::string, Evidence> by_key;
  std::unordered_map<std::string, float> country_sup, admin1_sup;
  for (size_t i = 0; i < n; ++i) {
    if (cands[i].empty() || by_key.count(ekeys[i])) continue;
    auto& cs = cands[i];
    std::sort(cs.begin(), cs.end(), [](const Cand& a, const Cand& b) { return a.prior > b.prior; });
    const Place& best = g_.place(cs[0].place);
    bool clear = cs.size() == 1 || quals[i] >= 0 || cs[1].prior + 1.0f <= cs[0].prior ||
                 g_.place(cs[1].place).country == best.country;
    Evidence e;
    e.country = best.country;
    if (best.kind == PlaceKind::kAdmin1) e.admin1 = best.country + "." + best.admin1;
    else if (best.kind == PlaceKind::kCity && !best.admin1.empty() && clear) e.admin1 = best.country + "." + best.admin1;
    e.division = best.kind == PlaceKind::kAdmin1 && clear;
    e.weight = clear ? 1.0f : 0.4f;
    if (tops[i].dateline) e.weight *= 2;
    if (clear && (best.kind == PlaceKind::kCity || best.kind == PlaceKind::kAdmin1)) e.place = static_cast<int32_t>(cs[0].place);
    if (!e.country.empty()) country_sup[e.country] += e.weight;
    if (!e.admin1.empty()) admin1_sup[e.admin1] += e.weight;
    by_key.emplace(ekeys[i], std::move(e));
  }
  std::unordered_map<std::string, float> hint_sup;
  for (auto& c : hints.countries) hint_sup[c] = std::min(2.0f, hint_sup[c] + 0.5f);
  for (auto& [c, w] : hint_sup) country_sup[c] += w;

  // Names listed together are alike: "New York, Texas and California" are
  // states. The countries of the divisions listed next to toponym i.
  auto joined = [&](size_t a, size_t b) {  // only ", ", " and ", ", and ", " or " between a and b
    if (tops[a].end > tops[b].begin) return false;
    std::string_view between = text.substr(tops[a].end, tops[b].begin - tops[a].end);
    return between == ", " || between == " and " || between == ", and " || between == " or " || between == ", or ";
  };
  auto listed_division_country = [&](size_t i, std::string_view country) {
    for (size_t j : {i - 1, i + 1}) {
      if (j >= n || ekeys[j] == ekeys[i] || cands[j].empty()) continue;
      if (!(j < i ? joined(j, i) : joined(i, j))) continue;
      auto it = by_key.find(ekeys[j]);
      if (it != by_key.end() && it->second.division && it->second.country == country) return true;
    }
    return false;
  };

  // Pass 2: score with the rest of the story's support.
  for (size_t i = 0; i < n; ++i) {
    auto& cs = cands[i];
    if (cs.empty()) continue;
    const Evidence& own = by_key[ekeys[i]];
    for (auto& c : cs) {
      const Place& P = g_.place(c.place);
      float s = c.prior;
      if (!P.country.empty()) {
        float sup = country_sup[P.country] - (own.country == P.country ? own.weight : 0);
        if (sup > 0) s += 1.5f * std::log2(1 + sup);
      }
      if ((P.kind == PlaceKind::kCity || P.kind == PlaceKind::kAdmin1) && !P.admin1.empty()) {
        std::string a = P.country + "." + P.admin1;
        auto it = admin1_sup.find(a);
        if (it != admin1_sup.end()) {
          float sup = it->second - (own.admin1 == a ? own.weight : 0);
          // A division whose town the story names ("Atlanta ... Georgia")
          // gains more than a town in a division the story names.
          if (sup > 0) s += (P.kind == PlaceKind::kAdmin1 ? 3.0f : 2.0f) * std::min(sup, 1.5f);
        }
      }
      if (P.kind == PlaceKind::kCity) {
        // Within 50 km of an unambiguous place of the story (a suburb, the
        // next town): +2.5; within 200 km: +1.5.
        float near = 0;
        for (auto& [k, e] : by_key) {
          if (k == ekeys[i] || e.place < 0 || static_cast<uint32_t>(e.place) == c.place) continue;
          const Place& A = g_.place(static_cast<uint32_t>(e.place));
          double d = distance_km(P.lat, P.lon, A.lat, A.lon);
          if (d < 50) near = std::max(near, 2.5f);
          else if (d < 200) near = std::max(near, 1.5f);
        }
        s += near;
      }
      if (P.kind == PlaceKind::kAdmin1 && listed_division_country(i, P.country)) s += 2.0f;
      c.score = s;
    }
    std::sort(cs.begin(), cs.end(), [](const Cand& a, const Cand& b) { return a.score > b.score; });
    // A division and a city in it of the same name ("Tokyo", "Istanbul"):
    // news means the city unless the division is much bigger, or is listed
    // with other divisions ("New York, Texas and California").
    if (g_.place(cs[0].place).kind == PlaceKind::kAdmin1 && !listed_division_country(i, g_.place(cs[0].place).country)) {
      const Place& d = g_.place(cs[0].place);
      for (size_t k = 1; k < cs.size(); ++k) {
        const Place& c = g_.place(cs[k].place);
        if (c.kind == PlaceKind::kCity && c.country == d.country && c.admin1 == d.admin1 &&
            c.population * 3 >= d.population && c.population >= 100000) {
          std::swap(cs[0], cs[k]);
          break;
        }
      }
    }
    Toponym& t = tops[i];
    const Place& best = g_.place(cs[0].place);
    t.place = static_cast<int32_t>(cs[0].place);
    t.score = cs[0].score;
    t.adjective = cs[0].how == NameHow::kAdjective;
    if (quals[i] < 0 && cs.size() > 1 && best.kind == PlaceKind::kCity) {
      const Place& second = g_.place(cs[1].place);
      float sup = best.country.empty() ? 0 : country_sup[best.country] - (own.country == best.country ? own.weight : 0);
      if (second.country != best.country && cs[1].score + kAmbiguityMargin > cs[0].score && sup <= 0) {
        t.place = -1;
        t.ambiguous = true;
      }
    }
  }
  // Names the gazetteer lacks, and small towns far from the story: the
  // story's main place (see the header).
  {
    std::unordered_map<std::string_view, int> per_country;
    std::unordered_map<uint32_t, int> per_place;
    for (size_t i = 0; i < n; ++i) {
      if (tops[i].place < 0) continue;
      const Place& p = g_.place(static_cast<uint32_t>(tops[i].place));
      if (p.country.empty()) continue;
      ++per_country[p.country];
      if (p.kind == PlaceKind::kCity && p.feature != "ADM2") ++per_place[static_cast<uint32_t>(tops[i].place)];
    }
    std::string_view main;
    int best = 0, second = 0;
    for (auto& [c, k] : per_country) {
      if (k > best || (k == best && c < main)) {
        second = best;
        best = k;
        main = c;
      } else if (k > second) {
        second = k;
      }
    }
    int32_t at = -1;
    if (best >= 2 && best > second) {
      at = g_.country(main);
      int most = 0;
      for (auto& [pl, k] : per_place)
        if (g_.place(pl).country == main && (k > most || (k == most && pl < static_cast<uint32_t>(at)))) {
          most = k;
          at = static_cast<int32_t>(pl);
        }
    }
    // A town of under 100,000 people in a country nothing else in the story
    // points at, when the story names another country's places at least
    // three times as often and no reading of the name lies there ("Innisfail"
    // in a story about Alberta is not the Australian town).
    auto stray = [&](size_t i) {
      if (tops[i].place < 0 || tops[i].dateline || quals[i] >= 0 || best < 3) return false;
      const Place& p = g_.place(static_cast<uint32_t>(tops[i].place));
      if (p.kind != PlaceKind::kCity || p.population >= 100000 || p.country == main) return false;
      int own = 0;
      for (size_t j = 0; j < n; ++j) own += keys[j] == keys[i] && tops[j].place == tops[i].place;
      int there = per_country[p.country];
      if (there > own || there * 3 > best) return false;
      for (auto& c : cands[i])
        if (g_.place(c.place).country == main) return false;
      return true;
    };
    std::vector<char> move(n, 0);
    for (size_t i = 0; at >= 0 && i < n; ++i)
      move[i] = (cands[i].empty() && !keys[i].empty() && !tops[i].dateline) || stray(i);
    for (size_t i = 0; i < n; ++i)
      if (move[i]) {
        tops[i].place = at;
        tops[i].ambiguous = false;
        tops[i].guessed = true;
      }
  }
  if (explain) *explain = std::move(cands);
}

}  // namespace detente::geo

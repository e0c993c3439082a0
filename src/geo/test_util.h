// geo/test_util.h — hand-built gazetteers and documents for the geo tests.
#pragma once
#include <memory>
#include <string>

#include "core/document.h"
#include "core/resources.h"
#include "geo/gazetteer.h"
#include "geo/sources.h"

namespace detente::geo::testing {

// Adds a city with its name to `g` (before g.finish()); returns its index.
inline uint32_t add_city(Gazetteer& g, const char* iso3, const char* code, const char* name, float lat, float lon,
                         uint64_t pop, const char* feature, int64_t geonames_id = 0) {
  Place p;
  p.kind = PlaceKind::kCity;
  p.country = iso3;
  p.admin1 = code;
  p.name = name;
  p.lat = lat;
  p.lon = lon;
  p.population = pop;
  p.feature = feature;
  p.geonames_id = geonames_id;
  uint32_t i = g.add_place(p);
  g.add_name(name, i, NameHow::kName);
  return i;
}

// Countries, continents, regions and aliases from detente's data files, plus
// a few hand-made cities and divisions (ids, points and populations are
// rounded, for tests only).
inline std::shared_ptr<Gazetteer> small_gazetteer() {
  auto g = std::make_shared<Gazetteer>();
  load_countries(*g, resource_path("data/geo/countries.tsv"), resource_path("data/actors/countries.txt"));
  auto admin = [&](const char* iso3, const char* code, const char* name, uint64_t pop = 0) {
    Place p;
    p.population = pop;  // 0: the sum of its towns here
    p.kind = PlaceKind::kAdmin1;
    p.country = iso3;
    p.admin1 = code;
    p.name = name;
    p.feature = "ADM1";
    uint32_t i = g->add_place(p);
    g->add_name(name, i, NameHow::kName);
  };
  auto city = [&](const char* iso3, const char* code, const char* name, float lat, float lon, uint64_t pop,
                  const char* feature, int64_t id) { add_city(*g, iso3, code, name, lat, lon, pop, feature, id); };
  admin("USA", "CA", "California");
  admin("USA", "NY", "New York");
  admin("USA", "TX", "Texas");
  admin("USA", "GA", "Georgia", 10700000);  // as in GeoNames: more than its one town here
  admin("AUS", "02", "New South Wales");
  admin("JPN", "40", "Tokyo");
  admin("CAN", "08", "Ontario");
  admin("CAN", "10", "Quebec");
  city("USA", "CA", "Long Beach", 33.77f, -118.19f, 460000, "PPL", 101);
  city("USA", "CA", "Los Angeles", 34.05f, -118.24f, 3900000, "PPLA2", 102);
  city("USA", "NY", "Long Beach", 40.59f, -73.66f, 33000, "PPL", 103);
  city("AUS", "02", "Long Beach", -35.7f, 150.2f, 600000, "PPL", 104);  // made large on purpose
  city("FRA", "11", "Paris", 48.85f, 2.35f, 2100000, "PPLC", 105);
  city("USA", "TX", "Paris", 33.66f, -95.56f, 25000, "PPLA2", 106);
  city("USA", "TX", "Dallas", 32.78f, -96.8f, 1300000, "PPLA2", 107);
  city("USA", "GA", "Atlanta", 33.75f, -84.39f, 500000, "PPLA", 108);
  city("GEO", "04", "Tbilisi", 41.69f, 44.83f, 1100000, "PPLC", 109);
  city("JPN", "40", "Tokyo", 35.69f, 139.69f, 8300000, "PPLC", 110);
  city("KOR", "11", "Seoul", 37.57f, 126.98f, 10000000, "PPLC", 111);
  city("IRQ", "07", "Baghdad", 33.34f, 44.4f, 7200000, "PPLC", 112);
  city("IND", "07", "New Delhi", 28.64f, 77.22f, 320000, "PPLC", 113);
  city("UKR", "12", "Kyiv", 50.45f, 30.52f, 2800000, "PPLC", 114);
  city("GBR", "ENG", "London", 51.51f, -0.13f, 8900000, "PPLC", 117);
  city("CAN", "08", "London", 42.98f, -81.25f, 350000, "PPL", 118);
  city("CAN", "08", "Toronto", 43.7f, -79.42f, 2600000, "PPLA", 119);
  city("CAN", "10", "Québec", 46.81f, -71.21f, 530000, "PPLA", 120);
  city("GBR", "ENG", "Church", 53.75f, -2.39f, 4000, "PPL", 121);
  city("USA", "NY", "New York City", 40.71f, -74.01f, 8800000, "PPL", 122);
  city("ESP", "01", "Springfield", 40.0f, -3.0f, 5000, "PPL", 115);  // fictional twins for ambiguity
  city("ZAF", "02", "Springfield", -29.0f, 25.0f, 5000, "PPL", 116);
  compute_admin1_points(*g);
  load_places(*g, resource_path("data/geo/places.tsv"));
  g->finish();
  return g;
}

// A document tokenized on spaces and punctuation, one sentence per line.
inline Document make_doc(const std::string& text) {
  Document d;
  d.text = text;
  d.pool = text;
  uint32_t sbegin = 0;
  uint32_t i = 0;
  auto punct = [](char c) { return c == ',' || c == '.' || c == '(' || c == ')' || c == '"' || c == ';' || c == ':'; };
  auto close = [&](uint32_t end) {
    Sentence s;
    s.begin = sbegin;
    s.end = end;
    s.tok_begin = d.sentences.empty() ? 0 : d.sentences.back().tok_end;
    s.tok_end = static_cast<uint32_t>(d.tokens.size());
    if (s.tok_end > s.tok_begin) d.sentences.push_back(s);
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      close(i);
      ++i;
      sbegin = i;
      continue;
    }
    if (c == ' ') {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (punct(c)) {
      ++i;
    } else if (text.compare(i, 2, "'s") == 0) {
      i += 2;
    } else {
      while (i < text.size() && text[i] != ' ' && text[i] != '\n' && !punct(text[i]) && text.compare(i, 2, "'s") != 0) ++i;
    }
    t.end = i;
    t.norm = {t.begin, t.end - t.begin};
    t.space_after = i < text.size() && text[i] == ' ';
    d.tokens.push_back(t);
  }
  close(static_cast<uint32_t>(text.size()));
  return d;
}

}  // namespace detente::geo::testing

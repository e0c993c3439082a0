// geo/gazetteer.h — places (continents, regions, countries, first-level
// divisions, cities) indexed by normalized name.
//
// Contract
// - A Place has a kind, a display name, the ISO 3166 alpha-3 code of its
//   country ("" for continents and cross-border regions), its first-level
//   division code as GeoNames writes it ("CA" for California, "08" for
//   Ontario), a point, a population (0 if unknown), the GeoNames feature code
//   ("PPLC", "ADM1", "PCLI", "CONT", ...) and its GeoNames id (0 if unknown).
// - Every name of a place is indexed by `place_key` with the way it names the
//   place (official name, alternate name, our alias, adjective, abbreviation),
//   so the resolver can trust "Kyiv" more than an alternate spelling.
// - Build with add_place/add_name, then `finish()`; after that the gazetteer
//   is immutable and may be shared by any number of threads; `lookup` does
//   not allocate.
// - Loading: `load_compact` reads the generated file (docs/geo.md, "Compact
//   gazetteer"), `save_compact` writes it; countries, continents, regions and
//   aliases come from detente's own data files (data/geo/*.tsv and the
//   country entries of data/actors/countries.txt), see geo/sources.h.
//   Malformed input throws Error(kBadDictionary, file, line, reason).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace detente::geo {

enum class PlaceKind : uint8_t { kContinent, kRegion, kCountry, kAdmin1, kCity };
std::string_view place_kind_name(PlaceKind k);

struct Place {
  PlaceKind kind = PlaceKind::kCity;
  std::string name;
  std::string country;  // ISO3
  std::string admin1;   // first-level division code (GeoNames), "" if none/unknown
  float lat = 0, lon = 0;
  uint64_t population = 0;
  std::string feature;  // GeoNames feature code
  int64_t geonames_id = 0;
};

// How a name refers to its place.
enum class NameHow : uint8_t {
  kName,       // official (or ASCII) name
  kAlias,      // detente's alias (data/geo/places.tsv, actor dictionary aliases)
  kAlternate,  // GeoNames alternate name
  kAdjective,  // "Turkish" -> Turkey
  kAbbrev,     // "NSW", "Calif."
};

struct NameRef {
  uint32_t place = 0;
  NameHow how = NameHow::kName;
};

class Gazetteer {
 public:
  uint32_t add_place(Place p);
  void add_name(std::string_view name, uint32_t place, NameHow how);
  // Builds the per-country and per-division indexes; call once after adding.
  void finish();

  const Place& place(uint32_t i) const { return places_[i]; }
  Place& mutable_place(uint32_t i) { return places_[i]; }  // while building only
  size_t size() const { return places_.size(); }
  // All places named `key` (a place_key). Empty span if none.
  std::span<const NameRef> lookup(std::string_view key) const;
  // The country place for an ISO3 code, or -1.
  int32_t country(std::string_view iso3) const;
  // The first-level division `code` of country `iso3`, or -1.
  int32_t admin1(std::string_view iso3, std::string_view code) const;
  // ISO3 for an ISO2 code ("" if unknown).
  std::string_view iso3_of(std::string_view iso2) const;
  void add_iso2(std::string_view iso2, std::string_view iso3);
  size_t count(PlaceKind k) const;
  // Whether some name starts with the word `key` (a place_key of one word).
  bool starts_name(std::string_view key) const;
  // Longest name (in words) in the index, for the mention scanner.
  uint32_t max_words() const { return max_words_; }

  // The generated city/division file. `source` is recorded in its header.
  void save_compact(const std::string& path, const std::string& source) const;
  // Adds the divisions and cities of a compact file; needs the countries
  // first (ISO2 -> ISO3). Returns the number of places read.
  size_t load_compact(const std::string& path);

 private:
  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<NameRef>> names_;
  std::unordered_map<std::string, int32_t> country_, admin1_;
  std::unordered_map<std::string, std::string> iso3_;
  std::unordered_map<std::string, uint8_t> first_words_;  // built by finish()
  uint32_t max_words_ = 1;
};

}  // namespace detente::geo

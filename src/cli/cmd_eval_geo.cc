// `detente eval-geo [FILE.xml...]`: toponym resolution on the TR-News and
// GeoVirus gold sets (../shared/data/geo-eval): each gold place mention is
// resolved in the context of its article's other mentions, and compared with
// the gold point (accuracy within 161 km = 100 miles, mean error) and the
// gold country. See docs/geo.md for the protocol.
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <algorithm>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "core/error.h"
#include "geo/geo.h"
#include "geo/mentions.h"
#include "geo/place_key.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

namespace fs = std::filesystem;

struct Gold {
  uint32_t begin = 0, end = 0;  // bytes
  std::string phrase;
  double lat = 0, lon = 0;
  std::string country;  // ISO3 ("" = unknown: derived from the point, or none)
};
struct Article {
  std::string text;
  std::vector<Gold> gold;
};

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    static constexpr std::pair<std::string_view, char> kEnt[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (auto [e, c] : kEnt)
      if (s.substr(i, e.size()) == e) {
        out.push_back(c);
        i += e.size() - 1;
        done = true;
        break;
      }
    if (!done) out.push_back('&');
  }
  return out;
}

// The content of the first <tag ...>...</tag> at or after `pos` and before `limit`.
bool element(std::string_view xml, std::string_view tag, size_t& pos, size_t limit, std::string_view& content) {
  std::string open = fmt::format("<{}", tag), close = fmt::format("</{}>", tag);
  for (;;) {
    size_t b = xml.find(open, pos);
    if (b == std::string_view::npos || b >= limit) return false;
    size_t after = b + open.size();
    if (after < xml.size() && xml[after] != '>' && xml[after] != ' ' && xml[after] != '/') {
      pos = after;
      continue;
    }
    size_t gt = xml.find('>', b);
    if (gt == std::string_view::npos) return false;
    if (xml[gt - 1] == '/') {  // <tag/>
      content = {};
      pos = gt + 1;
      return true;
    }
    size_t e = xml.find(close, gt);
    if (e == std::string_view::npos) return false;
    content = xml.substr(gt + 1, e - gt - 1);
    pos = e + close.size();
    return true;
  }
}

std::string_view strip(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

double to_d(std::string_view s) {
  s = strip(s);
  double v = NAN;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Code-point offsets (as the gold sets count) -> byte offsets.
std::vector<uint32_t> cp_to_byte(const std::string& text) {
  std::vector<uint32_t> m;
  m.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) m.push_back(i);
  m.push_back(static_cast<uint32_t>(text.size()));
  return m;
}

std::vector<Article> read_set(const std::string& path, const geo::Gazetteer& g, size_t& unlinked) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, fmt::format("cannot open {}", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  std::string_view x(xml);
  std::vector<Article> out;
  size_t pos = 0;
  std::string_view art;
  while (element(x, "article", pos, x.size(), art)) {
    Article a;
    size_t p = 0;
    std::string_view t;
    if (!element(art, "text", p, art.size(), t)) continue;
    t = strip(t);
    if (t.starts_with("<![CDATA[")) {
      t.remove_prefix(9);
      if (t.ends_with("]]>")) t.remove_suffix(3);
      a.text = std::string(t);
    } else {
      a.text = unescape(t);
    }
    auto cps = cp_to_byte(a.text);
    bool trnews = art.find("<toponym>") != std::string_view::npos;
    std::string_view item;
    size_t q = 0;
    while (element(art, trnews ? "toponym" : "location", q, art.size(), item)) {
      size_t r = 0;
      std::string_view phrase, start, end, lat, lon, country;
      element(item, trnews ? "phrase" : "name", r, item.size(), phrase);
      r = 0;
      element(item, "start", r, item.size(), start);
      r = 0;
      element(item, "end", r, item.size(), end);
      r = 0;
      bool has_lat = element(item, "lat", r, item.size(), lat);
      r = 0;
      element(item, "lon", r, item.size(), lon);
      r = 0;
      if (trnews) element(item, "country", r, item.size(), country);
      Gold gd;
      size_t s = static_cast<size_t>(to_d(start)), e = static_cast<size_t>(to_d(end));
      gd.lat = to_d(lat);
      gd.lon = to_d(lon);
      if (!has_lat || std::isnan(gd.lat) || std::isnan(gd.lon) || s >= e || e >= cps.size()) {
        ++unlinked;
        continue;
      }
      gd.begin = cps[s];
      gd.end = cps[e];
      gd.phrase = unescape(strip(phrase));
      // Some gold offsets are off by a character or two: realign on the phrase.
      if (!gd.phrase.empty() && std::string_view(a.text).substr(gd.begin, gd.end - gd.begin) != gd.phrase) {
        size_t from = gd.begin > 8 ? gd.begin - 8 : 0;
        size_t f = a.text.find(gd.phrase, from);
        if (f != std::string::npos && f <= gd.begin + 8) {
          gd.begin = static_cast<uint32_t>(f);
          gd.end = static_cast<uint32_t>(f + gd.phrase.size());
        }
      }
      if (trnews && !strip(country).empty()) {
        for (auto& r2 : g.lookup(geo::place_key(unescape(strip(country)))))
          if (g.place(r2.place).kind == geo::PlaceKind::kCountry) {
            gd.country = g.place(r2.place).country;
            break;
          }
      }
      a.gold.push_back(std::move(gd));
    }
    out.push_back(std::move(a));
  }
  return out;
}

// The country of a point: that of the nearest city within 60 km, else "".
std::string country_at(const geo::Gazetteer& g, double lat, double lon) {
  double best = 60;
  std::string c;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const auto& p = g.place(i);
    if (p.kind != geo::PlaceKind::kCity) continue;
    if (std::fabs(p.lat - lat) > 1 || std::fabs(p.lon - lon) > 2) continue;
    double d = geo::distance_km(lat, lon, p.lat, p.lon);
    if (d < best) {
      best = d;
      c = p.country;
    }
  }
  return c;
}

// Whether every reading of `name` is a continent or cross-border region.
bool borderless(const geo::Gazetteer& g, const std::string& name) {
  auto refs = g.lookup(geo::place_key(name));
  if (refs.empty()) return false;
  for (auto& r : refs)
    if (!g.place(r.place).country.empty()) return false;
  return true;
}

struct Options {
  std::vector<std::string> files;
  std::string gazetteer;
  size_t errors = 0;
  std::string split = "all";
  bool breakdown = false;
  bool detect = false;
};

// Why a mention was missed, from its candidates (best first) and the gold:
//   missing      the name is not in the gazetteer at all (no candidate);
//   ambiguous    left unresolved: candidates in several countries, no support;
//   no-gold      candidates exist but none within 161 km of the gold point
//                (the gazetteer lacks that place, or puts a large area's
//                point elsewhere: "area-point" when the pick is the gold
//                country or division itself);
//   pick:K1>K2   a candidate within 161 km (kind K2) lost to one of kind K1,
//                "+ctry" added when the pick is in another country.
std::string why(const geo::Gazetteer& g, const std::vector<geo::Candidate>& cs, int32_t pick, const std::string& gold_country,
                double lat, double lon) {
  if (cs.empty()) return "missing";
  if (pick < 0) return "ambiguous";
  const geo::Candidate* good = nullptr;
  for (auto& c : cs) {
    const auto& p = g.place(c.place);
    if (geo::distance_km(p.lat, p.lon, lat, lon) <= 161) {
      good = &c;
      break;
    }
  }
  const auto& P = g.place(static_cast<uint32_t>(pick));
  if (!good) {
    bool area = P.kind == geo::PlaceKind::kCountry || P.kind == geo::PlaceKind::kAdmin1 ||
                P.kind == geo::PlaceKind::kRegion || P.kind == geo::PlaceKind::kContinent;
    if (area && (gold_country.empty() || P.country == gold_country)) return "area-point";
    return "no-gold";
  }
  const auto& G = g.place(good->place);
  std::string r = fmt::format("pick:{}>{}", geo::place_kind_name(P.kind), geo::place_kind_name(G.kind));
  if (P.country != G.country) r += "+ctry";
  return r;
}

Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("FILE", o->files, "Gold sets (TR-News.xml, GeoVirus.xml); default: both under ../shared/data/geo-eval");
  app.add_option("--gazetteer", o->gazetteer, "Gazetteer or GeoNames source instead of the default");
  app.add_option("--errors", o->errors, "Print up to N wrong resolutions per file, with why (see --breakdown)");
  app.add_flag("--breakdown", o->breakdown, "Count the misses by cause (missing name, ambiguous, wrong pick, ...)");
  app.add_flag("--detect", o->detect,
               "Also score mention detection: the mention scanner (segmenter only, no parser or actors) on the\n"
               "article texts against the gold spans (recall, precision; --errors N lists missed gold names)");
  app.add_option("--split", o->split,
                 "Articles to score: all, even or odd (by position; tune on one half, report the other)")
      ->check(CLI::IsMember({"all", "even", "odd"}));
  app.footer(
      "Protocol (docs/geo.md): gold mention spans are given; each is resolved by the same resolver\n"
      "`detente code` uses, with the article's other mentions as context. acc@161 counts answers\n"
      "within 161 km of the gold point; unresolved (ambiguous) mentions count as wrong. Country\n"
      "accuracy is over mentions whose gold point lies in a country (TR-News: its gold country;\n"
      "GeoVirus: the country of the nearest gazetteer city within 60 km, except for names that only\n"
      "name continents and cross-border regions, which TR-News leaves without a country).");
  return [o]() -> int {
    if (o->files.empty()) {
      fs::path d = fs::path(DETENTE_SOURCE_DIR) / "../shared/data/geo-eval";
      o->files = {(d / "TR-News.xml").string(), (d / "GeoVirus.xml").string()};
    }
    auto geo = o->gazetteer.empty() ? Geolocator::load_default() : Geolocator::load(o->gazetteer);
    const auto& g = geo->gazetteer();
    fmt::print("gazetteer: {}\n", geo->source());
    fmt::print("{:<14} {:>8} {:>9} {:>8} {:>9} {:>11} {:>10} {:>9}\n", "set", "articles", "mentions", "acc@161",
               "country", "mean km", "unresolved", "ms");
    for (auto& f : o->files) {
      size_t unlinked = 0;
      auto arts = read_set(f, g, unlinked);
      size_t n = 0, hit = 0, cn = 0, chit = 0, unresolved = 0, shown = 0, scored = 0;
      double sum_km = 0;
      double ms = 0;
      std::map<std::string, size_t> causes;
      for (size_t ai = 0; ai < arts.size(); ++ai) {
        if (o->split != "all" && (ai % 2 == 0) != (o->split == "even")) continue;
        auto& a = arts[ai];
        ++scored;
        std::vector<geo::Toponym> tops;
        for (auto& gd : a.gold) {
          geo::Toponym t;
          t.begin = gd.begin;
          t.end = gd.end;
          tops.push_back(t);
        }
        auto t0 = std::chrono::steady_clock::now();
        std::vector<std::vector<geo::Candidate>> cands;
        geo->resolver().resolve(a.text, tops, {}, &cands);
        ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        for (size_t i = 0; i < tops.size(); ++i) {
          const Gold& gd = a.gold[i];
          ++n;
          std::string gold_country = gd.country;
          // GeoVirus has no country field: the country at the gold point,
          // except for names that only name areas across borders ("Europe",
          // "Africa", "Middle East"), which TR-News leaves without a country.
          if (gold_country.empty() && f.find("TR-News") == std::string::npos && !borderless(g, gd.phrase))
            gold_country = country_at(g, gd.lat, gd.lon);
          double km = 20000;
          std::string pc;
          if (tops[i].place >= 0) {
            const auto& p = g.place(static_cast<uint32_t>(tops[i].place));
            km = geo::distance_km(p.lat, p.lon, gd.lat, gd.lon);
            pc = p.country;
          } else {
            ++unresolved;
          }
          sum_km += std::min(km, 20000.0);
          bool ok = km <= 161;
          hit += ok;
          if (!gold_country.empty()) {
            ++cn;
            chit += pc == gold_country;
          }
          std::string cause;
          if (!ok) {
            cause = why(g, cands[i], tops[i].place, gold_country, gd.lat, gd.lon);
            ++causes[cause];
          }
          if (!ok && shown < o->errors) {
            ++shown;
            std::string got = tops[i].place >= 0
                                  ? fmt::format("{} ({}, {:.2f},{:.2f})", g.place(tops[i].place).name,
                                                g.place(tops[i].place).country, g.place(tops[i].place).lat,
                                                g.place(tops[i].place).lon)
                                  : (tops[i].ambiguous ? "ambiguous" : "unknown");
            fmt::print(stderr, "  {:<12} {:<24} gold {:.2f},{:.2f} {}  got {}  {:.0f} km  ({} candidates)\n", cause,
                       std::string_view(a.text).substr(gd.begin, gd.end - gd.begin), gd.lat, gd.lon, gold_country,
                       got, km, cands[i].size());
            for (size_t k = 0; k < std::min<size_t>(3, cands[i].size()); ++k) {
              const auto& c = g.place(cands[i][k].place);
              fmt::print(stderr, "      {} {} {} {} prior {:.2f} score {:.2f} ({:.0f} km)\n", c.name, c.country,
                         geo::place_kind_name(c.kind), c.feature, cands[i][k].prior, cands[i][k].score,
                         geo::distance_km(c.lat, c.lon, gd.lat, gd.lon));
            }
          }
        }
      }
      fmt::print("{:<14} {:>8} {:>9} {:>7.1f}% {:>8.1f}% {:>11.0f} {:>10} {:>9.1f}\n",
                 fs::path(f).stem().string(), scored, n, n ? 100.0 * hit / n : 0.0,
                 cn ? 100.0 * chit / cn : 0.0, n ? sum_km / n : 0.0, unresolved, ms);
      if (unlinked) fmt::print("  ({} gold mentions without coordinates skipped)\n", unlinked);
      if (o->detect) {
        // Mention detection: spans the scanner finds vs the gold spans
        // (overlap counts; gold sets do not mark every place, so precision
        // is a lower bound).
        static const auto seg = Segmenter::load_default();
        size_t gold_n = 0, gold_found = 0, gold_exact = 0, found_n = 0, found_ok = 0, dshown = 0;
        std::map<std::string, size_t> missed, extra;
        for (size_t ai = 0; ai < arts.size(); ++ai) {
          if (o->split != "all" && (ai % 2 == 0) != (o->split == "even")) continue;
          Document doc;
          doc.text = arts[ai].text;
          seg->segment(doc);
          std::vector<geo::Toponym> found;
          geo::find_toponyms(doc, nullptr, g, found);
          found_n += found.size();
          for (auto& t : found) {
            bool ok = false;
            for (auto& gd : arts[ai].gold) ok |= t.begin < gd.end && gd.begin < t.end;
            found_ok += ok;
            if (!ok) ++extra[std::string(std::string_view(arts[ai].text).substr(t.begin, t.end - t.begin))];
          }
          for (auto& gd : arts[ai].gold) {
            ++gold_n;
            bool hit = false, exact = false;
            for (auto& t : found) {
              hit |= t.begin < gd.end && gd.begin < t.end;
              exact |= t.begin == gd.begin && t.end == gd.end;
            }
            gold_found += hit;
            gold_exact += exact;
            if (!hit) ++missed[std::string(std::string_view(arts[ai].text).substr(gd.begin, gd.end - gd.begin))];
          }
        }
        fmt::print("  detection: gold found {:.1f}% ({:.1f}% exact span) of {}, found spans on a gold one {:.1f}% of {}\n",
                   gold_n ? 100.0 * gold_found / gold_n : 0.0, gold_n ? 100.0 * gold_exact / gold_n : 0.0, gold_n,
                   found_n ? 100.0 * found_ok / found_n : 0.0, found_n);
        if (o->errors) {
          std::vector<std::pair<size_t, std::string>> v;
          for (auto& [k, c] : missed) v.push_back({c, k});
          std::sort(v.rbegin(), v.rend());
          for (auto& [c, k] : v)
            if (dshown++ < o->errors) fmt::print(stderr, "  not found  {} x{}\n", k, c);
          v.clear();
          for (auto& [k, c] : extra) v.push_back({c, k});
          std::sort(v.rbegin(), v.rend());
          dshown = 0;
          for (auto& [c, k] : v)
            if (dshown++ < o->errors) fmt::print(stderr, "  not gold   {} x{}\n", k, c);
        }
      }
      if (o->breakdown) {
        std::vector<std::pair<size_t, std::string>> v;
        for (auto& [k, c] : causes) v.push_back({c, k});
        std::sort(v.rbegin(), v.rend());
        fmt::print("  misses by cause:");
        for (auto& [c, k] : v) fmt::print(" {} {}", k, c);
        fmt::print("\n");
      }
    }
    return 0;
  };
}

DETENTE_COMMAND("eval-geo", "Measure toponym resolution on the TR-News and GeoVirus gold sets", 91, setup);

}  // namespace
}  // namespace detente::cli

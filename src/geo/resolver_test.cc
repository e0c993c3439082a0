#include "geo/resolver.h"

#include <gtest/gtest.h>

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

TEST(Distance, KnownPairs) {
  EXPECT_NEAR(distance_km(35.69, 139.69, 37.57, 126.98), 1160, 15);  // Tokyo - Seoul
  EXPECT_NEAR(distance_km(0, 0, 0, 0), 0, 1e-9);
  EXPECT_NEAR(distance_km(0, 179.5, 0, -179.5), 111, 1);  // across the antimeridian
}

}  // namespace
}  // namespace detente::geo

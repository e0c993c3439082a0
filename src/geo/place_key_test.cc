#include "geo/place_key.h"

#include <gtest/gtest.h>

namespace detente::geo {
namespace {

TEST(PlaceKey, FoldsCaseDiacriticsAndDots) {
  EXPECT_EQ(place_key("Aydın"), "aydin");
  EXPECT_EQ(place_key("São Paulo"), "sao paulo");
  EXPECT_EQ(place_key("U.S."), "us");
  EXPECT_EQ(place_key("TOKYO"), "tokyo");
  EXPECT_EQ(place_key("Łódź"), "lodz");
}

TEST(PlaceKey, SeparatorsPossessivesAndAbbreviations) {
  EXPECT_EQ(place_key("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(place_key("Japan's"), "japan");
  EXPECT_EQ(place_key("Japan\xE2\x80\x99s"), "japan");
  EXPECT_EQ(place_key("The Hague"), "hague");
  EXPECT_EQ(place_key("St. Louis"), "saint louis");
  EXPECT_EQ(place_key("Mt Kenya"), "mount kenya");
  EXPECT_EQ(place_key("Washington, D.C."), "washington dc");
  EXPECT_EQ(place_key("  New   York "), "new york");
  EXPECT_EQ(place_key(""), "");
}

TEST(PlaceKey, InvalidUtf8DoesNotThrow) {
  std::string bad = "Pari\xC3";
  EXPECT_NO_THROW(place_key(bad));
}

}  // namespace
}  // namespace detente::geo

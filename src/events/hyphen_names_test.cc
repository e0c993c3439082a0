// The hyphen-name test shared by the coder and the pipeline's parse prefilter.
#include "events/hyphen_names.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace detente {
namespace {

using testing::M;
using testing::mentions;
using testing::parsed;

// "Lee met Abe . || the Lee-Abe talks ended ."
Document story() {
  return parsed(
      "Lee/Lee/PROPN/2/nsubj met/meet/VERB/0/root Abe/Abe/PROPN/2/obj ./././2/punct || "
      "the/the/DET/3/det Lee-Abe/Lee-Abe/PROPN/3/compound talks/talk/NOUN/4/nsubj ended/end/VERB/0/root "
      "./././4/punct");
}

TEST(HyphenNames, EveryPartNamesAnEarlierMention) {
  Document doc = story();
  DocumentActors a = mentions(doc, {{0, 1, {"KORGOV"}}, {2, 3, {"JPNGOV"}}});
  int32_t found[kMaxHyphenParts];
  ASSERT_EQ(hyphen_name_mentions(doc, a, "Lee-Abe", doc.sentences[1].tok_end, found), 2);
  EXPECT_EQ(found[0], 0);
  EXPECT_EQ(found[1], 1);
}

TEST(HyphenNames, AMissingPartOrAMalformedFormFindsNothing) {
  Document doc = story();
  DocumentActors a = mentions(doc, {{0, 1, {"KORGOV"}}, {2, 3, {"JPNGOV"}}});
  int32_t found[kMaxHyphenParts];
  const uint32_t end = doc.sentences[1].tok_end;
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee-Moon", end, found), 0);
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee", end, found), 0);
  EXPECT_EQ(hyphen_name_mentions(doc, a, "-Lee-Abe", end, found), 0);
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee-Abe-", end, found), 0);
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee--Abe", end, found), 0);
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee-Abe-Lee-Abe-Lee", end, found), 0);  // more than 4 parts
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee-Abe-Lee-Abe", end, found), 4);
}

TEST(HyphenNames, OnlyMentionsEndingByTheLimitAndWithACode) {
  Document doc = story();
  int32_t found[kMaxHyphenParts];
  // Abe's mention ends after the limit (token 2 is not yet read)
  DocumentActors a = mentions(doc, {{0, 1, {"KORGOV"}}, {2, 3, {"JPNGOV"}}});
  EXPECT_EQ(hyphen_name_mentions(doc, a, "Lee-Abe", 2, found), 0);
  // a code-less mention names no one
  DocumentActors b = mentions(doc, {{0, 1, {"KORGOV"}}, {2, 3, {}}});
  EXPECT_EQ(hyphen_name_mentions(doc, b, "Lee-Abe", doc.sentences[1].tok_end, found), 0);
}

}  // namespace
}  // namespace detente

// The TABARI/PETRARCH verb-dictionary reader: the reference dictionaries load
// with the expected counts, and their patterns run through the same matcher.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/error.h"
#include "events/coder.h"
#include "events/dictionary.h"
#include "events/test_util.h"

namespace detente {
namespace {

const std::string kData = DETENTE_SHARED_DIR "/data/eventdata/";

size_t count_lines_starting(const std::string& path, const std::string& prefix) {
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0 && line.rfind("---", 0) != 0) ++n;
  return n;
}

struct Case {
  const char* file;
  size_t blocks_min;
};

TEST(Tabari, ReferenceDictionariesLoad) {
  for (const char* rel : {"phoenix/CAMEO.2.0.txt", "phoenix/CAMEO.verbpatterns.150430.txt",
                          "petrarch/PETR.Validate.verbs.txt"}) {
    std::string path = kData + rel;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "reference data not found: " << path;
    events::PatternDictionary d;
    d.load_tabari(path);
    d.finish();
    size_t pattern_lines = count_lines_starting(path, "-");
    size_t tabari_patterns = 0, defaults = 0;
    for (auto& p : d.patterns) {
      ASSERT_EQ(p.kind, events::Pattern::kTabari);
      if (p.where.find(": -") != std::string::npos) ++tabari_patterns;
      else ++defaults;
    }
    // every '- ' pattern line becomes exactly one pattern
    EXPECT_EQ(tabari_patterns, pattern_lines) << rel;
    EXPECT_GT(d.tabari_verbs, 0u) << rel;
    RecordProperty(rel, std::to_string(tabari_patterns) + " patterns, " + std::to_string(d.tabari_verbs) +
                            " verbs, " + std::to_string(d.tabari_synsets) + " synsets, " +
                            std::to_string(defaults) + " verb defaults");
    std::string name = rel;
    if (name.find("CAMEO.2.0") != std::string::npos) {
      EXPECT_EQ(tabari_patterns, 4668u);
      EXPECT_EQ(d.tabari_synsets, 40u);
      EXPECT_EQ(d.tabari_verbs, 1915u);
    } else if (name.find("verbpatterns") != std::string::npos) {
      EXPECT_EQ(tabari_patterns, 11011u);  // 11010 "- " lines and one "-- +" typo
      EXPECT_EQ(d.tabari_synsets, 38u);
    } else {
      EXPECT_EQ(tabari_patterns, 474u);
      EXPECT_EQ(d.tabari_verbs, 269u);
      EXPECT_EQ(d.tabari_synsets, 17u);
    }
    std::cout << rel << ": " << tabari_patterns << " patterns, " << d.tabari_verbs << " verbs, "
              << d.tabari_synsets << " synsets\n";
  }
}

TEST(Tabari, PatternsRunThroughTheMatcher) {
  auto dir = std::filesystem::temp_directory_path();
  auto path = (dir / "detente_tabari_test.verbs").string();
  std::ofstream(path) << "&SANCT\n+SANCTIONS\n+EMBARGO\n\n"
                         "--- IMPOSE  [---] ---\nIMPOSE {IMPOSED IMPOSING}\n"
                         "- * &SANCT ON + [163]  # test\n- * CURFEW [---]\n\n"
                         "--- ATTACK [190] ---\nATTACK\nRAID\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document doc = testing::parsed(
      "Japan/Japan/PROPN/2/nsubj imposed/impose/VERB/0/root/VBD sanctions/sanction/NOUN/2/obj "
      "on/on/ADP/5/case Iran/Iran/PROPN/2/obl");
  auto a = testing::mentions(doc, {{0, 1, {"JPN"}}, {4, 5, {"IRN"}}});
  std::vector<Event> out;
  coder->code(doc, a, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "163");
  EXPECT_EQ(out[0].source, "JPN");
  EXPECT_EQ(out[0].target, "IRN");
  out.clear();
  Document d2 = testing::parsed("rebels/rebel/NOUN/2/nsubj raided/raid/VERB/0/root Kabul/Kabul/PROPN/2/obj");
  auto a2 = testing::mentions(d2, {{0, 1, {"AFGREB"}}, {2, 3, {"AFG"}}});
  coder->code(d2, a2, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "190");
}

// "[032:033]": the pattern codes the visit (source -> target 032) and its
// reciprocal "receive a visit" (target -> source 033); a block's pair is the
// default of its verbs and of its patterns without a code of their own.
TEST(Tabari, PairedCodesCodeTheReciprocalEvent) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_pair.verbs").string();
  std::ofstream(path) << "--- VISIT  [032:033] ---\nVISIT {VISITED}\n\n"
                         "--- CONDEMN [111] ---\nCONDEMN\n- * + [:112]\n";
  events::PatternDictionary d;
  d.load_tabari(path);
  d.finish();
  ASSERT_EQ(d.patterns.size(), 4u);  // VISIT, VISITED defaults; CONDEMN default; one '-' pattern
  EXPECT_EQ(d.patterns[0].code, "032");
  EXPECT_EQ(d.patterns[0].paired_code, "033");
  EXPECT_EQ(d.patterns[3].code, "112");  // "[:b]" reads b, with no pair
  EXPECT_EQ(d.patterns[3].paired_code, "");
  auto coder = EventCoder::load({path}, {}, true);
  Document doc = testing::parsed(
      "Abe/Abe/PROPN/2/nsubj visited/visit/VERB/0/root/VBD Seoul/Seoul/PROPN/2/obj");
  auto a = testing::mentions(doc, {{0, 1, {"JPNGOV"}}, {2, 3, {"KOR"}}});
  std::vector<Event> out;
  coder->code(doc, a, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source + ">" + out[0].target + " " + out[0].code, "JPNGOV>KOR 032");
  EXPECT_EQ(out[1].source + ">" + out[1].target + " " + out[1].code, "KOR>JPNGOV 033");
}

TEST(Tabari, CompoundActorCodesAmongItsMembers) {
  // "- % HAVE * [191]": in "Rohan and Dale have shelved their summit near Isen" the
  // compound subject codes ROH<->DAL between its members, and neither with Isen
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_compound.verbs").string();
  std::ofstream(path) << "--- SHELVE [120] ---\nSHELVE\n- % HAVE * [191]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document doc = testing::parsed(
      "Rohan/Rohan/PROPN/5/nsubj and/and/CCONJ/3/cc Dale/Dale/PROPN/1/conj "
      "have/have/AUX/5/aux shelved/shelve/VERB/0/root/VBN summit/summit/NOUN/5/obj "
      "near/near/ADP/8/case Isen/Isen/PROPN/5/obl");
  auto a = testing::mentions(doc, {{0, 1, {"ROH"}}, {2, 3, {"DAL"}}, {7, 8, {"ISEREB"}}});
  std::vector<Event> out;
  coder->code(doc, a, out);
  std::set<std::string> got;
  for (auto& e : out) got.insert(e.source + ">" + e.target + " " + e.code);
  EXPECT_EQ(got, (std::set<std::string>{"ROH>DAL 191", "DAL>ROH 191"}));
}

TEST(Tabari, MalformedLineNamesFileAndLine) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_bad.verbs").string();
  std::ofstream(path) << "--- X [010] ---\nSAY\n- * FOO [01\n";
  events::PatternDictionary d;
  try {
    d.load_tabari(path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":3"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace detente

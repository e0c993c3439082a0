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

// Codes of every event of `doc` as "SRC>TGT CODE".
std::set<std::string> coded(const EventCoder& coder, const Document& doc, const DocumentActors& a) {
  std::vector<Event> out;
  coder.code(doc, a, out);
  std::set<std::string> got;
  for (auto& e : out) got.insert(e.source + ">" + e.target + " " + e.code);
  return got;
}

// '_' is TABARI's closed connector: the joined words must be adjacent (a space is an
// open match that allows words between); "WARMLY_*" needs the word right before the verb.
TEST(Tabari, ClosedConnectorNeedsAdjacentWords) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_closed.verbs").string();
  std::ofstream(path) << "--- DROP [340] ---\nDROP\n- * NEW_TRADE_LINKS [341]\n- * TRADE LINKS [342]\n\n"
                         "--- PRAISE [051] ---\nPRAISE\n- WARMLY_* [052]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d1 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj dropped/drop/VERB/0/root/VBD new/new/ADJ/5/amod trade/trade/NOUN/5/compound "
      "links/link/NOUN/2/obj with/with/ADP/7/case Kestria/Kestria/PROPN/5/nmod");
  auto a1 = testing::mentions(d1, {{0, 1, {"VAR"}}, {6, 7, {"KES"}}});
  EXPECT_EQ(coded(*coder, d1, a1), (std::set<std::string>{"VAR>KES 341"}));
  Document d2 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj dropped/drop/VERB/0/root/VBD new/new/ADJ/6/amod maritime/maritime/ADJ/6/amod "
      "trade/trade/NOUN/6/compound links/link/NOUN/2/obj with/with/ADP/8/case Kestria/Kestria/PROPN/6/nmod");
  auto a2 = testing::mentions(d2, {{0, 1, {"VAR"}}, {7, 8, {"KES"}}});
  EXPECT_EQ(coded(*coder, d2, a2), (std::set<std::string>{"VAR>KES 342"}));
  Document d3 = testing::parsed(
      "Varnia/Varnia/PROPN/3/nsubj warmly/warmly/ADV/3/advmod praised/praise/VERB/0/root/VBD Kestria/Kestria/PROPN/3/obj");
  auto a3 = testing::mentions(d3, {{0, 1, {"VAR"}}, {3, 4, {"KES"}}});
  EXPECT_EQ(coded(*coder, d3, a3), (std::set<std::string>{"VAR>KES 052"}));
  Document d4 = testing::parsed(
      "Varnia/Varnia/PROPN/5/nsubj warmly/warmly/ADV/5/advmod and/and/CCONJ/4/cc loudly/loudly/ADV/2/conj "
      "praised/praise/VERB/0/root/VBD Kestria/Kestria/PROPN/5/obj");
  auto a4 = testing::mentions(d4, {{0, 1, {"VAR"}}, {5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d4, a4), (std::set<std::string>{"VAR>KES 051"}));
}

// A multi-word synset member matches only as a whole: "+SILVER_MARKS" is not matched by
// "marks" alone; "+GOLD CROWNS" (open) allows a word between.
TEST(Tabari, MultiWordSynsetMemberMatchesAsAWhole) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_phrase.verbs").string();
  std::ofstream(path) << "&COIN\n+SILVER_MARKS\n+GOLD CROWNS\n+PENNIES\n\n"
                         "--- DONATE [070] ---\nDONATE\n- * &COIN [071]\n";
  auto coder = EventCoder::load({path}, {}, true);
  auto run = [&](const char* words) {
    std::string s = std::string("Varnia/Varnia/PROPN/2/nsubj donated/donate/VERB/0/root/VBD ") + words;
    Document d = testing::parsed(s);
    size_t n = d.tokens.size();
    auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {static_cast<uint32_t>(n - 1), static_cast<uint32_t>(n), {"KES"}}});
    return coded(*coder, d, a);
  };
  EXPECT_EQ(run("marks/mark/NOUN/2/obj to/to/ADP/5/case Kestria/Kestria/PROPN/2/obl"),
            (std::set<std::string>{"VAR>KES 070"}));
  EXPECT_EQ(run("silver/silver/NOUN/4/compound marks/mark/NOUN/2/obj to/to/ADP/6/case Kestria/Kestria/PROPN/2/obl"),
            (std::set<std::string>{"VAR>KES 071"}));
  EXPECT_EQ(run("gold/gold/NOUN/5/compound bronze/bronze/NOUN/5/compound crowns/crown/NOUN/2/obj "
                "to/to/ADP/7/case Kestria/Kestria/PROPN/2/obl"),
            (std::set<std::string>{"VAR>KES 071"}));
}

// '^' skips the next noun phrase, actor or not; the slot after it takes the next actor.
TEST(Tabari, CaretSkipsTheNextNounPhrase) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_skip.verbs").string();
  std::ofstream(path) << "--- DINE [040] ---\nDINE\n- * AT ^ + [044]\n\n"
                         "--- ALERT [160] ---\nALERT\n- * THEIR ^ TO + [162]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d1 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj dined/dine/VERB/0/root/VBD at/at/ADP/4/case Orvel/Orvel/PROPN/2/obl "
      "with/with/ADP/6/case Kestria/Kestria/PROPN/2/obl");
  auto a1 = testing::mentions(d1, {{0, 1, {"VAR"}}, {3, 4, {"ORV"}}, {5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d1, a1), (std::set<std::string>{"VAR>KES 044"}));
  Document d2 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj alerted/alert/VERB/0/root/VBD their/their/PRON/5/nmod:poss "
      "border/border/NOUN/5/compound guards/guard/NOUN/2/obj to/to/ADP/7/case Kestria/Kestria/PROPN/2/obl");
  auto a2 = testing::mentions(d2, {{0, 1, {"VAR"}}, {6, 7, {"KES"}}});
  EXPECT_EQ(coded(*coder, d2, a2), (std::set<std::string>{"VAR>KES 162"}));
}

// At equal specificity the verb listed under the word's own form ("LEFT") beats the one
// of its lemma ("LEAVE"); a multiword verb's own entry ("+BREAK_OFF") beats the bare
// verb but loses to any matching pattern of its block.
TEST(Tabari, FormEntriesAndMultiwordVerbs) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_forms.verbs").string();
  std::ofstream(path) << "--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032:033] ---\nLEFT\n\n"
                         "--- BREAK [1717] ---\nBREAK {BROKE}\n+BREAK_OFF {+BROKE_OFF} [195]\n- * PACT [161]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d1 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj left/leave/VERB/0/root/VBD for/for/ADP/4/case Kestria/Kestria/PROPN/2/obl");
  auto a1 = testing::mentions(d1, {{0, 1, {"VAR"}}, {3, 4, {"KES"}}});
  EXPECT_EQ(coded(*coder, d1, a1), (std::set<std::string>{"VAR>KES 032", "KES>VAR 033"}));
  Document d2 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj broke/break/VERB/0/root/VBD off/off/ADP/2/compound:prt "
      "the/the/DET/5/det pact/pact/NOUN/2/obj with/with/ADP/7/case Kestria/Kestria/PROPN/5/nmod");
  auto a2 = testing::mentions(d2, {{0, 1, {"VAR"}}, {6, 7, {"KES"}}});
  EXPECT_EQ(coded(*coder, d2, a2), (std::set<std::string>{"VAR>KES 161"}));
  Document d3 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj broke/break/VERB/0/root/VBD off/off/ADP/2/compound:prt "
      "talks/talk/NOUN/2/obj with/with/ADP/6/case Kestria/Kestria/PROPN/4/nmod");
  auto a3 = testing::mentions(d3, {{0, 1, {"VAR"}}, {5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d3, a3), (std::set<std::string>{"VAR>KES 195"}));
}

// A slot before '*' on a verb with no subject of its own is the actor nearest before the
// next word of the pattern: "+ HOSTING * WITH $".
TEST(Tabari, SlotBeforeStarWithoutSubjectIsTheActorBeforeTheNextWord) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_before.verbs").string();
  std::ofstream(path) << "--- FEAST [040] ---\nFEAST\n- + HOSTING * WITH $ [042]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Varnia/Varnia/PROPN/4/nsubj will/will/AUX/4/aux be/be/AUX/4/aux hosting/host/VERB/0/root "
      "Kestria/Kestria/PROPN/4/obj to/to/PART/7/mark feast/feast/VERB/4/xcomp with/with/ADP/9/case "
      "Orvel/Orvel/PROPN/7/obl");
  auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {4, 5, {"KES"}}, {8, 9, {"ORV"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"ORV>VAR 042"}));
}

// Words before '*' that reach into the governing clause make the pattern that clause's:
// its subject is the source when the verb's own subject names no actor, or when the
// pattern makes that subject the target ("- NOTED + *").
TEST(Tabari, PatternReachingTheGoverningClauseTakesItsSubject) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_span.verbs").string();
  std::ofstream(path) << "--- ACT [100] ---\nACT\n- HINTED WOULD * NOW [1010]\n\n"
                         "--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d1 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj hinted/hint/VERB/0/root/VBD it/it/PRON/5/nsubj would/would/AUX/5/aux "
      "act/act/VERB/2/ccomp now/now/ADV/5/advmod against/against/ADP/8/case Kestria/Kestria/PROPN/5/obl");
  auto a1 = testing::mentions(d1, {{0, 1, {"VAR"}}, {7, 8, {"KES"}}});
  EXPECT_EQ(coded(*coder, d1, a1), (std::set<std::string>{"VAR>KES 1010"}));
  Document d2 = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj noted/note/VERB/0/root/VBD that/that/SCONJ/5/mark Kestria/Kestria/PROPN/5/nsubj "
      "regretted/regret/VERB/2/ccomp/VBD the/the/DET/7/det decision/decision/NOUN/5/obj");
  auto a2 = testing::mentions(d2, {{0, 1, {"VAR"}}, {3, 4, {"KES"}}});
  EXPECT_EQ(coded(*coder, d2, a2), (std::set<std::string>{"VAR>KES 115"}));
}

// A modal the pattern itself names before '*' is part of its meaning, not a hedge.
TEST(Tabari, ModalNamedByThePatternIsNotDropped) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_modal.verbs").string();
  std::ofstream(path) << "--- ACT [100] ---\nACT\n- SHOULD * [1011]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Varnia/Varnia/PROPN/3/nsubj should/should/AUX/3/aux act/act/VERB/0/root against/against/ADP/5/case "
      "Kestria/Kestria/PROPN/3/obl");
  auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {4, 5, {"KES"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"VAR>KES 1011"}));
}

// TABARI's complex-event marker "[+++]" codes nothing and lets the next pattern code.
TEST(Tabari, ComplexEventMarkerStandsAside) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_complex.verbs").string();
  std::ofstream(path) << "--- MEND [060] ---\nMEND\n- * FULL [+++]\n- * TIES [064]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Varnia/Varnia/PROPN/2/nsubj mended/mend/VERB/0/root/VBD full/full/ADJ/4/amod ties/tie/NOUN/2/obj "
      "with/with/ADP/6/case Kestria/Kestria/PROPN/4/nmod");
  auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"VAR>KES 064"}));
}

// PETRARCH's new_actor_length: a slot naming no known actor is coded by its own noun
// phrase (up to that many words); a title and name the parser split into a relative
// clause with no relative word are one phrase.
TEST(Tabari, NewActorsFromNounPhrases) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_new.verbs").string();
  std::ofstream(path) << "--- DEPART [032] ---\nDEPART\n";
  EventCoder::Options o;
  o.new_actor_length = 4;
  auto coder = EventCoder::load({path}, o, true);
  auto plain = EventCoder::load({path}, {}, true);
  Document d1 = testing::parsed(
      "the/the/DET/3/det river/river/NOUN/3/compound guild/guild/NOUN/4/nsubj departed/depart/VERB/0/root/VBD "
      "for/for/ADP/6/case Kestria/Kestria/PROPN/4/obl");
  auto a1 = testing::mentions(d1, {{5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d1, a1), (std::set<std::string>{"\"THE RIVER GUILD\">KES 032"}));
  EXPECT_TRUE(coded(*plain, d1, a1).empty());
  Document d2 = testing::parsed(
      "the/the/DET/3/det guild/guild/NOUN/3/compound master/master/NOUN/0/root Anna/Anna/PROPN/5/nsubj "
      "departed/depart/VERB/3/acl:relcl/VBD for/for/ADP/7/case Kestria/Kestria/PROPN/5/obl");
  auto a2 = testing::mentions(d2, {{6, 7, {"KES"}}});
  EXPECT_EQ(coded(*coder, d2, a2), (std::set<std::string>{"\"THE GUILD MASTER ANNA\">KES 032"}));
}

// TABARI: a name parsed as the subject of a relative clause with no relative word right
// after a title ("Varnia's envoy | Anna warned Kestria") is the title's person; a name coded
// only as a bare country gives way to the title's code.
TEST(Tabari, TitleSplitFromItsNameKeepsTheTitlesCode) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_title.verbs").string();
  std::ofstream(path) << "--- WARN [160] ---\nWARN\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Varnia/Varnia/PROPN/3/nmod:poss 's/'s/PART/1/case envoy/envoy/NOUN/0/root Anna/Anna/PROPN/5/nsubj "
      "warned/warn/VERB/3/acl:relcl/VBD Kestria/Kestria/PROPN/5/obj");
  auto a = testing::mentions(d, {{0, 3, {"VARGOV"}}, {3, 4, {"ORV"}}, {5, 6, {"KES"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"VARGOV>KES 160"}));
}

// A sentence whose root is a noun and whose only verb is a participle hung on it is a
// clause the parser misread (TABARI dictionaries too): the noun is the doer.
TEST(Tabari, MisreadParticipleOfARootNounIsTheMainVerb) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_acl.verbs").string();
  std::ofstream(path) << "--- VOW [170] ---\nVOW\n- * WAR [173]\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Varnia/Varnia/PROPN/3/nmod:poss 's/'s/PART/1/case militia/militia/NOUN/0/root vowed/vow/VERB/3/acl/VBN "
      "war/war/NOUN/4/obl on/on/ADP/7/case Kestria/Kestria/PROPN/5/nmod ././PUNCT/3/punct");
  auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {6, 7, {"KES"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"VAR>KES 173"}));
}

// Two subjects with a comma between are a list, also when the first is a name the parser
// hung as `flat` under a modifier it read as the head ("Grim Varnia, Kestria and Orvel").
TEST(Tabari, ListSubjectWithANameUnderAModifier) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_list.verbs").string();
  std::ofstream(path) << "--- WELCOME [041] ---\nWELCOME\n";
  auto coder = EventCoder::load({path}, {}, true);
  Document d = testing::parsed(
      "Grim/grim/NOUN/8/nsubj Varnia/Varnia/PROPN/1/flat ,/,/PUNCT/4/punct Kestria/Kestria/PROPN/2/conj "
      ",/,/PUNCT/7/punct and/and/CCONJ/7/cc Orvel/Orvel/PROPN/8/nsubj welcomed/welcome/VERB/0/root/VBD "
      "Tessaly/Tessaly/PROPN/8/obj");
  auto a = testing::mentions(d, {{1, 2, {"VAR"}}, {3, 4, {"KES"}}, {6, 7, {"ORV"}}, {8, 9, {"TES"}}});
  EXPECT_EQ(coded(*coder, d, a), (std::set<std::string>{"VAR>TES 041", "KES>TES 041", "ORV>TES 041"}));
}

// A pattern's words other than verbs match the text's form as written (PETRARCH lists
// the forms it means: "TALKS"); "* EFFORT" is not "efforts". Verbs match by lemma.
TEST(Tabari, PatternNounsMatchTheirWrittenForm) {
  auto path = (std::filesystem::temp_directory_path() / "detente_tabari_forms2.verbs").string();
  std::ofstream(path) << "--- DROP [345] ---\nDROP\n- * EFFORT [987]\n";
  auto coder = EventCoder::load({path}, {}, true);
  auto run = [&](const char* noun) {
    Document d = testing::parsed(std::string("Varnia/Varnia/PROPN/2/nsubj dropped/drop/VERB/0/root/VBD ") + noun +
                                 " with/with/ADP/6/case Kestria/Kestria/PROPN/4/nmod");
    auto a = testing::mentions(d, {{0, 1, {"VAR"}}, {5, 6, {"KES"}}});
    return coded(*coder, d, a);
  };
  EXPECT_EQ(run("its/its/PRON/4/nmod:poss effort/effort/NOUN/2/obj"), (std::set<std::string>{"VAR>KES 987"}));
  EXPECT_EQ(run("its/its/PRON/4/nmod:poss efforts/effort/NOUN/2/obj"), (std::set<std::string>{"VAR>KES 345"}));
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

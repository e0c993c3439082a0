// Unit tests of the matcher on hand-built parses (no parser model needed).
#include "events/coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "events/dictionary.h"
#include "events/test_util.h"

#include <set>

namespace detente {
namespace {

using testing::M;
using testing::mentions;
using testing::parsed;

const char* kPatterns = R"(# test dictionary
@sanction = sanction embargo restriction curb tariff
@talk = talk talks consultation meeting
163 V impose @sanction on $T
163 N @sanction against $T
163 N @sanction on $T
040 V meet $T ; joint
040 V meet with $T ; joint
040 V meet ; joint
043 V hold @talk with $T ; joint
040 V hold @talk ; joint
040 N @talk with $T ; joint
040 N @talk ; joint
190 V attack $T
190 N attack on $T
112 V accuse $T
173 V arrest $T
042 V receive visit from $S
)";

std::string write_patterns(const std::string& text) {
  static int k = 0;
  auto path = std::filesystem::temp_directory_path() /
              ("detente_events_test_" + std::to_string(::getpid()) + "_" + std::to_string(k++) + ".txt");
  std::ofstream(path) << text;
  return path.string();
}

std::shared_ptr<const EventCoder> coder(EventCoder::Options o = {}) {
  return EventCoder::load({write_patterns(kPatterns)}, o);
}

std::string triples(const std::vector<Event>& evs) {
  std::string s;
  for (auto& e : evs) s += e.source + " " + e.target + " " + e.code + "\n";
  return s.empty() ? "none\n" : s;
}

std::string run(const std::string& spec, const std::vector<M>& ms, EventCoder::Options o = {},
                std::vector<Event>* keep = nullptr) {
  Document doc = parsed(spec);
  DocumentActors a = mentions(doc, ms);
  std::vector<Event> out;
  CodeTrace trace;
  coder(o)->code(doc, a, out, &trace);
  if (keep) *keep = out;
  return triples(out);
}

const char* kImpose =
    "Japan/Japan/PROPN/2/nsubj imposed/impose/VERB/0/root/VBD sanctions/sanction/NOUN/2/obj "
    "on/on/ADP/5/case Iran/Iran/PROPN/2/obl";

TEST(Coder, ActiveVoice) {
  std::vector<Event> evs;
  EXPECT_EQ(run(kImpose, {{0, 1, {"JPN"}}, {4, 5, {"IRN"}}}, {}, &evs), "JPN IRN 163\n");
  ASSERT_EQ(evs.size(), 1u);
  const Event& e = evs[0];
  EXPECT_EQ(e.root, "16");
  EXPECT_EQ(e.quad, 4);
  EXPECT_EQ(e.source_text, "Japan");
  EXPECT_EQ(e.target_text, "Iran");
  EXPECT_EQ(e.verb_text, "imposed");
  EXPECT_EQ(e.source_span.begin, 0u);
  EXPECT_EQ(e.source_span.end, 5u);
  EXPECT_NE(e.pattern.find(":4: 163 V impose @sanction on $T"), std::string::npos) << e.pattern;
  EXPECT_EQ(e.text, "Japan imposed sanctions on Iran");
  EXPECT_EQ(e.date.ok(), true);
}

TEST(Coder, PassiveByAgentIsSource) {
  EXPECT_EQ(run("Sanctions/sanction/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass imposed/impose/VERB/0/root/VBN "
                "on/on/ADP/5/case Iran/Iran/PROPN/3/obl by/by/ADP/7/case Japan/Japan/PROPN/3/obl:agent",
                {{4, 5, {"IRN"}}, {6, 7, {"JPN"}}}),
            "JPN IRN 163\n");
}

TEST(Coder, NegationDrops) {
  EXPECT_EQ(run("Japan/Japan/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod impose/impose/VERB/0/root "
                "sanctions/sanction/NOUN/4/obj on/on/ADP/7/case Iran/Iran/PROPN/4/obl",
                {{0, 1, {"JPN"}}, {6, 7, {"IRN"}}}),
            "none\n");
  EXPECT_EQ(run("No/no/DET/2/det sanctions/sanction/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass imposed/impose/VERB/0/root/VBN "
                "on/on/ADP/6/case Iran/Iran/PROPN/4/obl by/by/ADP/8/case Japan/Japan/PROPN/4/obl:agent",
                {{5, 6, {"IRN"}}, {7, 8, {"JPN"}}}),
            "none\n");
}

TEST(Coder, ModalKeptOnlyOnRequest) {
  const char* spec =
      "Japan/Japan/PROPN/3/nsubj may/may/AUX/3/aux impose/impose/VERB/0/root sanctions/sanction/NOUN/3/obj "
      "on/on/ADP/6/case Iran/Iran/PROPN/3/obl";
  EXPECT_EQ(run(spec, {{0, 1, {"JPN"}}, {5, 6, {"IRN"}}}), "none\n");
  EventCoder::Options o;
  o.keep_modal = true;
  std::vector<Event> evs;
  EXPECT_EQ(run(spec, {{0, 1, {"JPN"}}, {5, 6, {"IRN"}}}, o, &evs), "JPN IRN 163\n");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_NE(evs[0].mode.find("hypothetical"), std::string::npos);
}

TEST(Coder, ConditionalClauseIsModal) {
  EXPECT_EQ(run("If/if/SCONJ/3/mark Japan/Japan/PROPN/3/nsubj attacks/attack/VERB/6/advcl Iran/Iran/PROPN/3/obj "
                "it/it/PRON/6/nsubj loses/lose/VERB/0/root",
                {{1, 2, {"JPN"}}, {3, 4, {"IRN"}}}),
            "none\n");
}

TEST(Coder, CoordinatedTargetsAndJoint) {
  EXPECT_EQ(run("Moon/Moon/PROPN/2/nsubj met/meet/VERB/0/root with/with/ADP/4/case Abe/Abe/PROPN/2/obl "
                "and/and/CCONJ/6/cc Trump/Trump/PROPN/4/conj",
                {{0, 1, {"KORGOV"}}, {3, 4, {"JPNGOV"}}, {5, 6, {"USAGOV"}}}),
            "KORGOV JPNGOV 040\nJPNGOV KORGOV 040\nKORGOV USAGOV 040\nUSAGOV KORGOV 040\n");
}

TEST(Coder, CoordinatedSubjectsOfJointPredicate) {
  EXPECT_EQ(run("Japan/Japan/PROPN/4/nsubj and/and/CCONJ/3/cc Korea/Korea/PROPN/1/conj met/meet/VERB/0/root",
                {{0, 1, {"JPN"}}, {2, 3, {"KOR"}}}),
            "JPN KOR 040\nKOR JPN 040\n");
}

TEST(Coder, ListOfSubjectsParsedAsTwoSubjects) {
  // "Japan, Korea and China attacked Iran" with the parser's two nsubj (and a conj
  // chain): every listed subject is a source
  EXPECT_EQ(run("Japan/Japan/PROPN/6/nsubj ,/,/PUNCT/3/punct Korea/Korea/PROPN/6/nsubj and/and/CCONJ/5/cc "
                "China/China/PROPN/3/conj attacked/attack/VERB/0/root Iran/Iran/PROPN/6/obj",
                {{0, 1, {"JPN"}}, {2, 3, {"KOR"}}, {4, 5, {"CHN"}}, {6, 7, {"IRN"}}}),
            "JPN IRN 190\nKOR IRN 190\nCHN IRN 190\n");
  // ... but a title split from its name ("Bree Prime Minister X") is no list: no comma
  EXPECT_EQ(run("Japan/Japan/PROPN/3/nsubj minister/minister/NOUN/3/nsubj attacked/attack/VERB/0/root "
                "Iran/Iran/PROPN/3/obj",
                {{0, 1, {"JPN"}}, {1, 2, {"JPNGOV"}}, {3, 4, {"IRN"}}}),
            "JPN IRN 190\n");
  // ... nor is a conjunction hung inside the first subject ("Libyan leader Gaddafi and
  // Bulgarian President Zhivkov met", "Zhivkov" a second nsubj): both are sources
  EXPECT_EQ(run("leader/leader/NOUN/6/nsubj Gaddafi/Gaddafi/PROPN/5/compound and/and/CCONJ/4/cc "
                "Bulgarian/Bulgarian/PROPN/2/conj Zhivkov/Zhivkov/PROPN/6/nsubj met/meet/VERB/0/root",
                {{0, 2, {"LBYGOV"}}, {3, 5, {"BGRGOV"}}}),
            "LBYGOV BGRGOV 040\nBGRGOV LBYGOV 040\n");
}

TEST(Coder, NameAfterTitleOfItsCountryTakesTheTitlesRole) {
  // "Bree Prime Minister | Romendacil attacked Gondor": TABARI dictionaries code the
  // name BRE and the title BREGOV; the name takes the title's role
  Document doc = parsed("Bree/Bree/PROPN/3/compound Minister/Minister/PROPN/3/compound "
                        "Romendacil/Romendacil/PROPN/4/nsubj attacked/attack/VERB/0/root Gondor/Gondor/PROPN/4/obj");
  DocumentActors a = mentions(doc, {{0, 2, {"BREGOV"}}, {2, 3, {"BRE"}}, {4, 5, {"GON"}}});
  a.mentions[0].how = "country+agent";
  std::vector<Event> out;
  coder()->code(doc, a, out);
  EXPECT_EQ(triples(out), "BREGOV GON 190\n");
  // a title of another country is not the name's role
  a.mentions[0].codes = {"ERIGOV"};
  out.clear();
  coder()->code(doc, a, out);
  EXPECT_EQ(triples(out), "BRE GON 190\n");
}

TEST(Coder, ConjunctsOfConjuncts) {
  // "Moon met Abe, Trump and Xi" parsed as a chain Abe <- Trump <- Xi
  EXPECT_EQ(run("Moon/Moon/PROPN/2/nsubj attacked/attack/VERB/0/root Abe/Abe/PROPN/2/obj ,/,/PUNCT/5/punct "
                "Trump/Trump/PROPN/3/conj and/and/CCONJ/7/cc Xi/Xi/PROPN/5/conj",
                {{0, 1, {"KORGOV"}}, {2, 3, {"JPNGOV"}}, {4, 5, {"USAGOV"}}, {6, 7, {"CHNGOV"}}}),
            "KORGOV JPNGOV 190\nKORGOV USAGOV 190\nKORGOV CHNGOV 190\n");
}

TEST(Coder, ControlIntent) {
  // "agreed to hold talks" is an intent to meet (036), the subject's alone
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj agreed/agree/VERB/0/root to/to/PART/4/mark hold/hold/VERB/2/xcomp "
                "talks/talk/NOUN/4/obj with/with/ADP/7/case Korea/Korea/PROPN/4/obl",
                {{0, 1, {"JPN"}}, {6, 7, {"KOR"}}}),
            "JPN KOR 036\n");
}

TEST(Coder, PluralSubjectOfJointIntent) {
  // "the two sides agreed to hold talks": one mention carrying both codes
  EXPECT_EQ(run("the/the/DET/3/det two/two/NUM/3/nummod sides/side/NOUN/4/nsubj agreed/agree/VERB/0/root "
                "to/to/PART/6/mark hold/hold/VERB/4/xcomp talks/talk/NOUN/6/obj",
                {{0, 3, {"KOR", "JPN"}}}),
            "KOR JPN 036\nJPN KOR 036\n");
}

TEST(Coder, ControlRefuseAndThreat) {
  std::vector<Event> evs;
  run("Korea/Korea/PROPN/2/nsubj refused/refuse/VERB/0/root to/to/PART/4/mark meet/meet/VERB/2/xcomp "
      "Japan/Japan/PROPN/4/obj",
      {{0, 1, {"KOR"}}, {4, 5, {"JPN"}}}, {}, &evs);
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].root, "12");
  EXPECT_EQ(evs[0].source, "KOR");
  EXPECT_EQ(evs[0].target, "JPN");
  run("Japan/Japan/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark impose/impose/VERB/2/xcomp "
      "sanctions/sanction/NOUN/4/obj on/on/ADP/7/case Korea/Korea/PROPN/4/obl",
      {{0, 1, {"JPN"}}, {6, 7, {"KOR"}}}, {}, &evs);
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].root, "13");
}

TEST(Coder, ReportedSpeechKeepsAttribution) {
  std::vector<Event> evs;
  EXPECT_EQ(run("Kim/Kim/PROPN/2/nsubj said/say/VERB/0/root Japan/Japan/PROPN/4/nsubj attacked/attack/VERB/2/ccomp "
                "Korea/Korea/PROPN/4/obj",
                {{0, 1, {"PRKGOV"}}, {2, 3, {"JPN"}}, {4, 5, {"KOR"}}}, {}, &evs),
            "JPN KOR 190\n");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].attribution, "PRKGOV");
}

TEST(Coder, AllegationIsNotTheAct) {
  // "Iran accused Israel of attacking Syria": the accusation only
  EXPECT_EQ(run("Iran/Iran/PROPN/2/nsubj accused/accuse/VERB/0/root Israel/Israel/PROPN/2/obj of/of/SCONJ/5/mark "
                "attacking/attack/VERB/2/advcl Syria/Syria/PROPN/5/obj",
                {{0, 1, {"IRN"}}, {2, 3, {"ISR"}}, {5, 6, {"SYR"}}}),
            "IRN ISR 112\n");
}

TEST(Coder, ChargedThatIsAlleged) {
  // (session 19, lead) "Iran charged that Iraq attacked Kuwait": Iran accuses Iraq (112); the
  // attack is alleged, not coded as done
  EXPECT_EQ(run("Iran/Iran/PROPN/2/nsubj charged/charge/VERB/0/root that/that/SCONJ/5/mark Iraq/Iraq/PROPN/5/nsubj "
                "attacked/attack/VERB/2/ccomp Kuwait/Kuwait/PROPN/5/obj",
                {{0, 1, {"IRN"}}, {3, 4, {"IRQ"}}, {5, 6, {"KWT"}}}),
            "IRN IRQ 112\n");
  // "alleged" with no "that"
  EXPECT_EQ(run("Iran/Iran/PROPN/2/nsubj alleged/allege/VERB/0/root Iraq/Iraq/PROPN/4/nsubj "
                "attacked/attack/VERB/2/ccomp Kuwait/Kuwait/PROPN/4/obj",
                {{0, 1, {"IRN"}}, {2, 3, {"IRQ"}}, {4, 5, {"KWT"}}}),
            "IRN IRQ 112\n");
  // the noun, its clause hung on it: "(over) U.S. charges that Japan attacked Korea"
  EXPECT_EQ(run("U.S./U.S./PROPN/2/compound charges/charge/NOUN/0/root that/that/SCONJ/5/mark "
                "Japan/Japan/PROPN/5/nsubj attacked/attack/VERB/2/ccomp Korea/Korea/PROPN/5/obj",
                {{0, 1, {"USA"}}, {3, 4, {"JPN"}}, {5, 6, {"KOR"}}}),
            "USA JPN 112\n");
  // ... or as a clause of the noun: "Iranian accusations that Kuwait armed Iraq" (no 07x)
  EXPECT_EQ(run("Iranian/Iranian/ADJ/2/amod accusations/accusation/NOUN/0/root that/that/SCONJ/5/mark "
                "Kuwait/Kuwait/PROPN/5/nsubj armed/arm/VERB/2/acl Iraq/Iraq/PROPN/5/obj",
                {{0, 1, {"IRN"}}, {3, 4, {"KWT"}}, {5, 6, {"IRQ"}}}),
            "IRN KWT 112\n");
  // guard: "charge" without "that" is a price, no allegation ("the rate it charges banks")
  EXPECT_EQ(run("Peru/Peru/PROPN/2/nsubj charges/charge/VERB/0/root Chile/Chile/PROPN/4/nsubj "
                "pays/pay/VERB/2/ccomp",
                {{0, 1, {"PER"}}, {2, 3, {"CHL"}}}),
            "none\n");
  // guard: a report of the act ("Iran said that Iraq attacked Kuwait") codes it
  EXPECT_EQ(run("Iran/Iran/PROPN/2/nsubj said/say/VERB/0/root Iraq/Iraq/PROPN/4/nsubj "
                "attacked/attack/VERB/2/ccomp Kuwait/Kuwait/PROPN/4/obj",
                {{0, 1, {"IRN"}}, {2, 3, {"IRQ"}}, {4, 5, {"KWT"}}}),
            "IRQ KWT 190\n");
}

TEST(Coder, PurposeClauseIsNotDone) {
  EXPECT_EQ(run("Russia/Russia/PROPN/2/nsubj sent/send/VERB/0/root troops/troop/NOUN/2/obj to/to/PART/5/mark "
                "attack/attack/VERB/2/advcl Ukraine/Ukraine/PROPN/5/obj",
                {{0, 1, {"RUS"}}, {5, 6, {"UKR"}}}),
            "none\n");
}

TEST(Coder, NounUnderControlVerb) {
  // "The US is planning an attack on Iran": intent, recoded like "planning to attack"
  std::vector<Event> evs;
  run("The/the/DET/2/det US/US/PROPN/4/nsubj is/be/AUX/4/aux planning/plan/VERB/0/root an/a/DET/6/det "
      "attack/attack/NOUN/4/obj on/on/ADP/8/case Iran/Iran/PROPN/6/nmod",
      {{1, 2, {"USA"}}, {7, 8, {"IRN"}}}, {}, &evs);
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].source, "USA");
  EXPECT_EQ(evs[0].target, "IRN");
  EXPECT_NE(evs[0].root, "19");
}

TEST(Coder, RelativeClause) {
  EXPECT_EQ(run("Japan/Japan/PROPN/0/root which/which/PRON/3/nsubj imposed/impose/VERB/1/acl:relcl "
                "sanctions/sanction/NOUN/3/obj on/on/ADP/6/case Korea/Korea/PROPN/3/obl",
                {{0, 1, {"JPN"}}, {5, 6, {"KOR"}}}),
            "JPN KOR 163\n");
}

TEST(Coder, NominalEvents) {
  // "Japan's export restrictions against South Korea hurt trade"
  EXPECT_EQ(run("Japan/Japan/PROPN/4/nmod:poss 's/'s/PART/1/case export/export/NOUN/4/compound "
                "restrictions/restriction/NOUN/8/nsubj against/against/ADP/7/case South/South/PROPN/7/compound "
                "Korea/Korea/PROPN/4/nmod hurt/hurt/VERB/0/root trade/trade/NOUN/8/obj",
                {{0, 1, {"JPN"}}, {5, 7, {"KOR"}}}),
            "JPN KOR 163\n");
  // "the Lee-Abe talks ended": both directions
  EXPECT_EQ(run("the/the/DET/4/det Lee/Lee/PROPN/4/compound Abe/Abe/PROPN/4/compound talks/talk/NOUN/5/nsubj "
                "ended/end/VERB/0/root",
                {{1, 2, {"KORGOV"}}, {2, 3, {"JPNGOV"}}}),
            "KORGOV JPNGOV 040\nJPNGOV KORGOV 040\n");
}

TEST(Coder, SourceSlotWithoutTarget) {
  EXPECT_EQ(run("Abe/Abe/PROPN/2/nsubj received/receive/VERB/0/root a/a/DET/4/det visit/visit/NOUN/2/obj "
                "from/from/ADP/6/case Moon/Moon/PROPN/4/nmod",
                {{0, 1, {"JPNGOV"}}, {5, 6, {"KORGOV"}}}),
            "KORGOV JPNGOV 042\n");
}

TEST(Coder, DyadRequiredAndSelfDropped) {
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj attacked/attack/VERB/0/root ships/ship/NOUN/2/obj", {{0, 1, {"JPN"}}}),
            "none\n");
  EventCoder::Options o;
  o.allow_no_target = true;
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj attacked/attack/VERB/0/root ships/ship/NOUN/2/obj", {{0, 1, {"JPN"}}}, o),
            "JPN  190\n");
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj attacked/attack/VERB/0/root itself/itself/PRON/2/obj",
                {{0, 1, {"JPN"}}, {2, 3, {"JPN"}}}),
            "none\n");
}

TEST(Coder, TraceExplainsDrops) {
  Document doc = parsed(
      "Japan/Japan/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod impose/impose/VERB/0/root "
      "sanctions/sanction/NOUN/4/obj on/on/ADP/7/case Iran/Iran/PROPN/4/obl");
  DocumentActors a = mentions(doc, {{0, 1, {"JPN"}}, {6, 7, {"IRN"}}});
  std::vector<Event> out;
  CodeTrace trace;
  coder()->code(doc, a, out, &trace);
  EXPECT_TRUE(out.empty());
  ASSERT_FALSE(trace.attempts.empty());
  bool negated = false;
  for (auto& d : trace.dropped) negated |= d.reason == DropReason::kNegated && d.detail.find("not") != std::string::npos;
  EXPECT_TRUE(negated);
}

TEST(Coder, MalformedPatternNamesFileAndLine) {
  for (const char* bad : {"040 V meet $X\n", "40x V meet $T\n", "040 Q meet $T\n", "040 V meet with\n",
                          "040 V meet $T ; jointly\n", "999 V meet $T\n", "040 V hold @nosuchclass\n",
                          "130 N threat against $T ; negated\n", "0874 N withdrawal from $T ; subj=@troop\n",
                          "0874 V withdraw from $T ; subj=@nosuchclass\n", "0874 V withdraw from $T ; subj=\n"}) {
    std::string path = write_patterns(std::string("# header\n") + bad);
    try {
      EventCoder::load({path}, {});
      ADD_FAILURE() << "no error for " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::kBadDictionary) << bad;
      EXPECT_NE(std::string(e.what()).find(path + ":2"), std::string::npos) << e.what();
    }
  }
}

TEST(Coder, DefaultDictionariesLoad) {
  auto c = EventCoder::load_default({});
  EXPECT_GT(c->pattern_count(), 1000u);
  // the pattern is named relative to the resource root, the same on every machine
  Document doc = parsed(kImpose);
  DocumentActors a = mentions(doc, {{0, 1, {"JPN"}}, {4, 5, {"IRN"}}});
  std::vector<Event> out;
  c->code(doc, a, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].pattern.rfind("data/events/patterns/16-reduce-relations.txt:", 0), 0u) << out[0].pattern;
  EXPECT_EQ(out[0].mode, "") << "a plain factual event has no mode";
}

std::string run_with(const std::string& patterns, const std::string& spec, const std::vector<M>& ms,
                     EventCoder::Options o = {}) {
  Document doc = parsed(spec);
  DocumentActors a = mentions(doc, ms);
  std::vector<Event> out;
  EventCoder::load({write_patterns(patterns)}, o)->code(doc, a, out);
  return triples(out);
}

TEST(Coder, ConstrainedTargetSlot) {
  const char* pats =
      "@diplomat = diplomat envoy ambassador\n"
      "174 V expel $T\n"
      "161 V expel $T:@diplomat\n";
  // "Russia expelled Japanese diplomats": the constrained slot wins, its actor is the nationality
  EXPECT_EQ(run_with(pats,
                     "Russia/Russia/PROPN/2/nsubj expelled/expel/VERB/0/root Japanese/Japanese/ADJ/4/amod "
                     "diplomats/diplomat/NOUN/2/obj",
                     {{0, 1, {"RUS"}}, {2, 3, {"JPN"}}}),
            "RUS JPN 161\n");
  EXPECT_EQ(run_with(pats,
                     "Russia/Russia/PROPN/2/nsubj expelled/expel/VERB/0/root Japanese/Japanese/ADJ/4/amod "
                     "journalists/journalist/NOUN/2/obj",
                     {{0, 1, {"RUS"}}, {2, 3, {"JPN"}}}),
            "RUS JPN 174\n");
  EXPECT_THROW(EventCoder::load({write_patterns("174 V expel $T:\n")}, {}), Error);
}

TEST(Coder, SmallerClassBreaksTies) {
  const char* pats =
      "@troop = troop soldier force\n@peacekeeper = peacekeeper\n"
      "0874 V withdraw @troop from $T\n1661 V withdraw @peacekeeper from $T\n"
      "@force = troop soldier force peacekeeper\n0874 V pull @force from $T\n1661 V pull peacekeeper from $T\n";
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj withdrew/withdraw/VERB/0/root peacekeepers/peacekeeper/NOUN/2/obj "
                     "from/from/ADP/5/case Mali/Mali/PROPN/2/obl",
                     {{0, 1, {"IGOUNO"}}, {4, 5, {"MLI"}}}),
            "IGOUNO MLI 1661\n");
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj pulled/pull/VERB/0/root peacekeepers/peacekeeper/NOUN/2/obj "
                     "from/from/ADP/5/case Mali/Mali/PROPN/2/obl",
                     {{0, 1, {"IGOUNO"}}, {4, 5, {"MLI"}}}),
            "IGOUNO MLI 1661\n");
}

TEST(Coder, CompoundWrittenModifierFirst) {
  // "Japan imposed export restrictions on Korea": 'export' is a compound of 'restrictions'
  EXPECT_EQ(run_with("163 V impose export restriction on $T\n",
                     "Japan/Japan/PROPN/2/nsubj imposed/impose/VERB/0/root export/export/NOUN/4/compound "
                     "restrictions/restriction/NOUN/2/obj on/on/ADP/6/case Korea/Korea/PROPN/2/obl",
                     {{0, 1, {"JPN"}}, {5, 6, {"KOR"}}}),
            "JPN KOR 163\n");
  // after a preposition: "Japan's toughening of export restrictions against Korea"
  EXPECT_EQ(run_with("@tightening = toughening tightening\n163 N @tightening of export restriction against $T\n",
                     "Japan/Japan/PROPN/3/nmod:poss 's/'s/PART/1/case toughening/toughening/NOUN/0/root "
                     "of/of/ADP/6/case export/export/NOUN/6/compound restrictions/restriction/NOUN/3/nmod "
                     "against/against/ADP/8/case Korea/Korea/PROPN/6/nmod",
                     {{0, 1, {"JPN"}}, {7, 8, {"KOR"}}}),
            "JPN KOR 163\n");
  // written head first, the loader warns with file and line
  auto path = write_patterns("# x\n163 V impose restriction export on $T\n");
  EXPECT_NO_THROW(EventCoder::load({path}, {}));
}

TEST(Coder, ChainedPrepositionalWords) {
  // "The UN called for the withdrawal of troops from Mali": 'from Mali' hangs on 'withdrawal'
  EXPECT_EQ(run_with("0256 V call for withdrawal of troop from $T\n",
                     "The/the/DET/2/det UN/UN/PROPN/3/nsubj called/call/VERB/0/root for/for/ADP/6/case "
                     "the/the/DET/6/det withdrawal/withdrawal/NOUN/3/obl of/of/ADP/8/case troops/troop/NOUN/6/nmod "
                     "from/from/ADP/10/case Mali/Mali/PROPN/6/nmod",
                     {{1, 2, {"IGOUNO"}}, {9, 10, {"MLI"}}}),
            "IGOUNO MLI 0256\n");
}

TEST(Coder, ReplyTakesTheEarlierActorAsTarget) {
  // "Japan imposed sanctions on Korea. Seoul retaliated." -> KOR->JPN
  const char* pats = "163 V impose @sanction on $T\n@sanction = sanction\n170 V retaliate ; notarget reply\n";
  std::string spec = std::string(kImpose) + " || Seoul/Seoul/PROPN/2/nsubj retaliated/retaliate/VERB/0/root";
  // tokens: Japan imposed sanctions on Iran || Seoul retaliated
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"JPN"}}, {4, 5, {"KOR"}}, {5, 6, {"KORGOV"}}}),
            "JPN KOR 163\nKORGOV JPN 170\n");
  // nothing earlier aimed at Seoul: no target, no event
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"JPN"}}, {4, 5, {"IRN"}}, {5, 6, {"KORGOV"}}}), "JPN IRN 163\n");
}

TEST(Coder, UpToACountIsAQuantifier) {
  // "Rebels kidnapped up to 16 advisers" parsed with "up" a particle and "to 16 advisers"
  // an oblique: the advisers are the object
  const char* pats = "181 V kidnap $T\n";
  EXPECT_EQ(run_with(pats,
                     "Rebels/rebel/NOUN/2/nsubj kidnapped/kidnap/VERB/0/root up/up/ADP/2/compound:prt "
                     "to/to/ADP/6/case 16/16/NUM/6/nummod advisers/adviser/NOUN/2/obl",
                     {{0, 1, {"AFGREB"}}, {5, 6, {"RUSGOV"}}}),
            "AFGREB RUSGOV 181\n");
  // a destination is no count: "drove up to the border" keeps its oblique
  EXPECT_EQ(run_with(pats,
                     "Rebels/rebel/NOUN/2/nsubj kidnapped/kidnap/VERB/0/root up/up/ADP/2/compound:prt "
                     "to/to/ADP/6/case the/the/DET/6/det advisers/adviser/NOUN/2/obl",
                     {{0, 1, {"AFGREB"}}, {5, 6, {"RUSGOV"}}}),
            "none\n");
}

TEST(Coder, ProtestTargetNotTakenFromTheGrievance) {
  // "Opposition parties organized a strike in protest of the arrest of activists": the
  // arrest is what is protested, not the protest's target; the strike is aimed at the
  // government, as any protest that names no target
  const char* pats = "143 V organize strike ; notarget\n173 N arrest of $T\n";
  EXPECT_EQ(run_with(pats,
                     "parties/party/NOUN/2/nsubj organized/organize/VERB/0/root a/a/DET/4/det "
                     "strike/strike/NOUN/2/obj in/in/ADP/6/case protest/protest/NOUN/2/obl of/of/ADP/9/case "
                     "the/the/DET/9/det arrest/arrest/NOUN/6/nmod of/of/ADP/11/case activists/activist/NOUN/9/nmod",
                     {{0, 1, {"NPLOPP"}}, {10, 11, {"NPLCVL"}}}),
            "NPLOPP NPLGOV 143\n");
}

TEST(Coder, DeedNamingNoActorAimedAtItsDoer) {
  // "Serbia condemned crimes committed by Croat forces": the crimes' doer is the target
  const char* pats = "111 V condemn $T\n";
  EXPECT_EQ(run_with(pats,
                     "Serbia/Serbia/PROPN/2/nsubj condemned/condemn/VERB/0/root crimes/crime/NOUN/2/obj "
                     "committed/commit/VERB/3/acl by/by/ADP/7/case Croat/Croat/ADJ/7/amod forces/force/NOUN/4/obl:agent",
                     {{0, 1, {"SRB"}}, {5, 7, {"HRVMIL"}}}),
            "SRB HRVMIL 111\n");
}

TEST(Coder, DeedRuleSkipsThePredicatesOwnClause) {
  // "The bill, backed by industry and senators, ...": the participle is the predicate; its
  // own agents are its sources, never its target
  const char* pats = "051 V back $T\n";
  EXPECT_EQ(run_with(pats,
                     "bill/bill/NOUN/0/root backed/back/VERB/1/acl by/by/ADP/4/case industry/industry/NOUN/2/obl:agent "
                     "and/and/CCONJ/6/cc senators/senator/NOUN/4/conj",
                     {{3, 4, {"BUS"}}, {5, 6, {"LEG"}}}),
            "none\n");
}

TEST(Coder, SpeechVerbReportsAThatClause) {
  // "He told journalists Japan had rejected the plan": reported speech, not a demand
  const char* pats = "120 V reject $T\n";
  const std::string told =
      "He/he/PRON/2/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/2/obj Japan/Japan/PROPN/6/nsubj "
      "had/have/AUX/6/aux rejected/reject/VERB/2/ccomp plan/plan/NOUN/6/obj of/of/ADP/9/case Korea/Korea/PROPN/7/nmod";
  EXPECT_EQ(run_with(pats, told, {{0, 1, {"USAGOV"}}, {3, 4, {"JPN"}}, {8, 9, {"KOR"}}}), "JPN KOR 120\n");
}

TEST(Coder, CounterpartNamedByItsNationality) {
  // "Funaro met his Swiss counterpart": the counterpart is Swiss, whoever "his" is
  const char* pats = "040 V meet $T ; joint\n";
  EXPECT_EQ(run_with(pats,
                     "Funaro/Funaro/PROPN/2/nsubj met/meet/VERB/0/root his/his/PRON/5/nmod:poss "
                     "Swiss/Swiss/ADJ/5/amod counterpart/counterpart/NOUN/2/obj",
                     {{0, 1, {"BRAGOV"}}, {2, 3, {"BRAGOV"}}, {3, 4, {"CHE"}}}),
            "BRAGOV CHEGOV 040\nCHEGOV BRAGOV 040\n");
}

TEST(Coder, ProtestWhosePurposeNamesOnlyItself) {
  // "Prisoners rioted, setting fire to their mattresses": the purpose-like participle names
  // the rioters' own things, so the riot is still aimed at the government
  const char* pats = "145 V riot ; notarget\n145 V set fire to $T\n";
  EXPECT_EQ(run_with(pats,
                     "prisoners/prisoner/NOUN/2/nsubj rioted/riot/VERB/0/root ,/,/PUNCT/4/punct "
                     "setting/set/VERB/2/advcl fire/fire/NOUN/4/obj to/to/ADP/8/case their/their/PRON/8/nmod:poss "
                     "mattresses/mattress/NOUN/4/obl",
                     {{0, 1, {"PSECVL"}}, {6, 7, {"PSECVL"}}}),
            "PSECVL PSEGOV 145\n");
}

TEST(Coder, ForceIsNotUsedOnAbstractObjects) {
  const char* pats =
      "@policy = policy proposal\n"
      "@abstract = @policy deal import price\n"
      "173 V charge $T\n"
      "190 V strike $T\n"
      "190 V attack $T\n"
      "190 V injure $T\n"
      "111 V attack $T:@policy\n";
  // "Rebels struck swift deals": no attack (and no domestic act aimed at the government)
  EXPECT_EQ(run_with(pats,
                     "Rebels/rebel/NOUN/2/nsubj struck/strike/VERB/0/root swift/swift/ADJ/4/amod "
                     "deals/deal/NOUN/2/obj",
                     {{0, 1, {"BRAREB"}}}),
            "none\n");
  // a physical object still is: "Rebels struck an army base"
  EXPECT_EQ(run_with(pats,
                     "Rebels/rebel/NOUN/2/nsubj struck/strike/VERB/0/root an/a/DET/5/det army/army/NOUN/5/compound "
                     "base/base/NOUN/2/obj",
                     {{0, 1, {"BRAREB"}}, {3, 4, {"BRAMIL"}}}),
            "BRAREB BRAMIL 190\n");
  // "the United States attacked Japan's fiscal policy": a verbal attack, criticism
  EXPECT_EQ(run_with(pats,
                     "Washington/Washington/PROPN/2/nsubj attacked/attack/VERB/0/root Japan/Japan/PROPN/5/nmod:poss "
                     "'s/'s/PART/3/case policy/policy/NOUN/2/obj",
                     {{0, 1, {"USA"}}, {2, 3, {"JPN"}}}),
            "USA JPN 111\n");
  // "Brazilian imports injured the industry": no assault by the exporting country
  EXPECT_EQ(run_with(pats,
                     "Brazilian/Brazilian/ADJ/2/amod imports/import/NOUN/3/nsubj injured/injure/VERB/0/root "
                     "American/American/ADJ/5/amod farmers/farmer/NOUN/3/obj",
                     {{0, 1, {"BRA"}}, {3, 5, {"USAAGR"}}}),
            "none\n");
  // "Exxon raised the price it charges customers": no charge laid against anyone
  EXPECT_EQ(run_with(pats,
                     "Exxon/Exxon/PROPN/2/nsubj raised/raise/VERB/0/root the/the/DET/4/det price/price/NOUN/2/obj "
                     "it/it/PRON/6/nsubj charges/charge/VERB/4/acl:relcl customers/customer/NOUN/6/obj",
                     {{0, 1, {"USABUS"}}, {4, 5, {"USABUS"}}, {6, 7, {"USACVL"}}}),
            "none\n");
  // (a charge laid: "police charged the clerk")
  EXPECT_EQ(run_with(pats,
                     "police/police/NOUN/2/nsubj charged/charge/VERB/0/root the/the/DET/4/det clerk/clerk/NOUN/2/obj",
                     {{0, 1, {"AUSCOP"}}, {3, 4, {"AUSCVL"}}}),
            "AUSCOP AUSCVL 173\n");
}

TEST(Coder, MarchInsideASentenceIsTheMonth) {
  const char* pats =
      "@protest = protest march\n"
      "082 V end @protest ; notarget\n";
  // "the four weeks ended March 6": no protest called off
  EXPECT_EQ(run_with(pats,
                     "Farmers/farmer/NOUN/2/nsubj ended/end/VERB/0/root March/march/PROPN/2/obj "
                     "6/6/NUM/3/nummod",
                     {{0, 1, {"ESPAGR"}}}),
            "none\n");
  // the protest march is still one: "Farmers ended the march"
  EXPECT_EQ(run_with(pats,
                     "Farmers/farmer/NOUN/2/nsubj ended/end/VERB/0/root the/the/DET/4/det march/march/NOUN/2/obj",
                     {{0, 1, {"ESPAGR"}}}),
            "ESPAGR ESPGOV 082\n");
}

TEST(Coder, ABareProtestVerbWithAnObjectIsNoProtest) {
  const char* pats = "141 V demonstrate ; notarget\n";
  // "The government would demonstrate its commitment": no protest aimed at the owner
  EXPECT_EQ(run_with(pats,
                     "government/government/NOUN/2/nsubj demonstrated/demonstrate/VERB/0/root its/its/PRON/4/nmod:poss "
                     "commitment/commitment/NOUN/2/obj",
                     {{0, 1, {"AUSGOV"}}, {2, 3, {"AUS"}}}),
            "none\n");
  // "Students demonstrated in Sydney": a protest, aimed at the government
  EXPECT_EQ(run_with(pats,
                     "Students/student/NOUN/2/nsubj demonstrated/demonstrate/VERB/0/root in/in/ADP/4/case "
                     "Sydney/Sydney/PROPN/2/obl",
                     {{0, 1, {"AUSEDU"}}}),
            "AUSEDU AUSGOV 141\n");
}

TEST(Coder, AStateProtestingAimsAtNoOwnGovernment) {
  const char* pats = "141 V protest ; notarget\n";
  const std::string spec = "Indonesia/Indonesia/PROPN/2/nsubj protested/protest/VERB/0/root";
  Document doc = parsed(spec);
  DocumentActors a = mentions(doc, {{0, 1, {"IDN"}}});
  a.mentions[0].kind = ActorKind::kCountry;
  a.mentions[0].how = "name";
  std::vector<Event> out;
  EventCoder::load({write_patterns(pats)}, {})->code(doc, a, out);
  EXPECT_EQ(triples(out), "none\n");  // not IDN -> IDNGOV
  // people named by their nationality still protest against their government
  a.mentions[0].how = "adjective";
  out.clear();
  EventCoder::load({write_patterns(pats)}, {})->code(doc, a, out);
  EXPECT_EQ(triples(out), "IDN IDNGOV 141\n");
}

TEST(Coder, AidStoppedAimsAtTheCountryWhereItWasGiven) {
  const char* pats = "162 V suspend aid delivery ; notarget\n";
  // "officials suspended aid deliveries in Baghdad": Iraq
  EXPECT_EQ(run_with(pats,
                     "officials/official/NOUN/2/nsubj suspended/suspend/VERB/0/root aid/aid/NOUN/4/compound "
                     "deliveries/delivery/NOUN/2/obj in/in/ADP/6/case Baghdad/Baghdad/PROPN/2/obl",
                     {{0, 1, {"NGOHLHIRC"}}, {5, 6, {"IRQ"}}}),
            "NGOHLHIRC IRQ 162\n");
  // no place, no target: nothing
  EXPECT_EQ(run_with(pats,
                     "officials/official/NOUN/2/nsubj suspended/suspend/VERB/0/root aid/aid/NOUN/4/compound "
                     "deliveries/delivery/NOUN/2/obj",
                     {{0, 1, {"NGOHLHIRC"}}}),
            "none\n");
}

TEST(Coder, DomesticActsAimAtTheCountryWhereTheyHappen) {
  const char* pats =
      "1723 V impose curfew ; notarget\n"
      "173 V arrest $T\n"
      "183 V bomb $T\n"
      "190 V attack $T\n"
      "120 V reject $T\n"
      "0831 V resign ; notarget\n";
  const std::string curfew =
      "authorities/authority/NOUN/2/nsubj imposed/impose/VERB/0/root a/a/DET/4/det curfew/curfew/NOUN/2/obj";
  // a government's curfew that names no target: its own population
  EXPECT_EQ(run_with(pats, curfew, {{0, 1, {"TURGOV"}}}), "TURGOV TURCVL 1723\n");
  // the dyad rule still holds for a source with no country
  EXPECT_EQ(run_with(pats, curfew, {{0, 1, {"IGOUNO"}}}), "none\n");
  // "Israeli troops arrested 30 people in Gaza": abroad, the place's country
  const std::string arrest =
      "troops/troop/NOUN/2/nsubj arrested/arrest/VERB/0/root 30/30/NUM/4/nummod people/people/NOUN/2/obj "
      "in/in/ADP/6/case Gaza/Gaza/PROPN/2/obl";
  EXPECT_EQ(run_with(pats, arrest, {{0, 1, {"ISRMIL"}}, {5, 6, {"PSE"}}}), "ISRMIL PSE 173\n");
  // a named target is kept
  EXPECT_EQ(run_with(pats, arrest, {{0, 1, {"ISRMIL"}}, {3, 4, {"PSECVL"}}, {5, 6, {"PSE"}}}),
            "ISRMIL PSECVL 173\n");
  // rebels' violence at home is aimed at their government ...
  const std::string bomb =
      "guerrillas/guerrilla/NOUN/2/nsubj bombed/bomb/VERB/0/root power/power/NOUN/4/compound "
      "lines/line/NOUN/2/obj";
  EXPECT_EQ(run_with(pats, bomb, {{0, 1, {"AFGREB"}}}), "AFGREB AFGGOV 183\n");
  // ... but a state's attack with no target and no place is not assumed domestic
  const std::string attack =
      "jets/jet/NOUN/2/nsubj attacked/attack/VERB/0/root targets/target/NOUN/2/obj";
  EXPECT_EQ(run_with(pats, attack, {{0, 1, {"ISRMIL"}}}), "none\n");
  // a rejection is no domestic act
  const std::string reject = "Turkey/Turkey/PROPN/2/nsubj rejected/reject/VERB/0/root plan/plan/NOUN/2/obj";
  EXPECT_EQ(run_with(pats, reject, {{0, 1, {"TUR"}}}), "none\n");
  // a minister's resignation: aimed at the country's people
  const std::string resign = "minister/minister/NOUN/2/nsubj resigned/resign/VERB/0/root";
  EXPECT_EQ(run_with(pats, resign, {{0, 1, {"GEOGOV"}}}), "GEOGOV GEOCVL 0831\n");
}

TEST(Coder, ForcePostureAimsAtAForeignPlaceOnly) {
  const char* pats = "@troop = troop\n154 V deploy @troop ; notarget\n";
  const std::string spec =
      "Russia/Russia/PROPN/2/nsubj deployed/deploy/VERB/0/root troops/troop/NOUN/2/obj in/in/ADP/5/case "
      "X/X/PROPN/2/obl";
  // "Russia deployed troops in Syria": aimed at the country where the troops went
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"RUS"}}, {4, 5, {"SYR"}}}), "RUS SYR 154\n");
  // at home ("in Kaliningrad") a deployment is aimed at nobody named: no event
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"RUS"}}, {4, 5, {"RUS"}}}), "none\n");
  // nor without a place
  EXPECT_EQ(run_with(pats, "Russia/Russia/PROPN/2/nsubj deployed/deploy/VERB/0/root troops/troop/NOUN/2/obj",
                     {{0, 1, {"RUS"}}}),
            "none\n");
}

TEST(Coder, DomesticActInTheSourcesOwnCapitalIsNotSelfDirected) {
  // "President Bouteflika imposed a curfew in Algiers": the capital is coded DZAGOV like
  // the president; the curfew is aimed at Algeria's people
  const char* pats = "1723 V impose curfew in $T\n";
  const std::string spec =
      "Bouteflika/Bouteflika/PROPN/2/nsubj imposed/impose/VERB/0/root curfew/curfew/NOUN/2/obj "
      "in/in/ADP/5/case Algiers/Algiers/PROPN/3/nmod";
  Document doc = parsed(spec);
  DocumentActors a = mentions(doc, {{0, 1, {"DZAGOV"}}, {4, 5, {"DZAGOV"}}});
  a.mentions[1].kind = ActorKind::kMetonym;
  std::vector<Event> out;
  EventCoder::load({write_patterns(pats)}, {})->code(doc, a, out);
  EXPECT_EQ(triples(out), "DZAGOV DZACVL 1723\n");
  // a person of the source's own country is still a self-directed target
  a.mentions[1].kind = ActorKind::kPerson;
  out.clear();
  EventCoder::load({write_patterns(pats)}, {})->code(doc, a, out);
  EXPECT_EQ(triples(out), "none\n");
}

TEST(Coder, IsPreparedToIsAnIntentPreparedToIsModal) {
  const char* pats = "1723 V impose curfew ; notarget\n";
  // "Iraq is prepared to impose a curfew": ready to (for coercion an intent is a threat, 1323)
  EXPECT_EQ(run_with(pats,
                     "Iraq/Iraq/PROPN/3/nsubj:pass is/be/AUX/3/aux:pass prepared/prepare/VERB/0/root "
                     "to/to/PART/5/mark impose/impose/VERB/3/xcomp curfew/curfew/NOUN/5/obj",
                     {{0, 1, {"IRQ"}}}),
            "IRQ IRQCVL 1323\n");
  // "Iraq prepared to impose a curfew": getting ready, not yet an act or a commitment
  EXPECT_EQ(run_with(pats,
                     "Iraq/Iraq/PROPN/2/nsubj prepared/prepare/VERB/0/root to/to/PART/4/mark "
                     "impose/impose/VERB/2/xcomp curfew/curfew/NOUN/4/obj",
                     {{0, 1, {"IRQ"}}}),
            "none\n");
}

TEST(Coder, ASubjectLeftUnderALeftDependentIsTheSource) {
  const char* pats = "051 V praise $T\n";
  // "A senior U.S. official today hailed Haiti" parsed with "official" under "today"
  EXPECT_EQ(run_with(pats,
                     "official/official/NOUN/2/amod today/today/NOUN/3/obl:unmarked praised/praise/VERB/0/root "
                     "Haiti/Haiti/PROPN/3/obj",
                     {{0, 1, {"USAGOV"}}, {3, 4, {"HTI"}}}),
            "USAGOV HTI 051\n");
  // an actor in a prepositional phrase is no subject ("In Washington, praised Haiti")
  EXPECT_EQ(run_with(pats,
                     "In/in/ADP/2/case Washington/Washington/PROPN/3/obl praised/praise/VERB/0/root "
                     "Haiti/Haiti/PROPN/3/obj",
                     {{1, 2, {"USAGOV"}}, {3, 4, {"HTI"}}}),
            "none\n");
}

TEST(Coder, ADestinationInANamedCountryGivesTheCountry) {
  const char* pats = "090 V send inspector to $T\n051 V praise $T\n";
  // "the UN sent inspectors to the site in Iran": the site is no actor, its country is
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj sent/send/VERB/0/root inspectors/inspector/NOUN/2/obj "
                     "to/to/ADP/5/case site/site/NOUN/2/obl in/in/ADP/7/case Iran/Iran/PROPN/5/nmod",
                     {{0, 1, {"IGOUNO"}}, {6, 7, {"IRN"}}}),
            "IGOUNO IRN 090\n");
  // only a destination: "praised the decision in Geneva" is not aimed at Switzerland
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj praised/praise/VERB/0/root decision/decision/NOUN/2/obj "
                     "in/in/ADP/5/case Geneva/Geneva/PROPN/3/nmod",
                     {{0, 1, {"IGOUNO"}}, {4, 5, {"CHE"}}}),
            "none\n");
}

TEST(Coder, AParticipleWithAnObjectIsActive) {
  const char* pats = "190 V attack $T\n";
  // "Iraqi troops attacked Iran" parsed with "attacked" a participle under "troops":
  // with an object of its own it is active, the noun is the attacker
  EXPECT_EQ(run_with(pats,
                     "troops/troop/NOUN/0/root attacked/attack/VERB/1/acl/VBN Iran/Iran/PROPN/2/obj",
                     {{0, 1, {"IRQMIL"}}, {2, 3, {"IRN"}}}),
            "IRQMIL IRN 190\n");
  // without one it stays passive: "villages attacked by Iraqi troops"
  EXPECT_EQ(run_with(pats,
                     "Iran/Iran/PROPN/0/root attacked/attack/VERB/1/acl/VBN by/by/ADP/4/case "
                     "troops/troop/NOUN/2/obl:agent",
                     {{0, 1, {"IRN"}}, {3, 4, {"IRQMIL"}}}),
            "IRQMIL IRN 190\n");
}

TEST(Coder, AnObjectNamingNoActorIsAimedAtItsOwner) {
  const char* pats = "120 V reject $T\n";
  // "Germany rejected calls by Belarus's rulers"
  EXPECT_EQ(run_with(pats,
                     "Germany/Germany/PROPN/2/nsubj rejected/reject/VERB/0/root calls/call/NOUN/2/obj "
                     "by/by/ADP/6/case Belarus/Belarus/PROPN/6/nmod:poss rulers/ruler/NOUN/3/nmod",
                     {{0, 1, {"DEU"}}, {4, 5, {"BLR"}}}),
            "DEU BLR 120\n");
  // never the source's own: "Germany rejected its own proposal"
  EXPECT_EQ(run_with(pats,
                     "Germany/Germany/PROPN/2/nsubj rejected/reject/VERB/0/root its/its/PRON/4/nmod:poss "
                     "proposal/proposal/NOUN/2/obj",
                     {{0, 1, {"DEU"}}, {2, 3, {"DEU"}}}),
            "none\n");
}

TEST(Coder, WouldInAClauseCoordinatedWithReportedSpeechIsFuture) {
  // "Japan said it would meet Iran and would visit China": both clauses are what Japan
  // announced (intents), not hypothetical
  const char* pats = "040 V meet $T\n042 V visit $T\n";
  const std::string spec =
      "Japan/Japan/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj would/would/AUX/5/aux "
      "meet/meet/VERB/2/ccomp Iran/Iran/PROPN/5/obj and/and/CCONJ/9/cc would/would/AUX/9/aux "
      "visit/visit/VERB/5/conj China/China/PROPN/9/obj";
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"JPN"}}, {2, 3, {"JPN"}}, {5, 6, {"IRN"}}, {9, 10, {"CHN"}}}),
            "JPN IRN 036\nJPN CHN 036\n");
}

TEST(Coder, PrepositionListMatchesTheDocs) {
  std::ifstream in(std::string(DETENTE_SOURCE_DIR) + "/docs/formats/patterns.md");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto a = text.find("<!-- prepositions -->");
  auto b = text.find("<!-- /prepositions -->");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  std::set<std::string> doc;
  std::string cur;
  for (size_t i = a + 21; i < b; ++i) {
    char c = text[i];
    if ((c >= 'a' && c <= 'z') || c == '_') cur += c;
    else {
      if (!cur.empty()) doc.insert(cur);
      cur.clear();
    }
  }
  std::set<std::string> code(events::kPrepositions, events::kPrepositions + events::kPrepositionCount);
  EXPECT_EQ(doc, code);
}

TEST(Coder, AQuantityOfAQuantityIsCountedByItsInnermostNoun) {
  const char* pats = "190 V attack $T\n";
  // "Tens of thousands of students attacked Iran": the subject's head is "Tens"
  EXPECT_EQ(run_with(pats,
                     "Tens/ten/NOUN/6/nsubj of/of/ADP/3/case thousands/thousand/NOUN/1/nmod of/of/ADP/5/case "
                     "students/student/NOUN/3/nmod attacked/attack/VERB/0/root Iran/Iran/PROPN/6/obj",
                     {{4, 5, {"IDNEDU"}}, {6, 7, {"IRN"}}}),
            "IDNEDU IRN 190\n");
  // only through "of": "tens of thousands in Indonesia" is no Indonesian act
  EXPECT_EQ(run_with(pats,
                     "Tens/ten/NOUN/6/nsubj of/of/ADP/3/case thousands/thousand/NOUN/1/nmod in/in/ADP/5/case "
                     "Indonesia/Indonesia/PROPN/3/nmod attacked/attack/VERB/0/root Iran/Iran/PROPN/6/obj",
                     {{4, 5, {"IDN"}}, {6, 7, {"IRN"}}}),
            "none\n");
}

TEST(Coder, AVerbHungOnTheRootNounBeforeItIsThatNounsClause) {
  const char* pats = "190 V attack $T\n";
  // "Syrian officers today attacked Iran" parsed with "officers" the root and "attacked"
  // its conjunct (or parataxis)
  EXPECT_EQ(run_with(pats,
                     "officers/officer/NOUN/0/root today/today/NOUN/3/obl:unmarked attacked/attack/VERB/1/conj "
                     "Iran/Iran/PROPN/3/obj",
                     {{0, 1, {"SYRMIL"}}, {3, 4, {"IRN"}}}),
            "SYRMIL IRN 190\n");
  EXPECT_EQ(run_with(pats,
                     "officers/officer/NOUN/0/root today/today/NOUN/3/obl:unmarked attacked/attack/VERB/1/parataxis "
                     "Iran/Iran/PROPN/3/obj",
                     {{0, 1, {"SYRMIL"}}, {3, 4, {"IRN"}}}),
            "SYRMIL IRN 190\n");
  // an actor's name is a noun whatever its tag ("Pyongyang" tagged as a verb)
  EXPECT_EQ(run_with(pats,
                     "Pyongyang/pyongyang/VERB/0/root on/on/ADP/3/case Thursday/Thursday/PROPN/1/obl "
                     "attacked/attack/VERB/1/parataxis Seoul/Seoul/PROPN/4/obj",
                     {{0, 1, {"PRK"}}, {4, 5, {"KOR"}}}),
            "PRK KOR 190\n");
  // a coordination ("officers, and attacked ...") or a verb between is no such clause
  EXPECT_EQ(run_with(pats,
                     "officers/officer/NOUN/0/root and/and/CCONJ/3/cc attacked/attack/VERB/1/conj "
                     "Iran/Iran/PROPN/3/obj",
                     {{0, 1, {"SYRMIL"}}, {3, 4, {"IRN"}}}),
            "none\n");
}

TEST(Coder, AnOwnerHungOnTheNumberOfTheObject) {
  const char* pats = "@aid = aid\n070 V give $T @aid\n";
  // "The EU gave the Ivory Coast 5 million dollars of aid" parsed with the country a
  // compound of the number
  EXPECT_EQ(run_with(pats,
                     "EU/EU/PROPN/2/nsubj gave/give/VERB/0/root Coast/Coast/PROPN/4/compound "
                     "million/million/NUM/5/nummod dollars/dollar/NOUN/2/obj of/of/ADP/7/case aid/aid/NOUN/5/nmod",
                     {{0, 1, {"IGOEUREEC"}}, {2, 3, {"CIV"}}}),
            "IGOEUREEC CIV 070\n");
  EXPECT_EQ(run_with(pats,
                     "EU/EU/PROPN/2/nsubj gave/give/VERB/0/root five/five/NUM/5/nummod "
                     "million/million/NUM/5/nummod dollars/dollar/NOUN/2/obj of/of/ADP/7/case aid/aid/NOUN/5/nmod",
                     {{0, 1, {"IGOEUREEC"}}}),
            "none\n");
}

TEST(Coder, APlaceRightAfterTheDestinationOnTheVerbGivesTheCountry) {
  const char* pats = "090 V send inspector to $T\n";
  // "the UN sent inspectors to the site in Iran" with "in Iran" hung on the verb
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj sent/send/VERB/0/root inspectors/inspector/NOUN/2/obj "
                     "to/to/ADP/5/case site/site/NOUN/2/obl in/in/ADP/7/case Iran/Iran/PROPN/2/obl",
                     {{0, 1, {"IGOUNO"}}, {6, 7, {"IRN"}}}),
            "IGOUNO IRN 090\n");
  // not a place further on: "sent inspectors to the site yesterday in Iran"
  EXPECT_EQ(run_with(pats,
                     "UN/UN/PROPN/2/nsubj sent/send/VERB/0/root inspectors/inspector/NOUN/2/obj "
                     "to/to/ADP/5/case site/site/NOUN/2/obl yesterday/yesterday/NOUN/2/obl:unmarked "
                     "in/in/ADP/8/case Iran/Iran/PROPN/2/obl",
                     {{0, 1, {"IGOUNO"}}, {7, 8, {"IRN"}}}),
            "none\n");
}

TEST(Coder, ADocumentsParticipleSpeaksForItsIssuer) {
  const char* pats = "111 V condemn $T\n";
  // "the PKK issued a statement condemning Turkey"
  EXPECT_EQ(run_with(pats,
                     "PKK/PKK/PROPN/2/nsubj issued/issue/VERB/0/root statement/statement/NOUN/2/obj "
                     "condemning/condemn/VERB/3/acl/VBG Turkey/Turkey/PROPN/4/obj",
                     {{0, 1, {"TURREB"}}, {4, 5, {"TURGOV"}}}),
            "TURREB TURGOV 111\n");
  // any other noun's participle is its own: "the PKK stopped a bus condemning Turkey"
  EXPECT_EQ(run_with(pats,
                     "PKK/PKK/PROPN/2/nsubj stopped/stop/VERB/0/root bus/bus/NOUN/2/obj "
                     "condemning/condemn/VERB/3/acl/VBG Turkey/Turkey/PROPN/4/obj",
                     {{0, 1, {"TURREB"}}, {4, 5, {"TURGOV"}}}),
            "none\n");
}

TEST(Coder, ADayIsNoObjectAndAThreatensPlaceMayBeOnTheThreatenedActsObject) {
  const char* pats = "130 V threaten $T\n";
  // "Hamas threatened to resume attacks in Israel": "resume" has no pattern (the built-in
  // threat), the place hangs on the object of the threatened act
  EXPECT_EQ(run_with(pats,
                     "Hamas/Hamas/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark "
                     "resume/resume/VERB/2/xcomp attacks/attack/NOUN/4/obj in/in/ADP/7/case Israel/Israel/PROPN/5/nmod",
                     {{0, 1, {"PSEREB"}}, {6, 7, {"ISR"}}}),
            "PSEREB ISR 130\n");
  // "Hamas threatened Monday to resume attacks in Israel" with "Monday" parsed as the object
  EXPECT_EQ(run_with(pats,
                     "Hamas/Hamas/PROPN/2/nsubj threatened/threaten/VERB/0/root Monday/Monday/PROPN/2/obj "
                     "to/to/PART/5/mark resume/resume/VERB/2/xcomp attacks/attack/NOUN/5/obj in/in/ADP/8/case "
                     "Israel/Israel/PROPN/5/obl",
                     {{0, 1, {"PSEREB"}}, {7, 8, {"ISR"}}}),
            "PSEREB ISR 130\n");
}

TEST(Coder, AnAgentlessArrestInACountryIsThatStatesAct) {
  const char* pats = "173 V arrest $T\n";
  // "a Canadian missionary was arrested in Lebanon"
  EXPECT_EQ(run_with(pats,
                     "missionary/missionary/NOUN/3/nsubj:pass was/be/AUX/3/aux:pass arrested/arrest/VERB/0/root/VBN "
                     "in/in/ADP/5/case Lebanon/Lebanon/PROPN/3/obl",
                     {{0, 1, {"CANREL"}}, {4, 5, {"LBN"}}}),
            "LBNGOV CANREL 173\n");
  // not a participle modifying a noun ("the missionary arrested in Lebanon"): background
  EXPECT_EQ(run_with(pats,
                     "missionary/missionary/NOUN/0/root arrested/arrest/VERB/1/acl/VBN "
                     "in/in/ADP/4/case Lebanon/Lebanon/PROPN/2/obl",
                     {{0, 1, {"CANREL"}}, {3, 4, {"LBN"}}}),
            "none\n");
}

TEST(Coder, APastTenseVerbReadAsAnAdjectiveIsRepaired) {
  const char* pats = "194 V shell $T\n063 V extradite $T\n";
  // case 1: "Israeli tanks shelled positions of Hamas" parsed with "tanks" the root and
  // "shelled" an adjective of "positions"
  EXPECT_EQ(run_with(pats,
                     "tanks/tank/NOUN/0/root shelled/shell/VERB/3/amod/VBD positions/position/NOUN/1/nmod "
                     "of/of/ADP/5/case Hamas/Hamas/PROPN/3/nmod",
                     {{0, 1, {"ISRMIL"}}, {4, 5, {"PSEHMS"}}}),
            "ISRMIL PSEHMS 194\n");
  // case 2: "Zambia extradited Aswad, officials said" with "Zambia" the subject of "said"
  EXPECT_EQ(run_with(pats,
                     "Zambia/Zambia/PROPN/5/nsubj extradited/extradite/VERB/3/amod/VBD Aswad/Aswad/PROPN/5/ccomp "
                     "officials/official/NOUN/5/nsubj said/say/VERB/0/root",
                     {{0, 1, {"ZMB"}}, {2, 3, {"GBRINS"}}}),
            "ZMB GBRINS 063\n");
  // a real adjective keeps its reading: "officials said shelled positions of Hamas ..."
  EXPECT_EQ(run_with(pats,
                     "officials/official/NOUN/2/nsubj said/say/VERB/0/root shelled/shell/VERB/4/amod/VBN "
                     "positions/position/NOUN/2/obj of/of/ADP/6/case Hamas/Hamas/PROPN/4/nmod",
                     {{0, 1, {"ISRMIL"}}, {5, 6, {"PSEHMS"}}}),
            "none\n");
}

TEST(Coder, StrengtheningForcesAbroadIsAMobilization) {
  // data/events/patterns/15-force-posture.txt: "Israel strengthened its forces in Lebanon"
  Document doc = parsed(
      "Israel/Israel/PROPN/2/nsubj strengthened/strengthen/VERB/0/root its/its/PRON/4/nmod:poss "
      "forces/force/NOUN/2/obj in/in/ADP/6/case Lebanon/Lebanon/PROPN/2/obl");
  DocumentActors a = mentions(doc, {{0, 1, {"ISR"}}, {2, 3, {"ISR"}}, {5, 6, {"LBN"}}});
  std::vector<Event> out;
  EventCoder::load_default({})->code(doc, a, out);
  EXPECT_EQ(triples(out), "ISR LBN 154\n");
}

TEST(Coder, AParticipleMisreadAsARelativeKeepsItsOwnClause) {
  const char* pats = "070 V provide aid to $T\n";
  // "EC ministers agreed to provide aid to Poland." parsed with "agreed" a participle of
  // "ministers" (the root): the infinitive under it does not make it a reduced relative
  EXPECT_EQ(run_with(pats,
                     "ministers/minister/NOUN/0/root agreed/agree/VERB/1/acl/VBN to/to/PART/4/mark "
                     "provide/provide/VERB/2/advcl aid/aid/NOUN/4/obj to/to/ADP/7/case Poland/Poland/PROPN/4/obl "
                     "./././1/punct",
                     {{0, 1, {"IGOEUREECGOV"}}, {6, 7, {"POL"}}}),
            "IGOEUREECGOV POL 033\n");
}


TEST(Coder, ConjunctSharesTheFirstVerbsAuxiliaries) {
  // "Japan should meet Abe and attack Iran": UD hangs "should" on the first conjunct only
  EXPECT_EQ(run("Japan/Japan/PROPN/3/nsubj should/should/AUX/3/aux meet/meet/VERB/0/root Abe/Abe/PROPN/3/obj "
                "and/and/CCONJ/6/cc attack/attack/VERB/3/conj Iran/Iran/PROPN/6/obj",
                {{0, 1, {"JPN"}}, {3, 4, {"JPNGOV"}}, {6, 7, {"IRN"}}}),
            "none\n");
  // ... not after "but", nor when the conjunct has an auxiliary of its own
  EXPECT_EQ(run("Japan/Japan/PROPN/3/nsubj should/should/AUX/3/aux meet/meet/VERB/0/root Abe/Abe/PROPN/3/obj "
                "but/but/CCONJ/6/cc attacked/attack/VERB/3/conj Iran/Iran/PROPN/6/obj",
                {{0, 1, {"JPN"}}, {3, 4, {"KORGOV"}}, {6, 7, {"IRN"}}}),
            "JPN IRN 190\n");
  // "did not meet Abe or attack Iran": the 'not' is shared too
  EXPECT_EQ(run("Japan/Japan/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod meet/meet/VERB/0/root "
                "Abe/Abe/PROPN/4/obj or/or/CCONJ/7/cc attack/attack/VERB/4/conj Iran/Iran/PROPN/7/obj",
                {{0, 1, {"JPN"}}, {4, 5, {"KORGOV"}}, {7, 8, {"IRN"}}}),
            "none\n");
}

TEST(Coder, WhoActsDecidesWhatForceMeans) {
  const char* pats = "190 V attack $T\n191 V blockade $T\n190 V strike $T\n";
  // a legislature fights no war ("Congress attacked Reagan")
  EXPECT_EQ(run_with(pats, "Congress/Congress/PROPN/2/nsubj attacked/attack/VERB/0/root Reagan/Reagan/PROPN/2/obj",
                     {{0, 1, {"USALEG"}}, {2, 3, {"USAGOV"}}}),
            "none\n");
  // civilians who blockade obstruct passage in protest (144); a navy imposes a blockade (191)
  const char* blockade = "farmers/farmer/NOUN/2/nsubj blockaded/blockade/VERB/0/root banks/bank/NOUN/2/obj";
  EXPECT_EQ(run_with(pats, blockade, {{0, 1, {"BRAAGR"}}, {2, 3, {"BRABUS"}}}), "BRAAGR BRABUS 144\n");
  EXPECT_EQ(run_with(pats, blockade, {{0, 1, {"IRQMIL"}}, {2, 3, {"IRN"}}}), "IRQMIL IRN 191\n");
  // workers strike a plant (143), they do not attack it
  EXPECT_EQ(run_with(pats,
                     "plant/plant/NOUN/3/nsubj:pass was/be/AUX/3/aux:pass struck/strike/VERB/0/root/VBN "
                     "by/by/ADP/5/case union/union/NOUN/3/obl:agent",
                     {{0, 1, {"CANBUS"}}, {4, 5, {"CANLAB"}}}),
            "CANLAB CANBUS 143\n");
}

TEST(Coder, DecliningToGiveInformationIsNoRejection) {
  // "the spokesman declined to name the Japanese buyer": no 120 (built-in refuse-to-V)
  EXPECT_EQ(run("spokesman/spokesman/NOUN/2/nsubj declined/decline/VERB/0/root to/to/PART/4/mark "
                "name/name/VERB/2/xcomp buyer/buyer/NOUN/4/obj",
                {{0, 1, {"USAGOV"}}, {4, 5, {"JPNBUS"}}}),
            "none\n");
  // ... refusing to meet is one
  EXPECT_EQ(run("spokesman/spokesman/NOUN/2/nsubj declined/decline/VERB/0/root to/to/PART/4/mark "
                "meet/meet/VERB/2/xcomp buyer/buyer/NOUN/4/obj",
                {{0, 1, {"USAGOV"}}, {4, 5, {"JPNBUS"}}})
                .substr(0, 13),
            "USAGOV JPNBUS");
}

TEST(Coder, PlaceNearAnActorIsNotTheActor) {
  const char* pats = "@vicinity = doorstep backyard\n190 N war on $T\n";
  // "the war on Kuwait's doorstep" (Iran-Iraq war): not a war on Kuwait
  EXPECT_EQ(run_with(pats,
                     "Iraqi/Iraqi/ADJ/2/amod war/war/NOUN/0/root on/on/ADP/6/case Kuwait/Kuwait/PROPN/6/nmod:poss "
                     "'s/'s/PART/4/case doorstep/doorstep/NOUN/2/nmod",
                     {{0, 1, {"IRQ"}}, {3, 4, {"KWT"}}}),
            "none\n");
  EXPECT_EQ(run_with(pats, "Iraqi/Iraqi/ADJ/2/amod war/war/NOUN/0/root on/on/ADP/4/case Kuwait/Kuwait/PROPN/2/nmod",
                     {{0, 1, {"IRQ"}}, {3, 4, {"KWT"}}}),
            "IRQ KWT 190\n");
}

TEST(Coder, UnnamedBomberIsAnUnidentifiedArmedActorOfThePlace) {
  const char* pats = "@bombcause = bomb bombing\n190 V kill $T\n";
  auto go = [&](const std::string& cause) {
    Document doc = parsed("soldiers/soldier/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass killed/kill/VERB/0/root/VBN "
                          "by/by/ADP/6/case a/a/DET/6/det " + cause + "/" + cause + "/NOUN/3/obl:agent "
                          "in/in/ADP/8/case Basra/Basra/PROPN/3/obl");
    DocumentActors a = mentions(doc, {{0, 1, {"USAMIL"}}, {7, 8, {"IRQ"}}});
    a.mentions[1].kind = ActorKind::kPlace;
    std::vector<Event> out;
    EventCoder::load({write_patterns(pats)}, {})->code(doc, a, out);
    return triples(out);
  };
  EXPECT_EQ(go("bomb"), "IRQUAF USAMIL 190\n");
  EXPECT_EQ(go("explosion"), "none\n");  // an explosion may be an accident
}

TEST(Coder, TroopsPayNoVisits) {
  const char* pats = "@troop = troop soldier\n@peacekeeper = peacekeeper peacekeeping\n042 V arrive in $T\n";
  const char* spec = "troops/troop/NOUN/2/nsubj arrived/arrive/VERB/0/root in/in/ADP/4/case Bosnia/Bosnia/PROPN/2/obl";
  EXPECT_EQ(run_with(pats, spec, {{0, 1, {"USAMIL"}}, {3, 4, {"BIH"}}}), "USAMIL BIH 154\n");
  EXPECT_EQ(run_with(pats,
                     "peacekeeping/peacekeeping/NOUN/2/compound troops/troop/NOUN/3/nsubj arrived/arrive/VERB/0/root "
                     "in/in/ADP/5/case Bosnia/Bosnia/PROPN/3/obl",
                     {{0, 2, {"IGOWSTNATMIL"}}, {4, 5, {"BIH"}}}),
            "IGOWSTNATMIL BIH 074\n");
  EXPECT_EQ(run_with(pats,
                     "minister/minister/NOUN/2/nsubj arrived/arrive/VERB/0/root in/in/ADP/4/case Bosnia/Bosnia/PROPN/2/obl",
                     {{0, 1, {"USAGOV"}}, {3, 4, {"BIH"}}}),
            "USAGOV BIH 042\n");
}


TEST(Coder, GenericActOfAControlVerbIsAimedAtWhomItsPurposeHelps) {
  // "Norway is willing to send equipment to help defend Saudi Arabia": 030 NOR -> SAU, Norway's alone
  EXPECT_EQ(run("Norway/Norway/PROPN/3/nsubj is/be/AUX/3/cop willing/willing/ADJ/0/root to/to/PART/5/mark "
                "send/send/VERB/3/xcomp equipment/equipment/NOUN/5/obj to/to/PART/8/mark help/help/VERB/5/advcl "
                "defend/defend/VERB/8/xcomp Arabia/Arabia/PROPN/9/obj",
                {{0, 1, {"NOR"}}, {9, 10, {"SAU"}}}),
            "NOR SAU 030\n");
  // ... but "allow X to V" (parsed as an adverbial clause) is no purpose
  EXPECT_EQ(run("farmers/farmer/NOUN/2/nsubj refused/refuse/VERB/0/root to/to/PART/4/mark allow/allow/VERB/2/xcomp "
                "lorries/lorry/NOUN/4/obj to/to/PART/7/mark enter/enter/VERB/4/advcl Libya/Libya/PROPN/7/obj",
                {{0, 1, {"EGYAGR"}}, {7, 8, {"LBY"}}}),
            "none\n");
  // "refused to answer a demand of the US President": the owner of the to-phrase
  EXPECT_EQ(run("Iran/Iran/PROPN/2/nsubj refused/refuse/VERB/0/root to/to/PART/4/mark respond/respond/VERB/2/xcomp "
                "to/to/ADP/7/case a/a/DET/7/det demand/demand/NOUN/4/obl from/from/ADP/9/case "
                "President/President/PROPN/7/nmod",
                {{0, 1, {"IRNGOV"}}, {8, 9, {"USAGOV"}}}),
            "IRNGOV USAGOV 120\n");
}

TEST(Coder, AppealUnderAnIntentIsAnnounced) {
  auto run = [](const std::string& spec, const std::vector<M>& ms, EventCoder::Options, std::vector<Event>* keep) {
    Document doc = parsed(spec);
    DocumentActors a = mentions(doc, ms);
    std::vector<Event> out;
    EventCoder::load_default({})->code(doc, a, out);
    *keep = out;
    return triples(out);
  };
  // (session 18, round 30) "Japan plans to ask China to lift the ban on its rice": the appeal announced, mode future
  std::vector<Event> evs;
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj plans/plan/VERB/0/root to/to/PART/4/mark ask/ask/VERB/2/xcomp "
                "China/China/PROPN/4/iobj to/to/PART/7/mark lift/lift/VERB/4/xcomp the/the/DET/9/det "
                "ban/ban/NOUN/7/obj on/on/ADP/12/case its/its/PRON/12/nmod:poss rice/rice/NOUN/7/obl",
                {{0, 1, {"JPN"}}, {4, 5, {"CHN"}}}, {}, &evs),
            "JPN CHN 0251\n");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].mode, "future");
  // "Japan is to urge China to help" ('be' + to on the appeal verb)
  EXPECT_EQ(run("Japan/Japan/PROPN/4/nsubj is/be/AUX/4/aux to/to/PART/4/mark urge/urge/VERB/0/root "
                "China/China/PROPN/4/obj to/to/PART/7/mark help/help/VERB/4/xcomp",
                {{0, 1, {"JPN"}}, {4, 5, {"CHN"}}}, {}, &evs),
            "JPN CHN 020\n");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].mode, "future");
  // guard: "Japan asked China to help" is the appeal made
  EXPECT_EQ(run("Japan/Japan/PROPN/2/nsubj asked/ask/VERB/0/root China/China/PROPN/2/iobj to/to/PART/5/mark "
                "help/help/VERB/2/xcomp",
                {{0, 1, {"JPN"}}, {2, 3, {"CHN"}}}, {}, &evs),
            "JPN CHN 020\n");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].mode, "");
}

TEST(Coder, ABareGerundHungAsAdverbialClauseOfADenyingVerbIsNotDone) {
  // (session 23, lead) "Egypt delayed meeting Israel", the gerund parsed as an adverbial
  // clause of "delayed": the meeting is put off, not held
  EXPECT_EQ(run("Egypt/Egypt/PROPN/2/nsubj delayed/delay/VERB/0/root/VBD meeting/meet/VERB/2/advcl/VBG "
                "Israel/Israel/PROPN/3/obj",
                {{0, 1, {"EGY"}}, {3, 4, {"ISR"}}}),
            "none\n");
  // guard: a participial clause after the verb's object is the subject's own act
  EXPECT_EQ(run("Egypt/Egypt/PROPN/2/nsubj delayed/delay/VERB/0/root/VBD vote/vote/NOUN/2/obj "
                "meeting/meet/VERB/2/advcl/VBG Israel/Israel/PROPN/4/obj",
                {{0, 1, {"EGY"}}, {4, 5, {"ISR"}}}),
            "EGY ISR 040\nISR EGY 040\n");
}

}  // namespace
}  // namespace detente

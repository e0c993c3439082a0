// Compatibility with the public TABARI/PETRARCH dictionaries: every actor and
// agent file of Phoenix and of the PETRARCH validation suite loads, with the
// expected number of entries, and resolves sample names (date-bounded ones
// included) as their authors intended.
//
// The expected counts were derived independently of detente's loader, by a
// 80-line Python script written from the format description (printed in the
// appendix of docs/actors.md): it counts entries
// (a name line starts an entry unless the entry above has no code yet, in
// which case the names share the code lines that follow), entries without a
// real code (no code, or only [---]), names after !MACRO! expansion with
// {plurals}, and code spans carrying a date restriction. Run once on
// 2026-11-28 over ../shared/data/eventdata/{phoenix,petrarch}.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "actors/test_util.h"
#include "core/error.h"

namespace detente {
namespace {

using actors_test::make_doc;
using actors_test::mentions;
using actors_test::P;

const std::string kPhoenix = std::string(DETENTE_SHARED_DIR) + "/data/eventdata/phoenix/";
const std::string kPetrarch = std::string(DETENTE_SHARED_DIR) + "/data/eventdata/petrarch/";

bool have_shared() { return std::filesystem::exists(kPhoenix + "Phoenix.agents.txt"); }

struct Expected {
  const char* file;
  size_t entries, null_entries, names, dated;
};

// From the independent count (see the header comment).
const Expected kFiles[] = {
    {"phoenix/Phoenix.Countries.actors.txt", 18353, 2, 25917, 26110},
    {"phoenix/Phoenix.International.actors.txt", 7838, 0, 7907, 452},
    {"phoenix/Phoenix.MilNonState.actors.txt", 1021, 0, 1793, 1},
    {"phoenix/Phoenix.agents.txt", 2244, 0, 3332, 0},
    {"petrarch/PETR.Validate.actors.txt", 128, 1, 161, 13},
    {"petrarch/PETR.Validate.agents.txt", 88, 0, 97, 0},
};

TEST(TabariCompat, EveryPhoenixAndPetrarchFileLoadsWithExpectedCounts) {
  if (!have_shared()) GTEST_SKIP() << "no ../shared/data/eventdata";
  for (const auto& f : kFiles) {
    ActorDictionary d;
    LoadStats st = d.load_file(std::string(DETENTE_SHARED_DIR) + "/data/eventdata/" + f.file);
    EXPECT_EQ(st.entries, f.entries) << f.file;
    EXPECT_EQ(st.null_entries, f.null_entries) << f.file;
    EXPECT_EQ(st.names, f.names) << f.file;
    EXPECT_EQ(st.dated_codes, f.dated) << f.file;
    EXPECT_EQ(d.size(), f.entries) << f.file;
    for (auto& w : st.warnings) std::printf("  warning: %s\n", w.c_str());
  }
}

class Petrarch : public ::testing::Test {
 protected:
  static std::shared_ptr<ActorDictionary> dict;
  static std::shared_ptr<ActorRecognizer> rec;
  static void SetUpTestSuite() {
    if (!have_shared()) return;
    dict = std::make_shared<ActorDictionary>();
    dict->load_file(kPetrarch + "PETR.Validate.actors.txt");
    dict->load_file(kPetrarch + "PETR.Validate.agents.txt");
    dict->finish();
    rec = std::make_shared<ActorRecognizer>(dict);
  }
  void SetUp() override {
    if (!have_shared()) GTEST_SKIP() << "no ../shared/data/eventdata";
  }
  std::string code(const std::string& name, Date d) {
    auto ids = dict->lookup(name);
    if (ids.empty()) return "(none)";
    return dict->entry(ids[0]).code_at(d);
  }
};
std::shared_ptr<ActorDictionary> Petrarch::dict;
std::shared_ptr<ActorRecognizer> Petrarch::rec;

TEST_F(Petrarch, DateRestrictionsWithEightDigitDatesFirstMatchWins) {
  // SAM_GAMGEE [HOB] / [HOBCIV <20080120] / [ORCHOB 20100109-20100112] /
  // [HOBMIL 20080120-20121109] / [HOBGOV 20121109-20130119] / [HOBELI >20130119]
  EXPECT_EQ(code("Sam Gamgee", make_date(2007, 6, 1)), "HOBCIV");
  EXPECT_EQ(code("Sam Gamgee", make_date(2008, 1, 19)), "HOBCIV");  // '<' is strictly before
  EXPECT_EQ(code("Sam Gamgee", make_date(2008, 1, 20)), "HOBMIL");
  EXPECT_EQ(code("Sam Gamgee", make_date(2010, 1, 10)), "ORCHOB");  // listed first, overrides HOBMIL
  EXPECT_EQ(code("Sam Gamgee", make_date(2011, 1, 1)), "HOBMIL");
  EXPECT_EQ(code("Sam Gamgee", make_date(2013, 1, 1)), "HOBGOV");
  EXPECT_EQ(code("Sam Gamgee", make_date(2014, 1, 1)), "HOBELI");
  EXPECT_EQ(code("Hamfast Gamgee", make_date(2013, 1, 1)), "HOBGOV");
  EXPECT_EQ(code("Hamfast Gamgee", make_date(2015, 1, 1)), "HOB");  // the default on the name line
  // GOLLUM / [HOB < 950601] / [HOBGOV 19950601 - 19990815] / [HOBREB > 990816]:
  // spaces inside restrictions, 6- and 8-digit dates.
  EXPECT_EQ(code("Smeagol", make_date(1990, 1, 1)), "HOB");
  EXPECT_EQ(code("Gollum", make_date(1997, 1, 1)), "HOBGOV");
  EXPECT_EQ(code("Gollum", make_date(2001, 1, 1)), "HOBREB");
  // PRINCE OF DOL AMROTH / [--- <950630] / [DOL]: null-coded before mid-1995.
  EXPECT_TRUE(mentions(*rec, make_doc({"Prince of Dol Amroth rode"}, make_date(1994, 1, 1))).empty());
  EXPECT_EQ(mentions(*rec, make_doc({"Prince of Dol Amroth rode"}, make_date(1996, 1, 1))),
            (std::vector<P>{{"Prince of Dol Amroth", "DOL"}}));
  // ZIMBABWE / [RHO <790606] / [ZBW]: six-digit dates, 79 -> 1979.
  EXPECT_EQ(code("Zimbabwe", make_date(1975, 1, 1)), "RHO");
  EXPECT_EQ(code("Zimbabwe", make_date(1990, 1, 1)), "ZBW");
}

TEST_F(Petrarch, SynonymsStemsNullCodesLowerCaseCodes) {
  EXPECT_EQ(code("U.S.", make_date(2000, 1, 1)), "USA");        // +U.S. synonym
  EXPECT_EQ(code("Australian", make_date(2000, 1, 1)), "AUS");  // +AUSTRALIAN
  EXPECT_EQ(code("Palestinian", make_date(2000, 1, 1)), "PSE");  // [pse]
  auto elr = dict->lookup("Lorien");  // LORIEN [ELR/GAL]: two codes at once
  ASSERT_EQ(elr.size(), 1u);
  ASSERT_EQ(dict->entry(elr[0]).codes.size(), 2u);
  EXPECT_EQ(dict->entry(elr[0]).codes[1].code, "GAL");
  Date d = make_date(2000, 1, 1);
  // ARGENTIN (no trailing '_') is a stem: Argentina, Argentine.
  EXPECT_EQ(mentions(*rec, make_doc({"Argentina protested"}, d)), (std::vector<P>{{"Argentina", "ARG"}}));
  EXPECT_EQ(mentions(*rec, make_doc({"The Argentine envoy"}, d))[0].second.substr(0, 3), "ARG");
  // ARNOR_ is a whole word: "Arnorian" is not Arnor.
  EXPECT_TRUE(mentions(*rec, make_doc({"Arnorian tales"}, d)).empty());
  // BOROMIR [---]: recognized, never coded.
  EXPECT_TRUE(mentions(*rec, make_doc({"Boromir left"}, d)).empty());
  // Names with spaces ("PRESIDENT HOSNI MURBARAK") are words too.
  EXPECT_EQ(mentions(*rec, make_doc({"President Hosni Murbarak spoke"}, d)), (std::vector<P>{{"President Hosni Murbarak", "EGYGOV"}}));
}

TEST_F(Petrarch, AgentsMacrosPluralsAndRoles) {
  auto role = [&](const std::string& n) {
    auto ids = dict->lookup(n);
    return ids.empty() ? std::string("(none)") : dict->entry(ids[0]).codes.at(0).code;
  };
  EXPECT_EQ(role("congresswoman"), "LEG");              // CONGRESS!PERSON!
  EXPECT_EQ(role("congressmen"), "LEG");
  EXPECT_EQ(role("ministries of silly walks"), "GOV");  // !MINST!_OF_SILLY_WALKS
  EXPECT_EQ(role("attorneys general"), "GOV");          // {ATTORNEYS_GENERAL}
  EXPECT_EQ(role("soldiers"), "MIL");                   // regular plural added
  EXPECT_EQ(role("golden geese"), "GGS");
  EXPECT_EQ(role("police"), "COP");
  EXPECT_EQ(role("polices"), "(none)");                 // POLICE {}: no automatic plural
  EXPECT_EQ(role("msf"), "NGO");                        // [NGO~]
  EXPECT_EQ(role("police"), "COP");                     // [ ~COP]
  Date d = make_date(2000, 1, 1);
  EXPECT_EQ(mentions(*rec, make_doc({"Israeli soldiers fired"}, d)), (std::vector<P>{{"Israeli soldiers", "ISRMIL"}}));
}

class Phoenix : public Petrarch {
 protected:
  static std::shared_ptr<ActorDictionary> px;
  static std::shared_ptr<ActorRecognizer> pxrec;
  static void SetUpTestSuite() {
    if (!have_shared()) return;
    px = std::make_shared<ActorDictionary>();
    for (auto f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                   "Phoenix.agents.txt"})
      px->load_file(kPhoenix + f);
    px->finish();
    pxrec = std::make_shared<ActorRecognizer>(px);
  }
  std::string pcode(const std::string& name, Date d) {
    auto ids = px->lookup(name);
    if (ids.empty()) return "(none)";
    return px->entry(ids[0]).code_at(d);
  }
};
std::shared_ptr<ActorDictionary> Phoenix::px;
std::shared_ptr<ActorRecognizer> Phoenix::pxrec;

TEST_F(Phoenix, DatedPeopleSixAndMixedDigitRanges) {
  // SHINZO_ABE_ [JPNELI 720101-051201] [JPNGOV 060926-070926] ... [JPNELI]:
  // the public dictionary stops before his second term.
  EXPECT_EQ(pcode("Shinzo Abe", make_date(2007, 1, 1)), "JPNGOV");
  EXPECT_EQ(pcode("Shinzo Abe", make_date(2019, 10, 24)), "JPNELI");
  // LEONID_BREZHNEV_ block of five name lines sharing
  // [RUSELI 19240101-641014] [RUSGOV 641014-821110]: 8- and 6-digit dates mixed.
  EXPECT_EQ(pcode("Leonid Brezhnev", make_date(1950, 1, 1)), "RUSELI");
  EXPECT_EQ(pcode("Soviet leader Leonid Brezhnev", make_date(1975, 1, 1)), "RUSGOV");
  // IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / JOSIPOVIC_ / [HRVGOV >20120219] / [HRVGOVLEG 20031222-20100218]
  EXPECT_EQ(pcode("Ivo Josipovic", make_date(2013, 1, 1)), "HRVGOV");
  EXPECT_EQ(pcode("President Josipovic", make_date(2005, 1, 1)), "HRVGOVLEG");
  // GLADWYN_JEBB_ [IGOUNO 451024-460201] [ELI]
  EXPECT_EQ(pcode("Gladwyn Jebb", make_date(1945, 12, 1)), "IGOUNO");
  EXPECT_EQ(pcode("Gladwyn Jebb", make_date(1950, 1, 1)), "ELI");
}

TEST_F(Phoenix, RecognitionWithPhoenixAlone) {
  Date d = make_date(2012, 5, 1);
  EXPECT_EQ(mentions(*pxrec, make_doc({"Afghan police arrested two Taliban fighters"}, d))[0], (P{"Afghan police", "AFGCOP"}));
  EXPECT_EQ(mentions(*pxrec, make_doc({"Hezbollah fired rockets"}, d)), (std::vector<P>{{"Hezbollah", "LBNREB"}}));
  EXPECT_EQ(mentions(*pxrec, make_doc({"the United Nations said"}, d)), (std::vector<P>{{"the United Nations", "IGOUNO"}}));
  EXPECT_TRUE(mentions(*pxrec, make_doc({"tell us more"}, d)).empty());
}

// An agent whose TABARI code puts the role first ("[NGO~]") goes before the country it
// precedes ("Relief Corps Elbonia" NGOELB), and an agent noun after adds its role.
TEST(TabariCompat, PrefixAgentsGoBeforeTheCountry) {
  auto dir = std::filesystem::temp_directory_path();
  auto actors = (dir / "detente_tabari_elb.actors").string();
  auto agents = (dir / "detente_tabari_elb.agents").string();
  std::ofstream(actors) << "ELBONIA [ELB]\n+ELBONIAN [ELB]\n";
  std::ofstream(agents) << "RELIEF_CORPS {} [NGO~]\nENVOY [~GOV]\n";
  auto dict = std::make_shared<ActorDictionary>();
  dict->load_file(actors, ActorDictionary::Format::kTabari);
  dict->load_file(agents, ActorDictionary::Format::kTabari);
  dict->finish();
  ActorRecognizer rec(dict);
  Date d = make_date(2001, 5, 1);
  EXPECT_EQ(mentions(rec, make_doc({"Relief Corps Elbonia opened a clinic"}, d)),
            (std::vector<P>{{"Relief Corps Elbonia", "NGOELB"}}));
  EXPECT_EQ(mentions(rec, make_doc({"A Relief Corps Elbonia envoy spoke"}, d)),
            (std::vector<P>{{"Relief Corps Elbonia envoy", "NGOELBGOV"}}));
  std::filesystem::remove(actors);
  std::filesystem::remove(agents);
}

TEST(TabariCompat, MalformedTabariLinesNameFileAndLine) {
  auto p = std::filesystem::temp_directory_path() / "detente_tabari_bad.txt";
  for (const char* bad : {"FOO [USA\n", "+BAR [USA]\n", "FOO [US$]\n", "  [USA]\n", "FOO_!NOPE! [USA]\n", "FOO {BARS [~GOV]\n"}) {
    std::ofstream(p) << bad;
    ActorDictionary d;
    try {
      d.load_file(p.string(), ActorDictionary::Format::kTabari);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(p.string() + ":"), std::string::npos) << e.what();
    }
  }
  // Unreadable date restrictions (the public files have a few) skip that code
  // span with a warning naming file and line; the rest loads.
  std::ofstream(p) << "<!-- x -->\nFOO [USA 0199-2000]\n\t[USAGOV 991332]\n\t[USAELI]\n";
  ActorDictionary d;
  LoadStats st = d.load_file(p.string());
  ASSERT_EQ(st.warnings.size(), 2u);
  EXPECT_NE(st.warnings[0].find(p.string() + ":2:"), std::string::npos) << st.warnings[0];
  EXPECT_NE(st.warnings[1].find(p.string() + ":3:"), std::string::npos) << st.warnings[1];
  EXPECT_EQ(d.entry(0).code_at(make_date(2000, 1, 1)), "USAELI");
  std::filesystem::remove(p);
}

}  // namespace
}  // namespace detente

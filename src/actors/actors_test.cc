#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "actors/test_util.h"
#include "core/error.h"
#include "text/utf8.h"

namespace detente {
namespace {

using actors_test::make_doc;

class TestDict : public ::testing::Test {
 protected:
  static std::shared_ptr<ActorDictionary> dict;
  static void SetUpTestSuite() {
    dict = std::make_shared<ActorDictionary>();
    dict->load_default();
    dict->finish();
  }
  std::vector<std::pair<std::string, std::string>> actors(const std::vector<std::string>& sents, Date date) {
    Document d = make_doc(sents, date);
    return actors_test::mentions(ActorRecognizer(dict), d);
  }
};
std::shared_ptr<ActorDictionary> TestDict::dict;

using actors_test::P;

TEST_F(TestDict, LoadsOurDictionariesWithPeopleAndCountries) {
  EXPECT_GT(dict->size(), 2000u);
  auto abe = dict->lookup("Shinzo Abe");
  ASSERT_EQ(abe.size(), 1u);
  const auto& e = dict->entry(abe[0]);
  EXPECT_EQ(e.code_at(make_date(2019, 10, 24)), "JPNGOV");
  EXPECT_EQ(e.code_at(make_date(2007, 1, 1)), "JPNGOV");
  EXPECT_EQ(e.code_at(make_date(2010, 1, 1)), "JPNELI");
  EXPECT_EQ(dict->entry(dict->lookup("Moon Jae-in")[0]).code_at(make_date(2019, 10, 24)), "KORGOV");
  EXPECT_EQ(dict->entry(dict->lookup("Moon Jae-in")[0]).code_at(make_date(2023, 1, 1)), "KORELI");
  EXPECT_GE(dict->country("KOR"), 0);
}

TEST_F(TestDict, CountriesAbbreviationsPossessives) {
  Date d = make_date(2019, 10, 24);
  EXPECT_EQ(actors({"S. Korea , Japan agree"}, d), (std::vector<P>{{"S. Korea", "KOR"}, {"Japan", "JPN"}}));
  EXPECT_EQ(actors({"South Korea 's Supreme Court ruled"}, d), (std::vector<P>{{"South Korea 's Supreme Court", "KORJUD"}}));
  EXPECT_EQ(actors({"The U.S. said"}, d), (std::vector<P>{{"U.S.", "USA"}}));
  EXPECT_TRUE(actors({"He told us nothing"}, d).empty());  // "us" is a pronoun, not the United States
  EXPECT_TRUE(actors({"They ate turkey"}, d).empty());     // lower-case common word
}

TEST_F(TestDict, PeopleResolvedByDocumentDate) {
  EXPECT_EQ(actors({"Shinzo Abe spoke"}, make_date(2019, 10, 24)), (std::vector<P>{{"Shinzo Abe", "JPNGOV"}}));
  EXPECT_EQ(actors({"Shinzo Abe spoke"}, make_date(2010, 6, 1)), (std::vector<P>{{"Shinzo Abe", "JPNELI"}}));
}

TEST_F(TestDict, TitlesAgentsAndNationalities) {
  Date d = make_date(2019, 10, 24);
  EXPECT_EQ(actors({"Prime Minister Lee Nak-yon met Abe"}, d)[0], (P{"Prime Minister Lee Nak-yon", "KORGOV"}));
  EXPECT_EQ(actors({"South Korean protesters gathered"}, d), (std::vector<P>{{"South Korean protesters", "KORCVL"}}));
  EXPECT_EQ(actors({"Japanese troops moved"}, d), (std::vector<P>{{"Japanese troops", "JPNMIL"}}));
  EXPECT_EQ(actors({"Chinese Premier Li Keqiang said"}, d), (std::vector<P>{{"Chinese Premier Li Keqiang", "CHNGOV"}}));
}

TEST_F(TestDict, SurnamesPronounsAndPluralReferences) {
  Date d = make_date(2019, 10, 24);
  auto a = actors({"Prime Minister Lee Nak-yon handed a letter to Shinzo Abe .", "Lee told Abe that his government will comply .",
                   "The two sides agreed ."},
                  d);
  ASSERT_GE(a.size(), 6u) << ::testing::PrintToString(a);
  EXPECT_EQ(a[2], (P{"Lee", "KORGOV"}));
  EXPECT_EQ(a[3], (P{"Abe", "JPNGOV"}));
  EXPECT_EQ(a[4], (P{"his government", "KORGOV"}));  // the subject of the reporting clause
  EXPECT_EQ(a.back().first, "The two sides");
  EXPECT_NE(a.back().second.find("KOR"), std::string::npos);
  EXPECT_NE(a.back().second.find("JPN"), std::string::npos);
  // A surname with no full mention before it is not guessed.
  EXPECT_TRUE(actors({"Moon said"}, d).empty());
}

// Session 16: a `short` form with diacritics also matches its plain spelling, as wire copy
// without them writes it (the full names list their ASCII spellings themselves).
TEST_F(TestDict, ShortFormMatchesWithoutDiacritics) {
  Date d = make_date(2019, 10, 24);
  auto a = actors({"Recep Tayyip Erdogan arrived in Berlin .", "Erdogan said ."}, d);
  ASSERT_GE(a.size(), 2u) << ::testing::PrintToString(a);
  EXPECT_EQ(a.back(), (P{"Erdogan", "TURGOV"}));
  EXPECT_EQ(strip_marks("Erdoğan"), "Erdogan");
  EXPECT_EQ(strip_marks("São Tomé"), "Sao Tome");
  EXPECT_EQ(strip_marks("Plain"), "Plain");
}

TEST(Dictionary, MalformedLinesNameFileAndLine) {
  auto p = std::filesystem::temp_directory_path() / "detente_bad_actors.txt";
  std::ofstream(p) << "# comment\nGood Name\n  kind person\n  JPNGOV 2019-01-01 2019-13-40\n";
  ActorDictionary d;
  try {
    d.load_file(p.string());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(p.string() + ":4:"), std::string::npos) << e.what();
  }
  std::ofstream(p) << "  KOR\n";
  EXPECT_THROW(d.load_file(p.string()), Error);
  std::ofstream(p) << "Name\n  kind planet\n  KOR\n";
  EXPECT_THROW(d.load_file(p.string()), Error);
  std::ofstream(p) << "Name\n  kind country\n";
  EXPECT_THROW(d.load_file(p.string()), Error);
  std::ofstream(p) << "Name\n  kind place; people no\n  KOR\n";  // `people` is yes or absent
  EXPECT_THROW(d.load_file(p.string()), Error);
  {
    std::ofstream(p) << "Name\n  kind place; people yes\n  KOR\n";
    ActorDictionary ok;
    ok.load_file(p.string());
    ASSERT_EQ(ok.size(), 1u);
    EXPECT_TRUE(ok.entry(0).people);
  }
  std::ofstream(p) << "Name\n  kind agent; country gb\n  GOV\n";  // `country` is an ISO3 code
  EXPECT_THROW(d.load_file(p.string()), Error);
  {
    std::ofstream(p) << "Lord Keeper\n  kind agent; country GBR\n  GOV\n";
    ActorDictionary ok;
    ok.load_file(p.string());
    ASSERT_EQ(ok.size(), 1u);
    EXPECT_EQ(ok.entry(0).office_country, "GBR");
  }
  std::filesystem::remove(p);
}

TEST(Dictionary, TabariFormatsWithDatesSynonymsAndAgents) {
  auto p = std::filesystem::temp_directory_path() / "detente_tabari_actors.txt";
  std::ofstream(p) << "<!-- header -->\nARGENTIN  [ARG]\nSHINZO_ABE_ [JPNGOV 060926-070926]\n"
                      "+ABE_SHINZO_\n\t[JPNGOV 121226-200916]\n\t[JPNELI]\nBOROMIR [---]\n";
  ActorDictionary d;
  d.load_file(p.string());
  d.finish();
  auto abe = d.lookup("Abe Shinzo");
  ASSERT_EQ(abe.size(), 1u);
  EXPECT_EQ(d.entry(abe[0]).code_at(make_date(2019, 1, 1)), "JPNGOV");
  EXPECT_EQ(d.entry(abe[0]).code_at(make_date(2010, 1, 1)), "JPNELI");
  // "[A/B/C]": one name standing for several actors at once carries every code
  std::ofstream(p) << "THE_VALE_LANDS  [HOB/ELF/DWF]\nRIVERTON [RIV]\n";
  {
    auto multi = std::make_shared<ActorDictionary>();
    multi->load_file(p.string());
    multi->finish();
    auto got = actors_test::mentions(ActorRecognizer(multi), make_doc({"The Vale Lands met Riverton"}, make_date(1995, 1, 1)));
    EXPECT_EQ(got, (std::vector<P>{{"The Vale Lands", "HOB+ELF+DWF"}, {"Riverton", "RIV"}}));
  }
  std::ofstream(p) << "!PERSON! = MAN, WOMAN\nCHAIR!PERSON! [~GOV]\nPOLICE {} [~COP]\n";
  ActorDictionary a;
  a.load_file(p.string());
  EXPECT_EQ(a.lookup("chairwoman").size(), 1u);
  EXPECT_EQ(a.entry(a.lookup("police")[0]).codes[0].code, "COP");
  std::filesystem::remove(p);
}

TEST(Dictionary, SharedNamesTakeTheReadingTheirCuesChoose) {
  // Two entries share "Riverford": one is the default, the other is chosen by
  // its cues (any actor of its country, or a name it lists) anywhere in the
  // document; a dated default beats an undated one; unknown cues and malformed
  // defaults are refused.
  auto p = std::filesystem::temp_directory_path() / "detente_shared_names.txt";
  std::ofstream(p) << "Arnor\n  kind country; capital Fornost\n  ARN\n"
                      "Gondor\n  kind country; capital Minas Tirith\n  GON\n"
                      "Lindon\n  kind place\n  GON\n"
                      "Riverford\n  kind place; cues @ARN\n  ARN\n"
                      "Riverford\n  kind place; cues @GON; default yes\n  GON\n"
                      "Ashby\n  kind place; cues Lindon; default 1950-01-01 1960-12-31\n  ARN\n"
                      "Ashby\n  kind place; default yes\n  GON\n"
                      "Dunmere\n  kind place; default 1990-01-01 -\n  ARN\n"
                      "Dunmere\n  kind place; default - 1989-12-31\n  GON\n";
  auto d = std::make_shared<ActorDictionary>();
  d->load_file(p.string());
  d->finish();
  EXPECT_TRUE(d->has_shared_names());
  ActorRecognizer r(d);
  Date day = make_date(1990, 1, 1);
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Riverford flooded"}, day)), (std::vector<P>{{"Riverford", "GON"}}));
  // a cue in a later sentence decides, and every mention takes the same reading
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Riverford flooded", "Riverford asked Fornost for boats"}, day)),
            (std::vector<P>{{"Riverford", "ARN"}, {"Riverford", "ARN"}, {"Fornost", "ARNGOV"}}));
  // more cues win
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Riverford , Arnor and Fornost , not Gondor"}, day))[0],
            (P{"Riverford", "ARN"}));
  // a named cue; a dated default
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Ashby burned"}, day))[0], (P{"Ashby", "GON"}));
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Ashby burned"}, make_date(1955, 1, 1)))[0], (P{"Ashby", "ARN"}));
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Ashby burned near Lindon"}, day))[0], (P{"Ashby", "ARN"}));
  // an undated document: the default running to the present
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Dunmere burned"}, Date{})), (std::vector<P>{{"Dunmere", "ARN"}}));
  EXPECT_EQ(actors_test::mentions(r, make_doc({"Dunmere burned"}, make_date(1980, 1, 1)))[0], (P{"Dunmere", "GON"}));
  // no cue and no default: a coder cannot tell, the name is left uncoded
  std::ofstream(p) << "Arnor\n  kind country\n  ARN\nGondor\n  kind country\n  GON\n"
                      "Star Tribune\n  kind org; cues @ARN\n  ARNMED\nStar Tribune\n  kind org; cues @GON\n  GONMED\n";
  {
    auto d2 = std::make_shared<ActorDictionary>();
    d2->load_file(p.string());
    d2->finish();
    ActorRecognizer r2(d2);
    EXPECT_TRUE(actors_test::mentions(r2, make_doc({"the Star Tribune said"}, day)).empty());
    EXPECT_EQ(actors_test::mentions(r2, make_doc({"the Star Tribune said Gondor erred"}, day))[0],
              (P{"Star Tribune", "GONMED"}));
  }
  {
    std::ofstream(p) << "Ashby\n  kind place; cues Nowhere\n  ARN\n";
    ActorDictionary bad;
    bad.load_file(p.string());
    EXPECT_THROW(bad.finish(), Error);
  }
  {
    std::ofstream(p) << "Ashby\n  kind place; default sometimes\n  ARN\n";
    ActorDictionary bad;
    EXPECT_THROW(bad.load_file(p.string()), Error);
  }
  std::filesystem::remove(p);
}

}  // namespace
}  // namespace detente

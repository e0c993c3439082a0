#include "text/text_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "core/error.h"
#include "text/tokenizer.h"

namespace detente::text {
namespace {

// One file per test: ctest runs the tests of this file in parallel processes.
std::string write_temp(const std::string& content) {
  std::string path = testing::TempDir() + "/text_eval_test." +
                     testing::UnitTest::GetInstance()->current_test_info()->name() + ".conllu";
  std::ofstream(path) << content;
  return path;
}

const char* kGold =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# text = He can't go.\n"
    "1\tHe\the\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Yes\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n"
    "# newpar\n"
    "# text = Next one.\n"
    "1\tNext\tnext\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tone\tone\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

TEST(TextEval, RebuildsTextAsTheSharedTask) {
  GoldText g = load_gold_text(write_temp(kGold));
  EXPECT_EQ(g.text, "He can't go. Yes\n\nNext one.");
  EXPECT_EQ(g.tokens.size(), 8u);  // can't is one surface token
  EXPECT_EQ(g.words.size(), 9u);   // ca + n't
  EXPECT_EQ(g.words[1], Span(3, 5));
  EXPECT_EQ(g.words[2], Span(5, 8));
  ASSERT_EQ(g.sentences.size(), 3u);
  EXPECT_EQ(g.sentences[1], Span(13, 16));
}

TEST(TextEval, ScoresAgainstGold) {
  GoldText g = load_gold_text(write_temp(kGold));
  Document doc;
  doc.text = g.text;
  tokenize(doc);
  // Perfect tokens; sentences: pretend we found only the blank-line break.
  doc.sentences.push_back({0, 16, 0, 6});
  doc.sentences.push_back({18, 27, 6, 9});
  TextScores s = score_text(g, doc);
  EXPECT_EQ(s.tokens.correct, 8u);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s.words.f1(), 100.0);
  EXPECT_EQ(s.sentences.gold, 3u);
  EXPECT_EQ(s.sentences.system, 2u);
  EXPECT_EQ(s.sentences.correct, 1u);
  EXPECT_EQ(boundary_errors(g, doc, 5).size(), 1u);  // the boundary after "go." was missed
}

TEST(TextEval, MalformedLineNamesFileAndLine) {
  std::string path = write_temp("# text = x\n1\tx\n");
  try {
    load_gold_text(path);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kBadConllu);
    EXPECT_NE(std::string(e.what()).find(":2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace detente::text

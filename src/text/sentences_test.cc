// Sentence boundaries on hand-written news cases, with the shipped model and
// with rules only.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "text/segmenter.h"

namespace detente {
namespace {

std::vector<std::string> sentences(const Segmenter& seg, const std::string& text) {
  Document doc;
  doc.text = text;
  seg.segment(doc);
  std::vector<std::string> out;
  for (auto& s : doc.sentences) out.emplace_back(doc.sentence_text(s));
  return out;
}

using V = std::vector<std::string>;

struct Case {
  const char* in;
  V out;
};

class Sentences : public testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() {
    model_ = Segmenter::load_default();
    rules_ = Segmenter::load("");
  }
  static std::shared_ptr<const Segmenter> model_, rules_;
};
std::shared_ptr<const Segmenter> Sentences::model_, Sentences::rules_;

TEST_P(Sentences, WithModel) { EXPECT_EQ(sentences(*model_, GetParam().in), GetParam().out); }
TEST_P(Sentences, RulesOnly) { EXPECT_EQ(sentences(*rules_, GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    News, Sentences,
    testing::Values(
        // A dateline opens the first sentence; "Oct." does not end it.
        Case{"SEOUL, Oct. 24 (Yonhap) -- South Korea's Prime Minister Lee Nak-yon met Japan's Shinzo Abe in "
             "Tokyo on Thursday. The two agreed to keep talking.",
             {"SEOUL, Oct. 24 (Yonhap) -- South Korea's Prime Minister Lee Nak-yon met Japan's Shinzo Abe in "
              "Tokyo on Thursday.",
              "The two agreed to keep talking."}},
        // A headline without final punctuation ends at the blank line.
        Case{"Korea, Japan agree to more talks\n\nThe leaders met in Tokyo.",
             {"Korea, Japan agree to more talks", "The leaders met in Tokyo."}},
        // Titles, months and initials never end a sentence.
        Case{"Gen. Lee met Mr. Abe in Feb. 2019 with John F. Kennedy Jr. present. He left.",
             {"Gen. Lee met Mr. Abe in Feb. 2019 with John F. Kennedy Jr. present.", "He left."}},
        // Decimals and thousands.
        Case{"Growth was 6.4 percent. Exports rose 12,000 tons to 1.5 million.",
             {"Growth was 6.4 percent.", "Exports rose 12,000 tons to 1.5 million."}},
        // A closing quote after the period belongs to the sentence.
        Case{"\"We will continue,\" he said. \"It is over.\" Then they left.",
             {"\"We will continue,\" he said.", "\"It is over.\"", "Then they left."}},
        Case{"“We will talk,” Abe said. “It is a first step.” Lee agreed.",
             {"“We will talk,” Abe said.", "“It is a first step.”", "Lee agreed."}},
        // Parentheses.
        Case{"(He left early.) She stayed.", {"(He left early.)", "She stayed."}},
        Case{"Japan (which imposed curbs in July) objected. Seoul did not.",
             {"Japan (which imposed curbs in July) objected.", "Seoul did not."}},
        // An abbreviation at the end of a sentence.
        Case{"The company is based in the U.S. The deal closed on Friday.",
             {"The company is based in the U.S.", "The deal closed on Friday."}},
        // Questions and exclamations; a lower-case word after ? continues.
        Case{"Will they meet? Nobody knows! Officials said so.",
             {"Will they meet?", "Nobody knows!", "Officials said so."}},
        // Lists: items at the start of a line.
        Case{"The measures:\n- export curbs on chemicals\n- removal from the white list",
             {"The measures:", "- export curbs on chemicals", "- removal from the white list"}},
        Case{"Steps:\n1. talks in Tokyo\n2. follow-up consultations",
             {"Steps:", "1. talks in Tokyo", "2. follow-up consultations"}},
        // Ellipsis inside a sentence.
        Case{"They said ... nothing. Then it ended.", {"They said ... nothing.", "Then it ended."}},
        // A hard-wrapped paragraph (single line breaks) is not split.
        Case{"Rain kept falling over the highland tea estates all\nthrough the month, ending a long dry spell.",
             {"Rain kept falling over the highland tea estates all\nthrough the month, ending a long dry spell."}},
        // A web page's tag-list footer: the label, then one item per label,
        // whether the items are on lines of their own or run together.
        Case{"Talks resumed.\n\nCategories: May 2, 2019 South Korea Published Politics and conflicts",
             {"Talks resumed.", "Categories:", "May 2, 2019", "South Korea", "Published",
              "Politics and conflicts"}},
        Case{"Talks resumed.\n\nFiled under:\nAsia\nTrade disputes\nNew Zealand",
             {"Talks resumed.", "Filed under:", "Asia", "Trade disputes", "New Zealand"}},
        // Prose after a label is not a list: it has final punctuation.
        Case{"Topics: Seoul and Tokyo Discussed trade. They agreed.",
             {"Topics: Seoul and Tokyo Discussed trade.", "They agreed."}}));

// Wire copy broken into lines of fixed width, paragraphs opened by an
// indented line: a line break after "U.S." inside a sentence is no boundary;
// an indented line still opens a sentence.
TEST(Segmenter, HardWrappedLinesAreNoBoundaries) {
  auto seg = Segmenter::load_default();
  const std::string wrapped =
      "Lumeria's quota on steel is a barrier to fair trade, the visiting U.S.\n"
      "Trade Representative, Ann Ruiz, told reporters in the capital after\n"
      "two days of talks.\n"
      "    She said the talks would resume in May, and that Lumeria had\n"
      "agreed to review the quota.\n"
      "    Lumeria's trade minister was not available for comment.\n";
  EXPECT_EQ(sentences(*seg, wrapped),
            (V{"Lumeria's quota on steel is a barrier to fair trade, the visiting U.S.\n"
               "Trade Representative, Ann Ruiz, told reporters in the capital after\ntwo days of talks.",
               "She said the talks would resume in May, and that Lumeria had\nagreed to review the quota.",
               "Lumeria's trade minister was not available for comment."}));
  // guard: the same words in text that is not hard-wrapped (no line break
  // inside a sentence): a line break after an abbreviation ends the line's sentence.
  const std::string lines =
      "Officials met the visiting U.S.\nTrade Representative on Friday.\n";
  EXPECT_EQ(sentences(*seg, lines), (V{"Officials met the visiting U.S.", "Trade Representative on Friday."}));
}

TEST(Segmenter, NoTextNoSentences) {
  auto seg = Segmenter::load_default();
  Document doc;
  seg->segment(doc);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  doc.text = " \n\n ";
  seg->segment(doc);
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(Segmenter, CorruptModelIsAnError) {
  EXPECT_THROW(Segmenter::load("/nonexistent/segmenter.model"), Error);
}

}  // namespace
}  // namespace detente

// Hard cases for the tokenizer, each written by hand from how UD English
// (EWT, GUM) tokenizes, not from the code's output.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace detente::text {
namespace {

std::vector<std::string> forms(const std::string& s) {
  Document doc;
  doc.text = s;
  tokenize(doc);
  std::vector<std::string> out;
  for (auto& t : doc.tokens) out.emplace_back(doc.form(t));
  return out;
}

std::vector<std::string> norms(const std::string& s) {
  Document doc;
  doc.text = s;
  tokenize(doc);
  std::vector<std::string> out;
  for (auto& t : doc.tokens) out.emplace_back(doc.norm(t));
  return out;
}

using V = std::vector<std::string>;

struct Case {
  const char* in;
  V out;
};

class Tokens : public testing::TestWithParam<Case> {};

TEST_P(Tokens, AsUdEnglish) { EXPECT_EQ(forms(GetParam().in), GetParam().out) << GetParam().in; }

INSTANTIATE_TEST_SUITE_P(
    Clitics, Tokens,
    testing::Values(Case{"He can't go.", {"He", "ca", "n't", "go", "."}},
                    Case{"Don't", {"Do", "n't"}},
                    Case{"I'm sure we'll win, he's said.", {"I", "'m", "sure", "we", "'ll", "win", ",", "he", "'s", "said", "."}},
                    Case{"They've been, they'd say, you're", {"They", "'ve", "been", ",", "they", "'d", "say", ",", "you", "'re"}},
                    Case{"Korea's exports", {"Korea", "'s", "exports"}},
                    Case{"the farmers' union", {"the", "farmers", "'", "union"}},
                    Case{"We're gonna win", {"We", "'re", "gon", "na", "win"}},
                    Case{"I wanna go, we gotta go", {"I", "wan", "na", "go", ",", "we", "got", "ta", "go"}},
                    Case{"You cannot", {"You", "can", "not"}},
                    Case{"won't", {"wo", "n't"}},
                    Case{"Japan’s stance isn’t new", {"Japan", "’s", "stance", "is", "n’t", "new"}},
                    Case{"O'Brien and rock'n'roll", {"O'Brien", "and", "rock'n'roll"}},
                    Case{"the '90s", {"the", "'90s"}}));

INSTANTIATE_TEST_SUITE_P(
    Hyphens, Tokens,
    testing::Values(Case{"Prime Minister Lee Nak-yon met", {"Prime", "Minister", "Lee", "Nak-yon", "met"}},
                    Case{"President Moon Jae-in said", {"President", "Moon", "Jae-in", "said"}},
                    Case{"a two-year deal", {"a", "two", "-", "year", "deal"}},
                    Case{"an anti-American rally, a co-founder, e-mail",
                         {"an", "anti-American", "rally", ",", "a", "co-founder", ",", "e-mail"}},
                    Case{"the 1910-45 rule", {"the", "1910", "-", "45", "rule"}},
                    Case{"U.S.-led forces", {"U.S.", "-", "led", "forces"}},
                    Case{"call 303-832-8160", {"call", "303-832-8160"}}));

INSTANTIATE_TEST_SUITE_P(
    Abbreviations, Tokens,
    testing::Values(Case{"The U.S. and S. Korea", {"The", "U.S.", "and", "S.", "Korea"}},
                    Case{"Gen. Lee, Feb. 3, Jr., Inc.", {"Gen.", "Lee", ",", "Feb.", "3", ",", "Jr.", ",", "Inc."}},
                    Case{"No. 1 and no more", {"No.", "1", "and", "no", "more"}},
                    Case{"Say no. Then", {"Say", "no", ".", "Then"}},
                    Case{"Mr. and Mrs. Smith, Dr. Kim", {"Mr.", "and", "Mrs.", "Smith", ",", "Dr.", "Kim"}},
                    Case{"e.g. this, i.e. that, at 3 p.m.", {"e.g.", "this", ",", "i.e.", "that", ",", "at", "3", "p.m."}},
                    Case{"John F. Kennedy", {"John", "F.", "Kennedy"}},
                    Case{"CCNG, Inc.. On", {"CCNG", ",", "Inc.", ".", "On"}},
                    Case{"I did. I.", {"I", "did", ".", "I", "."}}));

INSTANTIATE_TEST_SUITE_P(
    Numbers, Tokens,
    testing::Values(Case{"6.4 percent, 12,000 people", {"6.4", "percent", ",", "12,000", "people"}},
                    Case{"$1.5 billion at 10:30", {"$", "1.5", "billion", "at", "10:30"}},
                    Case{"up 3% to 1,234,567.89", {"up", "3", "%", "to", "1,234,567.89"}},
                    Case{"the 1990s, the 30th", {"the", "1990s", ",", "the", "30th"}},
                    Case{"a 375mm statue, 5pm", {"a", "375", "mm", "statue", ",", "5", "pm"}},
                    Case{"on 9/11 and 10/24/2019", {"on", "9/11", "and", "10/24/2019"}},
                    Case{"in 3G and 5G", {"in", "3G", "and", "5G"}},
                    Case{"1, 2, 3", {"1", ",", "2", ",", "3"}}));

INSTANTIATE_TEST_SUITE_P(
    Web, Tokens,
    testing::Values(Case{"See https://example.com/a?b=1.", {"See", "https://example.com/a?b=1", "."}},
                    Case{"(www.yonhapnews.co.kr)", {"(", "www.yonhapnews.co.kr", ")"}},
                    Case{"Mail press@mofa.go.kr or kent.shoemaker@ae.ge.com.",
                         {"Mail", "press@mofa.go.kr", "or", "kent.shoemaker@ae.ge.com", "."}},
                    Case{"@yonhap_news #KoreaJapan #1", {"@yonhap_news", "#KoreaJapan", "#", "1"}},
                    Case{"open report.pdf at example.com", {"open", "report.pdf", "at", "example.com"}},
                    Case{"great :) really :-(", {"great", ":)", "really", ":-("}}));

INSTANTIATE_TEST_SUITE_P(
    Punctuation, Tokens,
    testing::Values(Case{"SEOUL, Oct. 24 (Yonhap) -- South", {"SEOUL", ",", "Oct.", "24", "(", "Yonhap", ")", "--", "South"}},
                    Case{"wait... What?! No!!!", {"wait", "...", "What", "?!", "No", "!!!"}},
                    Case{"\"Yes,\" he said.", {"\"", "Yes", ",", "\"", "he", "said", "."}},
                    Case{"“It’s over,” he said — really…", {"“", "It", "’s", "over", ",", "”", "he", "said", "—", "really", "…"}},
                    Case{"«Non» – 1–2", {"«", "Non", "»", "–", "1", "–", "2"}},
                    Case{"a;b:c [d] {e}", {"a", ";", "b", ":", "c", "[", "d", "]", "{", "e", "}"}},
                    Case{"end.\"", {"end", ".", "\""}},
                    Case{"Zürich, São Paulo, 서울", {"Zürich", ",", "São", "Paulo", ",", "서울"}}));

TEST(Tokenizer, NormMapsTypographyToAscii) {
  EXPECT_EQ(norms("“It’s over,” — really… «x» ‘y’"),
            (V{"\"", "It", "'s", "over", ",", "\"", "-", "really", "...", "\"", "x", "\"", "'", "y", "'"}));
  EXPECT_EQ(norms("isn’t"), (V{"is", "n't"}));
  EXPECT_EQ(norms("Zürich"), (V{"Zürich"}));
}

TEST(Tokenizer, UnicodeWhitespaceSeparates) {
  // no-break space, thin space, ideographic space, zero-width space
  EXPECT_EQ(forms("10\u00a0km a\u2009b c\u3000d e\u200bf"), (V{"10", "km", "a", "b", "c", "d", "e", "f"}));
}

TEST(Tokenizer, OffsetsAndSpaceAfter) {
  Document doc;
  doc.text = "  He can't,\n“go”.  ";
  tokenize(doc);
  ASSERT_EQ(doc.tokens.size(), 8u);
  EXPECT_EQ(doc.tokens[0].begin, 2u);
  EXPECT_TRUE(doc.tokens[0].space_after);    // He
  EXPECT_FALSE(doc.tokens[1].space_after);   // ca
  EXPECT_FALSE(doc.tokens[2].space_after);   // n't
  EXPECT_TRUE(doc.tokens[3].space_after);    // ,
  EXPECT_EQ(doc.form(doc.tokens[4]), "“");
  EXPECT_EQ(doc.tokens[7].end, doc.text.size() - 2);
  EXPECT_TRUE(doc.tokens[7].space_after);
}

TEST(Tokenizer, EmptyAndBlank) {
  EXPECT_TRUE(forms("").empty());
  EXPECT_TRUE(forms(" \n\t\u00a0 ").empty());
}

TEST(Tokenizer, CliticSplitsAreMultiwordTokens) {
  EXPECT_TRUE(is_clitic_split("ca", "n't"));
  EXPECT_TRUE(is_clitic_split("Korea", "'s"));
  EXPECT_TRUE(is_clitic_split("It", "’s"));
  EXPECT_TRUE(is_clitic_split("gon", "na"));
  EXPECT_TRUE(is_clitic_split("can", "not"));
  EXPECT_TRUE(is_clitic_split("farmers", "'"));
  EXPECT_FALSE(is_clitic_split("the", "na"));
  EXPECT_FALSE(is_clitic_split("said", "."));
}

}  // namespace
}  // namespace detente::text

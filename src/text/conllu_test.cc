#include "text/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace detente {
namespace {

const std::string kShared = DETENTE_SHARED_DIR;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

constexpr const char* kSample =
    "# sent_id = 1\n"
    "# text = I don't know, Bob.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t6:punct\t_\n"
    "6\tBob\tBob\tPROPN\tNNP\t_\t4\tvocative\t4:vocative\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = 2\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_\n"
    "\n";

TEST(Conllu, ReadsTokensTextAndMultiwords) {
  ConlluDocument d = read_conllu(kSample, "sample");
  const Document& doc = d.doc;
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(doc.tokens.size(), 9u);
  EXPECT_EQ(doc.sentence_text(doc.sentences[0]), "I don't know, Bob.");
  EXPECT_EQ(doc.sentence_text(doc.sentences[1]), "Hi!");  // rebuilt from SpaceAfter=No
  EXPECT_EQ(doc.form(doc.tokens[1]), "don't");  // words of a multiword token share its span
  EXPECT_EQ(doc.norm(doc.tokens[1]), "do");
  EXPECT_EQ(doc.norm(doc.tokens[2]), "n't");
  EXPECT_EQ(doc.lemma(doc.tokens[2]), "not");
  EXPECT_EQ(doc.tokens[3].head, -1);
  EXPECT_EQ(doc.tokens[3].deprel, Deprel::root);
  EXPECT_EQ(doc.tokens[0].head, 3);
  EXPECT_EQ(doc.tokens[0].upos, Upos::PRON);
  EXPECT_EQ(xpos_name(doc.tokens[0].xpos), "PRP");
  EXPECT_FALSE(doc.tokens[3].space_after);
  ASSERT_EQ(d.extra.multiwords.size(), 1u);
  EXPECT_EQ(d.extra.multiwords[0].first, 1u);
  EXPECT_EQ(d.extra.multiwords[0].last, 2u);
  EXPECT_EQ(d.extra.comments[0].size(), 2u);
}

TEST(Conllu, WriteReproducesInput) {
  ConlluDocument d = read_conllu(kSample, "sample");
  std::string out;
  write_conllu(d.doc, out, &d.extra);
  EXPECT_EQ(out, kSample);
}

TEST(Conllu, WriteWithoutExtraIsReadable) {
  ConlluDocument d = read_conllu(kSample, "sample");
  std::string out;
  write_conllu(d.doc, out);
  ConlluDocument again = read_conllu(out, "again");
  ASSERT_EQ(again.doc.tokens.size(), d.doc.tokens.size());
  EXPECT_EQ(again.doc.text, d.doc.text);
  for (size_t i = 0; i < d.doc.tokens.size(); ++i) {
    EXPECT_EQ(again.doc.norm(again.doc.tokens[i]), d.doc.norm(d.doc.tokens[i]));
    EXPECT_EQ(again.doc.tokens[i].head, d.doc.tokens[i].head);
    EXPECT_EQ(again.doc.tokens[i].deprel, d.doc.tokens[i].deprel);
    EXPECT_EQ(again.doc.tokens[i].begin, d.doc.tokens[i].begin);
  }
  EXPECT_EQ(again.extra.multiwords.size(), 1u);
}

TEST(Conllu, EwtRoundTripIsByteIdentical) {
  for (const char* f : {"/data/ud/en_ewt/en_ewt-ud-dev.conllu", "/data/ud/en_pud/en_pud-ud-test.conllu"}) {
    std::string path = kShared + f;
    std::string in = slurp(path);
    if (in.empty()) GTEST_SKIP() << "no " << path;
    ConlluDocument d = read_conllu(in, path);
    std::string out;
    write_conllu(d.doc, out, &d.extra);
    EXPECT_TRUE(out == in) << path;
    // Every word's span holds its form (or its multiword token's form).
    for (const Token& t : d.doc.tokens) ASSERT_LT(t.begin, t.end);
  }
}

struct Bad {
  const char* text;
  uint64_t line;
};

TEST(Conllu, MalformedLinesAreErrorsWithLineNumbers) {
  const Bad cases[] = {
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n", 1},                               // 9 columns
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\t_\n", 1},                         // 11 columns
      {"2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", 1},                            // out of sequence
      {"x\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", 1},                            // bad ID
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t!\t!\tPUNCT\t.\t_\t7\tpunct\t_\t_\n", 2},  // head too far
      {"1\tHi\thi\tINTJ\tUH\t_\tzero\troot\t_\t_\n", 1},                         // bad head
      {"1\tHi\thi\tWORD\tUH\t_\t0\troot\t_\t_\n", 1},                            // unknown UPOS
      {"1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\n", 3},  // range past end
      {"1\tHi\thi\tINTJ\tUH\t_\t1\troot\t_\t_\n", 1},                            // own head
      {"1\t\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", 1},                              // empty form
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n# late comment\n", 2},
  };
  for (const Bad& b : cases) {
    try {
      read_conllu(b.text, "bad.conllu");
      ADD_FAILURE() << "accepted: " << b.text;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::kBadConllu) << b.text;
      std::string want = "bad.conllu:" + std::to_string(b.line) + ":";
      EXPECT_EQ(std::string(e.what()).rfind(want, 0), 0u) << e.what();
    }
  }
}

TEST(Conllu, ToleratesCrlfMissingFinalBlankAndEmptyNodes) {
  std::string in =
      "# text = Hi\r\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n1.1\tbe\tbe\tAUX\t_\t_\t_\t_\t1:dep\t_\r\n";
  ConlluDocument d = read_conllu(in, "x");
  ASSERT_EQ(d.doc.tokens.size(), 1u);
  EXPECT_EQ(d.doc.text, "Hi");
  EXPECT_EQ(d.extra.empty_nodes.size(), 1u);
  EXPECT_EQ(read_conllu("", "empty").doc.tokens.size(), 0u);
}

TEST(Conllu, MissingFileIsIoError) {
  try {
    read_conllu_file("/nonexistent/x.conllu");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kIo);
  }
}

}  // namespace
}  // namespace detente

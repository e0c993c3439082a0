// The Penn Treebank -> dependency converter used by
// `detente eval-events petrarch --treebank-parses`.
#include "events/eval_ptb.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

int find(const Document& d, std::string_view form) {
  for (size_t i = 0; i < d.tokens.size(); ++i)
    if (d.form(d.tokens[i]) == form) return static_cast<int>(i);
  return -1;
}

TEST(Ptb, ActivePassiveAndPrepositions) {
  PtbLemmas lem;
  Document d;
  ASSERT_TRUE(ptb_to_document(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))",
      lem, d));
  EXPECT_EQ(d.text, "Arnor restored full ties with Gondor .");
  int v = find(d, "restored");
  EXPECT_EQ(d.tokens[v].head, -1);
  EXPECT_EQ(d.tokens[find(d, "Arnor")].head, v);
  EXPECT_EQ(d.tokens[find(d, "Arnor")].deprel, Deprel::nsubj);
  EXPECT_EQ(d.tokens[find(d, "ties")].deprel, Deprel::obj);
  EXPECT_EQ(d.tokens[find(d, "Gondor")].deprel, Deprel::obl);
  EXPECT_EQ(d.tokens[find(d, "with")].deprel, Deprel::case_);
  EXPECT_EQ(lem.lemma("imposed", "VBD"), "impose");
  EXPECT_EQ(lem.lemma("attacked", "VBD"), "attack");
  EXPECT_EQ(lem.lemma("stopped", "VBD"), "stop");
  EXPECT_EQ(lem.lemma("was", "VBD"), "be");
  EXPECT_EQ(d.lemma(d.tokens[find(d, "ties")]), "tie");

  ASSERT_TRUE(ptb_to_document(
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Mordor)))))))", lem, d));
  int a = find(d, "attacked");
  EXPECT_EQ(d.tokens[a].head, -1);
  EXPECT_EQ(d.tokens[find(d, "was")].deprel, Deprel::aux_pass);
  EXPECT_EQ(d.tokens[find(d, "Gondor")].deprel, Deprel::nsubj_pass);
  // the by-phrase is an obl of the participle (the coder reads obl + "by" in a passive as the agent)
  EXPECT_EQ(d.tokens[find(d, "Mordor")].head, a);
}

TEST(Ptb, CoordinationAndMalformedInput) {
  PtbLemmas lem;
  Document d;
  ASSERT_TRUE(ptb_to_document(
      "(ROOT (S (NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree)) (VP (VBD met))))", lem, d));
  int m = find(d, "Mordor");
  EXPECT_EQ(d.tokens[find(d, "Rohan")].head, m);
  EXPECT_EQ(d.tokens[find(d, "Rohan")].deprel, Deprel::conj);
  EXPECT_EQ(d.tokens[find(d, "Bree")].deprel, Deprel::conj);
  EXPECT_FALSE(ptb_to_document("(ROOT (S (NP (NNP Mordor)", lem, d));
  EXPECT_FALSE(ptb_to_document("", lem, d));
}

}  // namespace
}  // namespace detente

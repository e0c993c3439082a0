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
      "(ROOT (S (NP (NNP Dale)) (VP (VBD signed) (NP (JJ new) (NNS accords)) (PP (IN with) (NP (NNP Esgaroth)))) (. .)))",
      lem, d));
  EXPECT_EQ(d.text, "Dale signed new accords with Esgaroth .");
  int v = find(d, "signed");
  EXPECT_EQ(d.tokens[v].head, -1);
  EXPECT_EQ(d.tokens[find(d, "Dale")].head, v);
  EXPECT_EQ(d.tokens[find(d, "Dale")].deprel, Deprel::nsubj);
  EXPECT_EQ(d.tokens[find(d, "accords")].deprel, Deprel::obj);
  EXPECT_EQ(d.tokens[find(d, "Esgaroth")].deprel, Deprel::obl);
  EXPECT_EQ(d.tokens[find(d, "with")].deprel, Deprel::case_);
  EXPECT_EQ(lem.lemma("imposed", "VBD"), "impose");
  EXPECT_EQ(lem.lemma("attacked", "VBD"), "attack");
  EXPECT_EQ(lem.lemma("stopped", "VBD"), "stop");
  EXPECT_EQ(lem.lemma("was", "VBD"), "be");
  EXPECT_EQ(d.lemma(d.tokens[find(d, "accords")]), "accord");

  ASSERT_TRUE(ptb_to_document(
      "(ROOT (S (NP (NNP Dale)) (VP (VBD was) (VP (VBN raided) (PP (IN by) (NP (NNP Angmar)))))))", lem, d));
  int a = find(d, "raided");
  EXPECT_EQ(d.tokens[a].head, -1);
  EXPECT_EQ(d.tokens[find(d, "was")].deprel, Deprel::aux_pass);
  EXPECT_EQ(d.tokens[find(d, "Dale")].deprel, Deprel::nsubj_pass);
  // the by-phrase is an obl of the participle (the coder reads obl + "by" in a passive as the agent)
  EXPECT_EQ(d.tokens[find(d, "Angmar")].head, a);
}

TEST(Ptb, CoordinationAndMalformedInput) {
  PtbLemmas lem;
  Document d;
  ASSERT_TRUE(ptb_to_document(
      "(ROOT (S (NP (NNP Dale) (, ,) (NNP Esgaroth) (CC and) (NNP Erebor)) (VP (VBD gathered))))", lem, d));
  int m = find(d, "Dale");
  EXPECT_EQ(d.tokens[find(d, "Esgaroth")].head, m);
  EXPECT_EQ(d.tokens[find(d, "Esgaroth")].deprel, Deprel::conj);
  EXPECT_EQ(d.tokens[find(d, "Erebor")].deprel, Deprel::conj);
  EXPECT_FALSE(ptb_to_document("(ROOT (S (NP (NNP Dale)", lem, d));
  EXPECT_FALSE(ptb_to_document("", lem, d));
}

}  // namespace
}  // namespace detente

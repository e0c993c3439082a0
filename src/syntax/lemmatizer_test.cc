#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "syntax/perceptron.h"
#include "text/conllu.h"

namespace detente::syntax {
namespace {

TagClass tag(Upos u, const char* xpos) { return {u, xpos_id(xpos)}; }

// A tiny treebank: (form, lemma, upos, xpos) per word, one sentence.
std::vector<GoldSentence> treebank(const std::vector<std::tuple<const char*, const char*, Upos, const char*>>& words) {
  GoldSentence s;
  for (auto& [f, l, u, x] : words) {
    s.forms.emplace_back(f);
    s.lemmas.emplace_back(l);
    s.upos.push_back(u);
    s.xpos.push_back(xpos_id(x));
    s.heads.push_back(-1);
    s.deprels.push_back(Deprel::root);
  }
  return {s};
}

std::string lemma(const Lemmatizer& L, std::string_view form, TagClass t) {
  std::string lower, out;
  lower_ascii(form, lower);
  L.lemmatize(form, lower, t, out);
  return out;
}

std::vector<GoldSentence> small() {
  return treebank({{"walked", "walk", Upos::VERB, "VBD"},
                   {"talked", "talk", Upos::VERB, "VBD"},
                   {"hoped", "hope", Upos::VERB, "VBD"},
                   {"went", "go", Upos::VERB, "VBD"},
                   {"Sachs", "Sachs", Upos::PROPN, "NNP"},
                   {"dogs", "dog", Upos::NOUN, "NNS"},
                   {"cats", "cat", Upos::NOUN, "NNS"},
                   {"bomb", "bomb", Upos::NOUN, "NN"},
                   {"Paris", "Paris", Upos::PROPN, "NNP"},
                   {"London", "London", Upos::PROPN, "NNP"},
                   {"1,000", "1000", Upos::NUM, "CD"}});
}

TEST(Lemmatizer, SeenFormsAreExceptions) {
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  EXPECT_EQ(lemma(L, "went", tag(Upos::VERB, "VBD")), "go");
  EXPECT_EQ(lemma(L, "Went", tag(Upos::VERB, "VBD")), "go");
  EXPECT_EQ(lemma(L, "dogs", tag(Upos::NOUN, "NNS")), "dog");
}

TEST(Lemmatizer, SameUposOtherXposTakesTheSeenRule) {
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  EXPECT_EQ(lemma(L, "Sachs", tag(Upos::PROPN, "NNPS")), "Sachs");
}

TEST(Lemmatizer, BaseFormOfASeenVerbIsItsOwnLemma) {
  // "found" is seen only as the past of "find", and "founded" as the past of
  // "found": as a base form (VB: "to found a bank") it is the verb "found".
  // "stole" is no verb of its own: tagged VB by mistake, it is still "steal".
  Lemmatizer L = Lemmatizer::train(treebank({{"found", "find", Upos::VERB, "VBD"},
                                             {"founded", "found", Upos::VERB, "VBN"},
                                             {"stole", "steal", Upos::VERB, "VBD"},
                                             {"bore", "bear", Upos::VERB, "VBD"},
                                             {"bored", "bore", Upos::VERB, "VBN"},
                                             {"Kemal", "Kemal", Upos::PROPN, "NNP"}}),
                                   nullptr);
  EXPECT_EQ(lemma(L, "found", tag(Upos::VERB, "VBD")), "find");
  EXPECT_EQ(lemma(L, "found", tag(Upos::VERB, "VBN")), "find");  // same UPOS, other XPOS: the seen rule
  EXPECT_EQ(lemma(L, "found", tag(Upos::VERB, "VB")), "found");
  EXPECT_EQ(lemma(L, "bore", tag(Upos::VERB, "VB")), "bore");  // "to bore a tunnel": bored + -d
  EXPECT_EQ(lemma(L, "bore", tag(Upos::VERB, "VBD")), "bear");
  EXPECT_EQ(lemma(L, "stole", tag(Upos::VERB, "VB")), "steal");
  EXPECT_EQ(lemma(L, "Kemal", tag(Upos::PROPN, "NNPS")), "Kemal");  // the fallback stands for other tags
}

TEST(Lemmatizer, CasePolicyForUnseenForms) {
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  EXPECT_EQ(lemma(L, "Mazzoni", tag(Upos::PROPN, "NNP")), "Mazzoni");
  EXPECT_EQ(lemma(L, "mazzoni", tag(Upos::PROPN, "NNP")), "mazzoni");  // proper nouns keep their case
  EXPECT_EQ(lemma(L, "SOUTER", tag(Upos::PROPN, "NNP")), "Souter");    // all caps, 5+ letters: a name
  EXPECT_EQ(lemma(L, "NATO", tag(Upos::PROPN, "NNP")), "NATO");        // short: an acronym
  EXPECT_EQ(lemma(L, "Rats", tag(Upos::NOUN, "NNS")), "rat");          // common nouns are lower-cased
  EXPECT_EQ(lemma(L, "http://Example.com/A", tag(Upos::X, "ADD")), "http://Example.com/A");
}

TEST(Lemmatizer, DigitGroupCommasAreDropped) {
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  EXPECT_EQ(lemma(L, "3,500,000", tag(Upos::NUM, "CD")), "3500000");
  EXPECT_EQ(lemma(L, "1,250.5", tag(Upos::NUM, "CD")), "1250.5");
  EXPECT_EQ(lemma(L, "3,40", tag(Upos::NUM, "CD")), "3,40");  // a decimal comma, not a group
}

TEST(Lemmatizer, LexiconPicksAKnownWordAmongCandidates) {
  std::string text = ::testing::TempDir() + "/lexicon.jsonl";
  std::ofstream(text) << "{\"text\": \"The bomb hit.\\nA bomb fell; bombs and more bombs, provoke them, provoke.\"}\n";
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  L.learn_lexicon({text}, 2, nullptr);
  EXPECT_EQ(lemma(L, "bombed", tag(Upos::VERB, "VBD")), "bomb");        // a training lemma (NOUN) or news word
  EXPECT_EQ(lemma(L, "provoked", tag(Upos::VERB, "VBD")), "provoke");  // not "provok"
  EXPECT_EQ(lemma(L, "hoped", tag(Upos::VERB, "VBD")), "hope");
  std::remove(text.c_str());
}

// A prefix or particle and an irregular past seen in training: the prefix and
// that past's lemma; not a form whose lemma is itself ("upset" is no up +
// set), not a word not tagged as a past
// ("relay" in the present is no re + lay).
TEST(Lemmatizer, PrefixAndIrregularPast) {
  Lemmatizer L = Lemmatizer::train(treebank({{"threw", "throw", Upos::VERB, "VBD"},
                                             {"took", "take", Upos::VERB, "VBD"},
                                             {"held", "hold", Upos::VERB, "VBN"},
                                             {"butted", "butt", Upos::VERB, "VBD"},
                                             {"set", "set", Upos::VERB, "VBD"},
                                             {"lay", "lie", Upos::VERB, "VBD"},
                                             {"walked", "walk", Upos::VERB, "VBD"},
                                             {"talked", "talk", Upos::VERB, "VBD"}}),
                                   nullptr);
  EXPECT_EQ(lemma(L, "overthrew", tag(Upos::VERB, "VBD")), "overthrow");
  EXPECT_EQ(lemma(L, "Undertook", tag(Upos::VERB, "VBD")), "undertake");
  EXPECT_EQ(lemma(L, "upheld", tag(Upos::VERB, "VBN")), "uphold");
  EXPECT_EQ(lemma(L, "withheld", tag(Upos::VERB, "VBD")), "withhold");
  EXPECT_EQ(lemma(L, "upset", tag(Upos::VERB, "VBD")), "upset");
  EXPECT_EQ(lemma(L, "relay", tag(Upos::VERB, "VBP")), "relay");
  EXPECT_EQ(lemma(L, "overthrew", tag(Upos::NOUN, "NN")), "overthrew");
}

TEST(Lemmatizer, SaveLoadRoundTrip) {
  std::string text = ::testing::TempDir() + "/lexicon.txt";
  std::ofstream(text) << "provoke provoke provoke\n";
  Lemmatizer L = Lemmatizer::train(small(), nullptr);
  L.learn_lexicon({text}, 2, nullptr);
  BinWriter w;
  L.save(w);
  Lemmatizer again;
  BinReader r(w.buffer(), "test");
  again.load(r, 3);
  EXPECT_TRUE(r.done());
  for (auto [f, t] : {std::pair{"provoked", tag(Upos::VERB, "VBD")}, {"SOUTER", tag(Upos::PROPN, "NNP")},
                      {"2,000", tag(Upos::NUM, "CD")}, {"went", tag(Upos::VERB, "VBD")}})
    EXPECT_EQ(lemma(L, f, t), lemma(again, f, t)) << f;
  std::remove(text.c_str());
}

TEST(Weights, QuantizedRowsScoreAsSavedAndLoaded) {
  PerceptronTrainer t(5);
  uint64_t a[3] = {fkey(1, 1), fkey(2, 2), fkey(3, 3)};
  uint64_t b[2] = {fkey(1, 1), fkey(4, 4)};
  for (int i = 0; i < 50; ++i) {
    t.tick();
    t.update(a, 3, 1, 2);
    t.tick();
    t.update(b, 2, 4, static_cast<uint32_t>(i % 4));
  }
  Weights w = t.finalize();
  BinWriter out;
  w.save(out, 8);
  Weights back;
  BinReader in(out.buffer(), "test");
  back.load(in, 8);
  EXPECT_TRUE(in.done());
  for (const uint64_t* keys : {static_cast<const uint64_t*>(a), static_cast<const uint64_t*>(b)}) {
    float s1[5] = {}, s2[5] = {};
    w.score(keys, keys == a ? 3 : 2, s1);
    back.score(keys, keys == a ? 3 : 2, s2);
    for (int c = 0; c < 5; ++c) EXPECT_EQ(s1[c], s2[c]);
  }
  float s[5] = {};
  w.score(a, 3, s);
  EXPECT_GT(s[1], s[2]);  // learned: gold 1 over 2
}

}  // namespace
}  // namespace detente::syntax

// Tagger with a second pass (`--tagger-second-pass`): save/load round trip,
// training through train_syntax on a hand-written toy treebank.
#include "syntax/tagger.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "syntax/test_util.h"
#include "syntax/train.h"

namespace detente::syntax {
namespace {

using test::round_trip;
const auto sent = test::toy_sentence;

std::vector<GoldSentence> toy() {
  return {sent({"the", "dog", "runs", "."}, {Upos::DET, Upos::NOUN, Upos::VERB, Upos::PUNCT}),
          sent({"a", "cat", "sleeps", "."}, {Upos::DET, Upos::NOUN, Upos::VERB, Upos::PUNCT}),
          sent({"dogs", "fish", "."}, {Upos::NOUN, Upos::VERB, Upos::PUNCT}),
          sent({"the", "fish", "sleeps", "."}, {Upos::DET, Upos::NOUN, Upos::VERB, Upos::PUNCT}),
          sent({"cats", "run", "."}, {Upos::NOUN, Upos::VERB, Upos::PUNCT})};
}

void tag_words(const Tagger& t, const std::vector<std::string>& words, std::vector<uint8_t>& out) {
  std::vector<Atoms> a(words.size());
  std::string lower;
  for (size_t i = 0; i < words.size(); ++i) compute_atoms(words[i], a[i], lower);
  out.assign(words.size(), 0);
  t.tag(a.data(), a.size(), out.data());
}

// The second pass is saved (flagged in the tag count) and loaded with the
// tagger, and the loaded tagger tags as the trained one; a tagger trained
// without it has no second pass and saves as before.
TEST(Tagger, SecondPassRoundTrips) {
  Tagger::TrainOptions opt;
  opt.iterations = 4;
  Tagger plain = Tagger::train(toy(), {}, opt);
  EXPECT_FALSE(plain.has_second_pass());
  opt.second_pass = true;
  Tagger t = Tagger::train(toy(), {}, opt);
  ASSERT_TRUE(t.has_second_pass());
  EXPECT_EQ(t.second_weights().n_classes(), t.n_classes());
  Tagger u = round_trip(t);
  EXPECT_TRUE(u.has_second_pass());
  for (const auto& g : toy()) {
    std::vector<uint8_t> x, y;
    tag_words(t, g.forms, x);
    tag_words(u, g.forms, y);
    EXPECT_EQ(x, y);
    for (size_t i = 0; i < g.size(); ++i) EXPECT_EQ(t.tag_of(x[i]).upos, g.upos[i]) << g.forms[i];
  }
  // A tagger without a second pass loaded from a file has none.
  EXPECT_FALSE(round_trip(plain).has_second_pass());
}

// The gate: a word whose first-pass margin is at least the gate keeps its
// first-pass tag. Gate 0 rescores nothing (the tags are the first pass's, i.e.
// those of the same tagger trained without a second pass: the first pass is
// trained first, with the same seed), gate inf rescores every word the
// dictionary does not fix; the gate is saved and loaded with the tagger.
TEST(Tagger, SecondPassGateDecidesWhichWordsAreRescored) {
  Tagger::TrainOptions opt;
  opt.iterations = 4;
  Tagger plain = Tagger::train(toy(), {}, opt);
  opt.second_pass = true;
  Tagger t = Tagger::train(toy(), {}, opt);
  EXPECT_EQ(t.gate(), __builtin_inff());  // no dev set: every word is rescored
  const std::vector<std::string> words = {"cats", "fish", "the", "dog", "sleeps", "."};
  std::vector<uint8_t> first, both, gated;
  tag_words(plain, words, first);
  tag_words(t, words, both);
  t.set_gate(0.0f);
  tag_words(t, words, gated);
  EXPECT_EQ(gated, first);
  // Gate inf is the full second pass, which does change a tag here (or the
  // comparison above would prove nothing).
  t.set_gate(__builtin_inff());
  std::vector<uint8_t> again;
  tag_words(t, words, again);
  EXPECT_EQ(again, both);
  EXPECT_NE(both, first);
  t.set_gate(0.5f);
  EXPECT_EQ(round_trip(t).gate(), 0.5f);
}

// The second pass's features: 10 templates over the first-pass tags of the
// word and of the next two words; a different right tag changes them.
TEST(Tagger, RightFeaturesSeeTheNextTags) {
  std::vector<Atoms> a(3);
  std::string lower;
  const char* words[] = {"the", "fish", "sleeps"};
  for (int i = 0; i < 3; ++i) compute_atoms(words[i], a[i], lower);
  uint8_t t1[3] = {0, 1, 2}, t2[3] = {0, 1, 3};
  uint64_t k1[Tagger::kMaxFeatures], k2[Tagger::kMaxFeatures];
  ASSERT_EQ(Tagger::right_features(a.data(), 3, 1, t1, k1), 10u);
  ASSERT_EQ(Tagger::right_features(a.data(), 3, 1, t2, k2), 10u);
  EXPECT_EQ(k1[0], k2[0]);  // the word's own first-pass tag
  EXPECT_NE(k1[1], k2[1]);  // the next word's
  ASSERT_EQ(Tagger::right_features(a.data(), 3, 2, t1, k1), 10u);  // at the end: boundary tags
  EXPECT_GE(Tagger::features(a.data(), 3, 1, t1, k1, true) + 10, 10u);
  EXPECT_LE(Tagger::features(a.data(), 3, 1, t1, k1, true) + 10, Tagger::kMaxFeatures);
}

// train-syntax --tagger-second-pass on a toy treebank: the second pass is
// trained on the jackknife folds' tags, saved and loaded with the model.
TEST(Tagger, TrainSyntaxWithSecondPass) {
  std::string dir = "/tmp/detente_tp2_test_" + std::to_string(::getpid());
  std::string tb = dir + ".conllu", out = dir + ".bin";
  test::write_toy_treebank(tb);
  TrainConfig cfg;
  cfg.train_files = {tb};
  cfg.dev_file = tb;
  cfg.out = out;
  cfg.tagger_iterations = 2;
  cfg.parser_iterations = 1;
  cfg.folds = 2;
  cfg.tagger_second_pass = true;
  auto m = train_syntax(cfg);
  EXPECT_TRUE(m->tagger.has_second_pass());
  auto again = load_model(out);
  EXPECT_TRUE(again->tagger.has_second_pass());
  std::vector<uint8_t> x, y;
  tag_words(m->tagger, {"the", "cow", "eats", "."}, x);
  tag_words(again->tagger, {"the", "cow", "eats", "."}, y);
  EXPECT_EQ(x, y);
  // The same run again: the same file (training is deterministic).
  std::string out2 = dir + "-2.bin";
  cfg.out = out2;
  train_syntax(cfg);
  std::ifstream f1(out, std::ios::binary), f2(out2, std::ios::binary);
  std::string s1((std::istreambuf_iterator<char>(f1)), {}), s2((std::istreambuf_iterator<char>(f2)), {});
  EXPECT_EQ(s1, s2);
  std::remove(tb.c_str());
  std::remove(out.c_str());
  std::remove(out2.c_str());
}

}  // namespace
}  // namespace detente::syntax

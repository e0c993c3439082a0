#include "syntax/clusters.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "syntax/atoms.h"
#include "syntax/io.h"
#include "syntax/tagger.h"
#include "syntax/test_util.h"
#include "syntax/train.h"

namespace detente::syntax {
namespace {

TEST(Clusters, TokensSplitPunctuationAndClitics) {
  std::vector<std::string> t;
  cluster_tokens("The U.S. didn't say, \"John's 1,000 dogs\" (ok).", t);
  std::vector<std::string> want = {"the", "u.s", ".", "did", "n't", "say", ",", "\"", "john", "'s",
                                   "1,000", "dogs", "\"", "(", "ok", ")", "."};
  EXPECT_EQ(t, want);
}

TEST(Clusters, PrefixesAreNested) {
  uint32_t code = (0xb000u) | (5u << 16) | (7u << 21);  // path 10110, class 7
  EXPECT_EQ(cluster_prefix(code, 4), cluster_prefix((0xb000u) | (4u << 16) | (3u << 21), 16));
  EXPECT_NE(cluster_prefix(code, 4), cluster_prefix(code, 16));
  EXPECT_EQ(cluster_prefix(code, 6), cluster_prefix(code, 16));  // shorter path: all of it
  EXPECT_NE(cluster_prefix(kNoCluster, 4), cluster_prefix(0, 4));
}

// Two word families in different contexts land in different subtrees, and
// learning twice gives the same codes.
TEST(Clusters, DeterministicAndSeparatesDistributions) {
  std::string path = "/tmp/detente_clusters_test_" + std::to_string(::getpid()) + ".jsonl";
  {
    std::ofstream out(path);
    const char* nouns[] = {"dog", "cat", "cow", "horse", "sheep", "goat"};
    const char* verbs[] = {"runs", "sleeps", "eats", "jumps", "walks", "sits"};
    for (int r = 0; r < 30; ++r)
      for (int i = 0; i < 6; ++i)
        out << "{\"body\": \"the " << nouns[(i + r) % 6] << " " << verbs[(i * 5 + r) % 6] << " . a "
            << nouns[(i * 7 + r) % 6] << " " << verbs[(i + 2 * r) % 6] << " quickly .\"}\n";
  }
  ClusterOptions opt;
  opt.min_count = 2;
  opt.classes = 4;
  auto a = learn_clusters({path}, {{"The", "dog", "runs", "."}}, opt, nullptr);
  auto b = learn_clusters({path}, {{"The", "dog", "runs", "."}}, opt, nullptr);
  std::remove(path.c_str());
  EXPECT_EQ(a, b);
  auto code = [&](const char* w) {
    uint64_t h = hash_bytes(w, 1);
    for (auto& [k, c] : a)
      if (k == h) return c;
    return kNoCluster;
  };
  ASSERT_NE(code("dog"), kNoCluster);
  ASSERT_NE(code("runs"), kNoCluster);
  // the nouns share a class, the verbs another
  for (const char* n : {"cat", "cow", "horse", "sheep", "goat"}) EXPECT_EQ(code(n), code("dog")) << n;
  for (const char* v : {"sleeps", "eats", "jumps", "walks", "sits"}) EXPECT_EQ(code(v), code("runs")) << v;
  EXPECT_NE(code("dog"), code("runs"));
  EXPECT_LE((code("dog") >> 16) & 0x1f, 3u);  // 4 leaves: paths of 1-3 bits
}

// --tagger-clusters: the tagger keeps the clusters (saved and loaded with
// it), sets each token's cluster and uses 8 more templates; without
// clusters its features are as before.
TEST(Clusters, TaggerWithClustersRoundTrips) {
  const auto sent = test::toy_sentence;
  std::vector<GoldSentence> train = {sent({"the", "dog", "runs"}, {Upos::DET, Upos::NOUN, Upos::VERB}),
                                     sent({"a", "cat", "sleeps"}, {Upos::DET, Upos::NOUN, Upos::VERB})};
  Tagger::TrainOptions opt;
  opt.iterations = 3;
  opt.clusters = {{hash_bytes("dog", 1), 0x8000u | (1u << 16)}, {hash_bytes("cat", 1), 0x8000u | (1u << 16)},
                  {hash_bytes("cow", 1), 0x8000u | (1u << 16)}};
  Tagger t = Tagger::train(train, {}, opt);
  ASSERT_TRUE(t.has_clusters());
  Tagger u = test::round_trip(t);
  EXPECT_TRUE(u.has_clusters());
  std::vector<Atoms> a(3);
  std::string lower;
  const char* words[] = {"the", "cow", "runs"};
  for (int i = 0; i < 3; ++i) compute_atoms(words[i], a[i], lower);
  uint8_t x[3], y[3];
  t.tag(a.data(), 3, x);
  u.tag(a.data(), 3, y);
  EXPECT_EQ(a[1].cl, 0x8000u | (1u << 16));  // "cow": unseen in training, known cluster
  EXPECT_EQ(a[0].cl, kNoCluster);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(x[i], y[i]);
  EXPECT_EQ(t.tag_of(x[1]).upos, Upos::NOUN);
  uint64_t k1[Tagger::kMaxFeatures], k2[Tagger::kMaxFeatures];
  EXPECT_EQ(Tagger::features(a.data(), 3, 1, x, k1, true), Tagger::features(a.data(), 3, 1, x, k2, false) + 8);
}

// train-syntax --tagger-clusters --jackknife-plain on a toy treebank: the
// tagger keeps its clusters through save and load; without --lexicon the
// options are a usage error.
TEST(Clusters, TrainSyntaxWithTaggerClusters) {
  std::string dir = "/tmp/detente_tcl_test_" + std::to_string(::getpid());
  std::string tb = dir + ".conllu", lex = dir + ".txt", out = dir + ".bin";
  {
    test::write_toy_treebank(tb);
    const char* nouns[] = {"dog", "cat", "cow", "horse"};
    const char* verbs[] = {"runs", "sleeps", "eats", "jumps"};
    std::ofstream l(lex);
    for (int r = 0; r < 20; ++r) l << "the " << nouns[r % 4] << " " << verbs[(r * 3) % 4] << " .\n";
  }
  TrainConfig cfg;
  cfg.train_files = {tb};
  cfg.dev_file = tb;
  cfg.out = out;
  cfg.tagger_iterations = 2;
  cfg.parser_iterations = 1;
  cfg.folds = 2;
  cfg.tagger_clusters = true;
  cfg.jackknife_plain = true;
  EXPECT_THROW(train_syntax(cfg), Error);  // no --lexicon text
  cfg.lexicon_files = {lex};
  auto m = train_syntax(cfg);
  EXPECT_TRUE(m->tagger.has_clusters());
  EXPECT_FALSE(m->parser.has_clusters());
  auto again = load_model(out);
  EXPECT_TRUE(again->tagger.has_clusters());
  std::remove(tb.c_str());
  std::remove(lex.c_str());
  std::remove(out.c_str());
}

}  // namespace
}  // namespace detente::syntax

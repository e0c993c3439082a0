#include "syntax/clusters.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "syntax/atoms.h"

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

}  // namespace
}  // namespace detente::syntax

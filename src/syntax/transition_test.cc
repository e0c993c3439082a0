#include "syntax/transition.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "syntax/corpus.h"
#include "text/conllu.h"

namespace detente::syntax {
namespace {

const std::string kDev = std::string(DETENTE_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";

// Follows zero-cost transitions (preferring RIGHT, then LEFT, then SHIFT, to
// exercise all of them) and returns the heads built.
std::vector<int32_t> oracle_parse(const std::vector<int32_t>& gold) {
  int n = static_cast<int>(gold.size());
  std::vector<int> g(n);
  for (int i = 0; i < n; ++i) g[i] = gold[i] < 0 ? n : gold[i];
  State st;
  st.init(n);
  while (!st.terminal()) {
    bool moved = false;
    for (Move m : {kRight, kLeft, kShift}) {
      if (st.can(m) && cost(st, m, g.data()) == 0) {
        st.apply(m, 0);
        moved = true;
        break;
      }
    }
    if (!moved) return {};
  }
  std::vector<int32_t> out(n);
  for (int i = 0; i < n; ++i) out[i] = st.head[i] == n ? -1 : st.head[i];
  return out;
}

TEST(Transition, OracleReproducesEveryProjectiveDevTree) {
  ConlluDocument d;
  try {
    d = read_conllu_file(kDev);
  } catch (const Error&) {
    GTEST_SKIP() << "no " << kDev;
  }
  size_t projective = 0;
  for (const GoldSentence& s : gold_sentences(d.doc)) {
    if (!is_projective(s.heads)) continue;
    int roots = 0;
    for (int32_t h : s.heads) roots += h < 0;
    if (roots != 1) continue;
    ++projective;
    ASSERT_EQ(oracle_parse(s.heads), s.heads);
  }
  EXPECT_GT(projective, 1900u);
}

TEST(Transition, StaticOracleReproducesEveryProjectiveDevTree) {
  ConlluDocument d;
  try {
    d = read_conllu_file(kDev);
  } catch (const Error&) {
    GTEST_SKIP() << "no " << kDev;
  }
  size_t checked = 0;
  for (const GoldSentence& s : gold_sentences(d.doc)) {
    if (!is_projective(s.heads)) continue;
    int n = static_cast<int>(s.heads.size()), roots = 0;
    std::vector<int> g(n);
    for (int i = 0; i < n; ++i) g[i] = s.heads[i] < 0 ? n : s.heads[i], roots += s.heads[i] < 0;
    if (roots != 1) continue;
    State st;
    st.init(n);
    int steps = 0;
    while (!st.terminal() && steps <= 2 * n) {
      Move m = static_oracle(st, g.data());
      ASSERT_TRUE(st.can(m));
      st.apply(m, 0);
      ++steps;
    }
    ASSERT_EQ(steps, 2 * n);  // every word shifted once and reduced once
    for (int i = 0; i < n; ++i) ASSERT_EQ(st.head[i], g[i]) << "word " << i;
    ++checked;
  }
  EXPECT_GT(checked, 1900u);
}

TEST(Transition, CopiedStateContinuesLikeTheOriginal) {
  // A 6-word tree; copy the state halfway and finish both with the oracle.
  std::vector<int> g = {1, 6, 3, 1, 5, 1};
  State a, b;
  a.init(6);
  for (int i = 0; i < 5; ++i) a.apply(static_oracle(a, g.data()), static_cast<uint8_t>(i));
  b.init(2);  // smaller arrays: copy_from must grow them
  b.copy_from(a);
  while (!a.terminal()) a.apply(static_oracle(a, g.data()), 7);
  while (!b.terminal()) b.apply(static_oracle(b, g.data()), 7);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(a.head[i], g[i]);
    EXPECT_EQ(b.head[i], a.head[i]);
    EXPECT_EQ(b.label[i], a.label[i]);
    EXPECT_EQ(b.lc1[i], a.lc1[i]);
    EXPECT_EQ(b.rc1[i], a.rc1[i]);
    EXPECT_EQ(b.nl[i], a.nl[i]);
    EXPECT_EQ(b.rset[i], a.rset[i]);
  }
}

TEST(Transition, ProjectivizeLiftsCrossingArcs) {
  // 0 <- 2, 1 <- 3 cross: word 1 is lifted to 3's head.
  std::vector<int32_t> h = {2, 3, -1, 2};
  EXPECT_FALSE(is_projective(h));
  EXPECT_GT(projectivize(h), 0);
  EXPECT_TRUE(is_projective(h));
  EXPECT_EQ(oracle_parse(h), h);
}

TEST(Transition, StateReusesItsArrays) {
  State st;
  st.init(50);
  const int* data = st.stack.data();
  st.init(10);
  EXPECT_EQ(st.stack.data(), data);
}

}  // namespace
}  // namespace detente::syntax

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

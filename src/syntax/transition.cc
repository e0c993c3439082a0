#include "syntax/transition.h"

#include <algorithm>

namespace detente::syntax {

void State::grow(size_t m) {
  if (stack.size() >= m) return;
  stack.resize(m);
  head.resize(m);
  label.resize(m);
  lc1.resize(m);
  lc2.resize(m);
  rc1.resize(m);
  rc2.resize(m);
  nl.resize(m);
  nr.resize(m);
  lset.resize(m);
  rset.resize(m);
}

void State::init(int words) {
  n = words;
  b = 0;
  sp = 0;
  size_t m = static_cast<size_t>(words) + 1;
  if (cl.size() < m) cl.resize(m);
  grow(m);
  for (size_t i = 0; i < m; ++i) {
    head[i] = -1;
    label[i] = 0;
    lc1[i] = lc2[i] = rc1[i] = rc2[i] = -1;
    nl[i] = nr[i] = 0;
    lset[i] = rset[i] = 0;
  }
}

void State::copy_from(const State& o) {
  n = o.n;
  b = o.b;
  sp = o.sp;
  const size_t m = static_cast<size_t>(n) + 1;
  grow(m);
  if (cl.size() < o.cl.size()) cl.resize(o.cl.size());
  std::copy_n(o.stack.begin(), sp, stack.begin());
  std::copy_n(o.head.begin(), m, head.begin());
  std::copy_n(o.label.begin(), m, label.begin());
  std::copy_n(o.lc1.begin(), m, lc1.begin());
  std::copy_n(o.lc2.begin(), m, lc2.begin());
  std::copy_n(o.rc1.begin(), m, rc1.begin());
  std::copy_n(o.rc2.begin(), m, rc2.begin());
  std::copy_n(o.nl.begin(), m, nl.begin());
  std::copy_n(o.nr.begin(), m, nr.begin());
  std::copy_n(o.lset.begin(), m, lset.begin());
  std::copy_n(o.rset.begin(), m, rset.begin());
  std::copy_n(o.cl.begin(), std::min(o.cl.size(), m), cl.begin());
}

void State::attach(int h, int d, uint8_t lab) {
  head[d] = h;
  label[d] = lab;
  if (d < h) {
    if (lc1[h] < 0 || d < lc1[h]) {
      lc2[h] = lc1[h];
      lc1[h] = d;
    } else if (lc2[h] < 0 || d < lc2[h]) {
      lc2[h] = d;
    }
    if (nl[h] < 255) ++nl[h];
    lset[h] |= uint64_t(1) << (lab & 63);
  } else {
    if (rc1[h] < 0 || d > rc1[h]) {
      rc2[h] = rc1[h];
      rc1[h] = d;
    } else if (rc2[h] < 0 || d > rc2[h]) {
      rc2[h] = d;
    }
    if (nr[h] < 255) ++nr[h];
    rset[h] |= uint64_t(1) << (lab & 63);
  }
}

void State::apply(Move m, uint8_t lab) {
  switch (m) {
    case kShift: stack[sp++] = b++; break;
    case kLeft: attach(b, stack[--sp], lab); break;
    case kRight: {
      int d = stack[--sp];
      attach(stack[sp - 1], d, lab);
      break;
    }
  }
}

int cost(const State& st, Move m, const int* g) {
  const int b = st.b, n = st.n;
  int c = 0;
  if (m == kShift) {
    int s0 = st.s(0);
    for (int i = 0; i < st.sp; ++i) {
      int x = st.stack[i];
      if (g[x] == b) ++c;                   // x loses its head b
      if (x != s0 && g[b] == x) ++c;        // b loses its head x
    }
    return c;
  }
  int s0 = st.s(0), s1 = st.s(1);
  for (int d = b; d < n; ++d)
    if (g[d] == s0) ++c;  // s0 loses its dependents in the buffer
  int h = g[s0];
  if (m == kLeft) {
    if (h != b && (h == s1 || h > b)) ++c;
  } else {
    if (h != s1 && h >= b) ++c;
  }
  return c;
}

Move static_oracle(const State& st, const int* g) {
  if (st.can(kLeft) && cost(st, kLeft, g) == 0) return kLeft;
  if (st.can(kRight) && cost(st, kRight, g) == 0) return kRight;
  if (st.can(kShift)) return kShift;
  return st.can(kLeft) ? kLeft : kRight;
}

namespace {
bool dominates(const std::vector<int32_t>& heads, int h, int k) {
  // Does h dominate k? (h = -1 dominates everything.)
  if (h < 0) return true;
  for (int steps = 0; k >= 0 && steps <= static_cast<int>(heads.size()); ++steps) {
    if (k == h) return true;
    k = heads[k];
  }
  return false;
}
bool arc_projective(const std::vector<int32_t>& heads, int d) {
  int h = heads[d];
  if (h < 0) return true;
  int lo = h < d ? h : d, hi = h < d ? d : h;
  for (int k = lo + 1; k < hi; ++k)
    if (!dominates(heads, h, k)) return false;
  return true;
}
}  // namespace

bool is_projective(const std::vector<int32_t>& heads) {
  for (int d = 0; d < static_cast<int>(heads.size()); ++d)
    if (!arc_projective(heads, d)) return false;
  return true;
}

int projectivize(std::vector<int32_t>& heads) {
  int lifts = 0;
  while (true) {
    int best = -1, best_len = 0;
    for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
      if (arc_projective(heads, d)) continue;
      int len = heads[d] > d ? heads[d] - d : d - heads[d];
      if (best < 0 || len < best_len) best = d, best_len = len;
    }
    if (best < 0 || lifts > 1000) return lifts;
    heads[best] = heads[heads[best]];
    ++lifts;
  }
}

}  // namespace detente::syntax

// syntax/transition.h — the arc-hybrid transition system (Kuhlmann et al.
// 2011) with the root at the end of the buffer, and its dynamic oracle
// (Goldberg & Nivre 2013).
//
// Contract
// - Words are 0..n-1; ROOT is n and sits at the end of the buffer, so every
//   finished parse is a single-rooted projective tree.
// - Transitions: SHIFT (b0 onto the stack), LEFT (b0 becomes the head of s0,
//   s0 popped; with b0 = ROOT only when s0 is the last stack item), RIGHT (s1
//   becomes the head of s0, s0 popped).
// - `cost` counts the gold arcs a transition makes unreachable; for a
//   projective gold tree the zero-cost transitions are exactly the optimal
//   ones from any state. `projectivize` lifts non-projective arcs (a word
//   moves to its grandparent) until the tree is projective.
// - State keeps its arrays between sentences: `init` allocates only when a
//   sentence is longer than every one before.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace detente::syntax {

enum Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

struct State {
  int n = 0;
  int b = 0;                 // buffer front; the buffer is b..n (n = ROOT)
  std::vector<int> stack;    // bottom .. top
  int sp = 0;                // stack size
  std::vector<int> head;     // -1 = unattached; n = ROOT
  std::vector<uint8_t> label;
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost, 2nd leftmost, rightmost, 2nd rightmost child
  std::vector<uint8_t> nl, nr;          // number of left / right children (capped)
  std::vector<uint64_t> lset, rset;     // labels of the left / right children (bit per label % 64)
  std::vector<uint32_t> cl;             // word cluster codes (filled by the parser, not by init)

  void init(int words);
  // Becomes a copy of `o` (its words only); allocates only when `o` is
  // longer than every sentence this state held before. For the beam.
  void copy_from(const State& o);
  bool terminal() const { return sp == 0 && b == n; }
  int s(int i) const { return sp > i ? stack[sp - 1 - i] : -1; }
  bool can(Move m) const {
    switch (m) {
      case kShift: return b < n;
      case kLeft: return sp >= 1 && (b < n || sp == 1);
      case kRight: return sp >= 2;
    }
    return false;
  }
  void apply(Move m, uint8_t lab);

 private:
  void grow(size_t m);  // arrays of at least m entries (cl excepted)
  void attach(int h, int d, uint8_t lab);
};

// Gold arcs lost by `m` (heads: gold head per word, n for the root).
int cost(const State& st, Move m, const int* gold_heads);

// The static oracle (one canonical gold sequence, for the beam parser's
// global training): LEFT when it costs nothing, else RIGHT when it costs
// nothing, else SHIFT; from the initial state of a projective gold tree it
// builds exactly that tree. (Where nothing is free, e.g. a tree that is not
// projective, the first valid move of SHIFT, LEFT, RIGHT.)
Move static_oracle(const State& st, const int* gold_heads);

// Makes `heads` (-1 = root) projective by lifting; returns the number of lifts.
int projectivize(std::vector<int32_t>& heads);
bool is_projective(const std::vector<int32_t>& heads);

}  // namespace detente::syntax

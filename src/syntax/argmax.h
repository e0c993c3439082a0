// syntax/argmax.h — the best class of a score vector, four scores at a time.
//
// Contract: `first_max` returns the index of the first largest score of
// s[lo..hi) (hi > lo), the class the scalar loop `if (s[c] > best)` picks,
// and false if the range holds a NaN (the caller then falls back to its
// scalar loop, whose NaN rules it keeps). Pure and thread-safe.
#pragma once
#include <smmintrin.h>

#include <cstdint>

namespace detente::syntax {

// Largest score of s[lo..hi) into `mx`; `bad` gets a NaN flag.
inline void range_max(const float* s, uint32_t lo, uint32_t hi, float& mx, bool& bad) {
  uint32_t c = lo;
#ifdef __SSE4_1__
  if (hi - lo >= 4) {
    __m128 m = _mm_loadu_ps(s + lo), nan = _mm_cmpunord_ps(m, m);
    for (c = lo + 4; c + 4 <= hi; c += 4) {
      const __m128 x = _mm_loadu_ps(s + c);
      m = _mm_max_ps(m, x);
      nan = _mm_or_ps(nan, _mm_cmpunord_ps(x, x));
    }
    if (c < hi) {  // the last four (overlapping: max is idempotent)
      const __m128 x = _mm_loadu_ps(s + hi - 4);
      m = _mm_max_ps(m, x);
      nan = _mm_or_ps(nan, _mm_cmpunord_ps(x, x));
    }
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ps(m, _mm_shuffle_ps(m, m, 1));
    const float v = _mm_cvtss_f32(m);
    if (_mm_movemask_ps(nan)) bad = true;
    if (v > mx) mx = v;
    return;
  }
#endif
  for (; c < hi; ++c) {
    if (s[c] != s[c]) bad = true;
    if (s[c] > mx) mx = s[c];
  }
}

// First c in s[lo..hi) with s[c] == v, or hi.
inline uint32_t find_first(const float* s, uint32_t lo, uint32_t hi, float v) {
  uint32_t c = lo;
#ifdef __SSE4_1__
  const __m128 vv = _mm_set1_ps(v);
  for (; c + 4 <= hi; c += 4) {
    const int m = _mm_movemask_ps(_mm_cmpeq_ps(_mm_loadu_ps(s + c), vv));
    if (m) return c + static_cast<uint32_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; c < hi; ++c)
    if (s[c] == v) return c;
  return hi;
}

// Index of the first largest score of s[lo..hi); false if a NaN is in the
// range or every score is -inf (the scalar loops decide those cases).
inline bool first_max(const float* s, uint32_t lo, uint32_t hi, uint32_t& best) {
  float mx = -__builtin_inff();
  bool bad = false;
  range_max(s, lo, hi, mx, bad);
  if (bad || !(mx > -__builtin_inff())) return false;
  best = find_first(s, lo, hi, mx);
  return true;
}

}  // namespace detente::syntax

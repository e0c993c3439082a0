#include "store/minhash.h"

#include <array>
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define DETENTE_MINHASH_AVX2 1
#endif

namespace detente {

namespace {
constexpr uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

constexpr uint64_t mix(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Multiply-shift hash functions h_k(x) = (a_k * x + b_k) >> 32, a_k odd.
struct Family {
  std::array<uint64_t, kMinHashes> a{}, b{};
  constexpr Family() {
    for (int k = 0; k < kMinHashes; ++k) {
      a[k] = mix(0x5eed0000ull + 2 * k) | 1;
      b[k] = mix(0x5eed0000ull + 2 * k + 1);
    }
  }
};
constexpr Family kFamily;

constexpr bool word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// For each byte: 0 if it is not a word byte, else the byte hashed for it
// (ASCII letters lower-cased; no word byte is 0).
struct FoldTable {
  std::array<unsigned char, 256> t{};
  constexpr FoldTable() {
    for (int c = 0; c < 256; ++c) {
      auto u = static_cast<unsigned char>(c);
      if (word_byte(u)) t[c] = (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u | 0x20) : u;
    }
  }
};
constexpr FoldTable kFold;
}  // namespace

uint64_t content_hash(std::string_view bytes) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

namespace {
// The minima of the kMinHashes hash functions over the shingle hashes xs.
void mins_scalar(const uint64_t* xs, size_t n, std::array<uint32_t, kMinHashes>& mins) {
  for (size_t i = 0; i < n; ++i)
    for (int k = 0; k < kMinHashes; ++k) {
      uint32_t h = static_cast<uint32_t>((kFamily.a[k] * xs[i] + kFamily.b[k]) >> 32);
      if (h < mins[k]) mins[k] = h;
    }
}

#ifdef DETENTE_MINHASH_AVX2
// The same, four hash functions per AVX2 vector, bit for bit: the high half
// of (a * x + b) mod 2^64 from 32 x 32-bit products,
//   hi32(aL * xL + b) + aH * xL + aL * xH  (mod 2^32),
// kept in the low half of each 64-bit lane (so a signed 64-bit compare is
// an unsigned 32-bit one).
__attribute__((target("avx2"))) void mins_avx2(const uint64_t* xs, size_t n,
                                                std::array<uint32_t, kMinHashes>& mins) {
  constexpr int kVectors = kMinHashes / 4;
  __m256i al[kVectors], ah[kVectors], b[kVectors], m[kVectors];
  const __m256i low = _mm256_set1_epi64x(0xffffffffll);
  for (int j = 0; j < kVectors; ++j) {
    al[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&kFamily.a[4 * j]));
    ah[j] = _mm256_srli_epi64(al[j], 32);
    b[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&kFamily.b[4 * j]));
    m[j] = _mm256_set_epi64x(mins[4 * j + 3], mins[4 * j + 2], mins[4 * j + 1], mins[4 * j]);
  }
  for (size_t i = 0; i < n; ++i) {
    const __m256i xl = _mm256_set1_epi64x(static_cast<long long>(xs[i]));
    const __m256i xh = _mm256_set1_epi64x(static_cast<long long>(xs[i] >> 32));
    for (int j = 0; j < kVectors; ++j) {
      __m256i t = _mm256_add_epi64(_mm256_mul_epu32(al[j], xl), b[j]);
      __m256i c = _mm256_add_epi64(_mm256_mul_epu32(ah[j], xl), _mm256_mul_epu32(al[j], xh));
      __m256i h = _mm256_and_si256(_mm256_add_epi64(_mm256_srli_epi64(t, 32), c), low);
      m[j] = _mm256_blendv_epi8(m[j], h, _mm256_cmpgt_epi64(m[j], h));
    }
  }
  for (int j = 0; j < kVectors; ++j) {
    alignas(32) uint64_t out[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(out), m[j]);
    for (int l = 0; l < 4; ++l) mins[4 * j + l] = static_cast<uint32_t>(out[l]);
  }
}

bool have_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}
#endif
}  // namespace

// The shingle hashes of the text (word 3-shingles; a text of one or two
// words is its words), appended to xs.
static void shingles(std::string_view text, std::vector<uint64_t>& xs) {
  uint64_t w[3] = {0, 0, 0};
  uint32_t words = 0;
  size_t i = 0, n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i < n) {
    while (i < n && !kFold.t[p[i]]) ++i;
    if (i >= n) break;
    uint64_t h = kFnvOffset;
    for (; i < n; ++i) {
      unsigned char c = kFold.t[p[i]];
      if (!c) break;
      h = (h ^ c) * kFnvPrime;
    }
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++words >= 3) xs.push_back(mix(w[0] ^ mix(w[1] ^ mix(w[2]))));
  }
  if (words > 0 && words < 3)
    for (uint32_t k = 3 - words; k < 3; ++k) xs.push_back(mix(w[k]));
}

static MinHash minhash_with(std::string_view text, bool simd) {
  MinHash m;
  m.mins.fill(UINT32_MAX);
  thread_local std::vector<uint64_t> xs;
  xs.clear();
  shingles(text, xs);
  m.shingles = static_cast<uint32_t>(xs.size());
#ifdef DETENTE_MINHASH_AVX2
  if (simd && have_avx2()) {
    mins_avx2(xs.data(), xs.size(), m.mins);
    return m;
  }
#endif
  (void)simd;
  mins_scalar(xs.data(), xs.size(), m.mins);
  return m;
}

MinHash minhash(std::string_view text) { return minhash_with(text, true); }
MinHash minhash_portable(std::string_view text) { return minhash_with(text, false); }

double similarity(const MinHash& a, const MinHash& b) {
  int same = 0;
  for (int k = 0; k < kMinHashes; ++k) same += a.mins[k] == b.mins[k];
  return static_cast<double>(same) / kMinHashes;
}

std::array<int64_t, kBands> bands(const MinHash& h) {
  std::array<int64_t, kBands> out{};
  for (int b = 0; b < kBands; ++b) {
    uint64_t x = mix(0xba4d0000ull + b);
    for (int r = 0; r < kRows; ++r) x = mix(x ^ h.mins[b * kRows + r]);
    out[b] = static_cast<int64_t>(x);
  }
  return out;
}

}  // namespace detente

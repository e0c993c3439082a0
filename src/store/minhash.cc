#include "store/minhash.h"

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

bool word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
}  // namespace

uint64_t content_hash(std::string_view bytes) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

MinHash minhash(std::string_view text) {
  MinHash m;
  m.mins.fill(UINT32_MAX);
  uint64_t w[3] = {0, 0, 0};
  uint32_t words = 0;
  auto add = [&](uint64_t x) {
    for (int k = 0; k < kMinHashes; ++k) {
      uint32_t h = static_cast<uint32_t>((kFamily.a[k] * x + kFamily.b[k]) >> 32);
      if (h < m.mins[k]) m.mins[k] = h;
    }
    ++m.shingles;
  };
  size_t i = 0, n = text.size();
  while (i < n) {
    while (i < n && !word_byte(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= n) break;
    uint64_t h = kFnvOffset;
    for (; i < n && word_byte(static_cast<unsigned char>(text[i])); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x80 && c >= 'A' && c <= 'Z') c |= 0x20;
      h = (h ^ c) * kFnvPrime;
    }
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++words >= 3) add(mix(w[0] ^ mix(w[1] ^ mix(w[2]))));
  }
  if (words > 0 && words < 3)
    for (uint32_t k = 3 - words; k < 3; ++k) add(mix(w[k]));
  return m;
}

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

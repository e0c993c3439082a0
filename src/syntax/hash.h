// syntax/hash.h — the hashing that turns feature templates into 64-bit keys,
// and the open-addressing table from keys to rows.
//
// Contract: hashes are fixed functions of their input (no per-process seed),
// so a model trained on one machine works on any other. FeatureTable maps
// non-zero 64-bit keys to 32-bit values; `find` is const and thread-safe.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace detente::syntax {

[[gnu::always_inline]] inline uint64_t mix64(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

[[gnu::always_inline]] inline uint64_t hcomb(uint64_t a, uint64_t b) { return mix64(a * 0x9e3779b97f4a7c15ULL + b); }

inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t h = seed ^ (s.size() * 0x100000001b3ULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v = 0;
    for (int k = 0; k < 8; ++k) v |= static_cast<uint64_t>(static_cast<uint8_t>(s[i + k])) << (8 * k);
    h = hcomb(h, v);
  }
  uint64_t v = 0;
  for (int k = 0; i < s.size(); ++i, ++k) v |= static_cast<uint64_t>(static_cast<uint8_t>(s[i])) << (8 * k);
  return hcomb(h, v ^ 0xff);
}

// Feature key of template `t` over atoms.
[[gnu::always_inline]] inline uint64_t fkey(uint64_t t, uint64_t a) { return hcomb(hcomb(t, a), 0x51ed27) | 1; }
[[gnu::always_inline]] inline uint64_t fkey(uint64_t t, uint64_t a, uint64_t b) { return hcomb(hcomb(hcomb(t, a), b), 0x51ed27) | 1; }
[[gnu::always_inline]] inline uint64_t fkey(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return hcomb(hcomb(hcomb(hcomb(t, a), b), c), 0x51ed27) | 1;
}

class FeatureTable {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;
  FeatureTable() { reset(16); }
  void reset(size_t capacity_hint) {
    size_t cap = 16;
    while (cap < capacity_hint * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    size_ = 0;
  }
  // Starts loading the slot of `key` into cache (for batched lookups).
  void prefetch(uint64_t key) const { __builtin_prefetch(&slots_[home(key)]); }
  uint32_t find(uint64_t key) const {
    size_t i = home(key);
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.val;
      if (s.key == 0) return kMissing;
      i = (i + 1) & mask_;
    }
  }
  // Returns the value for key, inserting `v` if absent.
  uint32_t insert(uint64_t key, uint32_t v) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t i = home(key);
    while (true) {
      Slot& s = slots_[i];
      if (s.key == key) return s.val;
      if (s.key == 0) {
        s.key = key;
        s.val = v;
        ++size_;
        return v;
      }
      i = (i + 1) & mask_;
    }
  }
  size_t size() const { return size_; }
  template <class F>
  void for_each(F f) const {
    for (const Slot& s : slots_)
      if (s.key) f(s.key, s.val);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t val = kMissing;
  };
  size_t home(uint64_t key) const { return (key ^ (key >> 29)) & mask_; }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    reset(old.size());
    for (const Slot& s : old)
      if (s.key) insert(s.key, s.val);
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
};

}  // namespace detente::syntax

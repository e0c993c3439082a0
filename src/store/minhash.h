// store/minhash.h — near-duplicate detection for story clusters.
//
// Contract: `minhash(text)` is a MinHash signature (kMinHashes 32-bit
// minima) over word 3-shingles of the text, case-folded (ASCII) with
// punctuation ignored; the fraction of equal minima estimates the Jaccard
// similarity of the two shingle sets. `bands(sig)` cuts it into kBands
// locality-sensitive keys of kRows minima each: two texts with Jaccard
// similarity s share at least one key with probability 1-(1-s^4)^8 (0.98 at
// s = 0.8, 0.05 at s = 0.3), so candidates are found by index lookups.
// Texts with fewer than kMinShingles shingles are never clustered.
// `content_hash` is a 64-bit FNV-1a of the exact bytes (the re-ingest key
// with the document id). All pure, thread-safe and stable across platforms
// and versions (they are stored in databases).
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace detente {

constexpr int kMinHashes = 32, kBands = 8, kRows = 4;
constexpr uint32_t kMinShingles = 8;
constexpr double kSameStory = 0.5;  // estimated Jaccard similarity for "the same story"

struct MinHash {
  std::array<uint32_t, kMinHashes> mins{};
  uint32_t shingles = 0;
};

MinHash minhash(std::string_view text);
// The same without SIMD (minhash() uses AVX2 where the CPU has it); for tests.
MinHash minhash_portable(std::string_view text);
double similarity(const MinHash& a, const MinHash& b);  // estimated Jaccard, 0..1
std::array<int64_t, kBands> bands(const MinHash& h);
uint64_t content_hash(std::string_view bytes);

}  // namespace detente

// syntax/perceptron.h — multiclass averaged perceptron over hashed sparse
// features: the learner behind the tagger and the parser.
//
// Contract
// - PerceptronTrainer learns weights for (feature key, class) pairs; only
//   pairs ever updated take memory. `finalize` returns the averaged weights,
//   quantized to 8 bits with a per-row scale (what is saved is what was
//   scored on dev).
// - Weights is the immutable runtime form: a key -> row table and the rows
//   (sparse or dense, 8-bit with a per-row scale) in one flat array, as in
//   the file. `score` adds each feature's row into `scores` (n_classes
//   floats, zeroed by the caller); it is const, allocation-free and
//   thread-safe.
#pragma once
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "syntax/hash.h"
#include "syntax/io.h"

namespace detente::syntax {

class Weights {
 public:
  uint32_t n_classes() const { return n_classes_; }
  // n <= kMaxBatch. Lookups are batched and prefetched: the cost is memory latency.
  static constexpr size_t kMaxBatch = 128;
  void score(const uint64_t* keys, size_t n, float* scores) const {
    const Slot* rows[kMaxBatch];
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[home(keys[i])]);
    for (size_t i = 0; i < n; ++i) {
      const Slot* s = find(keys[i]);
      rows[i] = s;
      if (s) __builtin_prefetch(blob_.data() + s->off);
    }
    for (size_t i = 0; i < n; ++i) {
      const Slot* s = rows[i];
      if (!s) continue;
      const uint8_t* p = blob_.data() + s->off;
      float scale;
      std::memcpy(&scale, p, sizeof scale);
      p += sizeof scale;
      if (s->len & kDense) {
        const int8_t* q = reinterpret_cast<const int8_t*>(p);
        for (uint32_t c = 0; c < n_classes_; ++c) scores[c] += static_cast<float>(q[c]) * scale;
      } else {
        const uint8_t* cls = p;
        const int8_t* q = reinterpret_cast<const int8_t*>(p + s->len);
        for (uint32_t j = 0; j < s->len; ++j) scores[cls[j]] += static_cast<float>(q[j]) * scale;
      }
    }
  }
  size_t features() const { return size_; }
  // Drops weights with |w| <= threshold (and rows left empty).
  void prune(float threshold);
  size_t nonzeros() const { return nonzeros_; }
  size_t bytes() const { return blob_.size() + slots_.size() * sizeof(Slot); }
  // Files store 8-bit weights with a per-row scale (`bits` = 8); 16-bit
  // files (format version 1) are read and requantized to 8 bits.
  void save(BinWriter& out, int bits) const;
  void load(BinReader& in, int bits);

 private:
  friend class PerceptronTrainer;
  static constexpr uint32_t kDense = 0x80000000u;
  // A row in blob_ at `off` (4-byte aligned): float scale, then for a sparse
  // row u8 classes[len] and int8 weights[len], for a dense row int8
  // weights[n_classes]; a weight is q * scale. 1-2 bytes per weight keeps
  // the model small in memory, so more of it stays in cache.
  struct Slot {
    uint64_t key = 0;
    uint32_t off = 0, len = 0;  // len | kDense for a dense row
  };
  size_t home(uint64_t key) const { return (key ^ (key >> 29)) & mask_; }
  const Slot* find(uint64_t key) const {
    size_t i = home(key);
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  void reset(size_t rows);
  bool add_row(uint64_t key, uint32_t off, uint32_t len);
  // Appends a row of (class, weight) pairs (sorted by class), quantized.
  bool append_row(uint64_t key, const std::vector<std::pair<uint32_t, float>>& row);
  // The row of `s` as (class, weight) pairs.
  void row_of(const Slot& s, std::vector<std::pair<uint32_t, float>>& out) const;
  uint32_t n_classes_ = 0;
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
  std::vector<uint8_t> blob_;
  size_t nonzeros_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(uint32_t n_classes) : n_classes_(n_classes) { table_.reset(1 << 16); }
  uint32_t n_classes() const { return n_classes_; }
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // One training instance seen (advances the averaging clock).
  void tick() { ++clock_; }
  // +1 to gold's weights, -1 to pred's, for every feature.
  void update(const uint64_t* keys, size_t n, uint32_t gold, uint32_t pred);
  // Averaged weights; |w| below `prune` are dropped.
  Weights finalize(float prune = 0.0f) const;
  size_t features() const { return rows_.size(); }

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double total;
    int64_t ts;
  };
  void add(uint32_t row, uint32_t cls, float d);
  uint32_t n_classes_;
  FeatureTable table_;
  std::vector<std::vector<Entry>> rows_;
  int64_t clock_ = 0;
};

}  // namespace detente::syntax

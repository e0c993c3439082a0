// syntax/perceptron.h — multiclass averaged perceptron over hashed sparse
// features: the learner behind the tagger and the parser.
//
// Contract
// - PerceptronTrainer learns weights for (feature key, class) pairs; only
//   pairs ever updated take memory. `finalize` returns the averaged weights.
// - Weights is the immutable runtime form: a key -> row table and the rows
//   (sparse or dense) in flat arrays. `score` adds each feature's row into
//   `scores` (n_classes floats, zeroed by the caller); it is const,
//   allocation-free and thread-safe. Saved rows are quantized to 8 (or 16)
//   bits with a per-row scale.
#pragma once
#include <cstdint>
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
      if (!s) continue;
      if (s->len & kDense)
        __builtin_prefetch(dense_.data() + s->off);
      else
        __builtin_prefetch(entries_.data() + s->off);
    }
    for (size_t i = 0; i < n; ++i) {
      const Slot* s = rows[i];
      if (!s) continue;
      if (s->len & kDense) {
        const float* w = dense_.data() + s->off;
        for (uint32_t c = 0; c < n_classes_; ++c) scores[c] += w[c];
      } else {
        const Entry* e = entries_.data() + s->off;
        for (uint32_t j = 0; j < s->len; ++j) scores[e[j].cls] += e[j].w;
      }
    }
  }
  size_t features() const { return size_; }
  // Drops weights with |w| <= threshold (and rows left empty).
  void prune(float threshold);
  size_t nonzeros() const { return entries_.size() + dense_.size(); }
  // Weights are quantized to `bits` (8 or 16) per row.
  void save(BinWriter& out, int bits) const;
  void load(BinReader& in, int bits);

 private:
  friend class PerceptronTrainer;
  static constexpr uint32_t kDense = 0x80000000u;
  struct Slot {
    uint64_t key = 0;
    uint32_t off = 0, len = 0;  // len | kDense for a dense row
  };
  struct Entry {
    uint32_t cls;
    float w;
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
  uint32_t n_classes_ = 0;
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
  std::vector<Entry> entries_;
  std::vector<float> dense_;
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

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
#include <smmintrin.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#include "syntax/hash.h"
#include "syntax/io.h"

namespace detente::syntax {

// Allocates large arrays on 2 MB boundaries and asks the kernel for
// transparent huge pages (madvise): the weights are read at random, and with
// 4 KB pages nearly every lookup also misses the TLB.
void* huge_alloc(size_t bytes);

// scores[c] += float(q[c]) * scale for c < n: a multiply then an add per
// class (never fused), so every implementation gives the same bits. Uses
// AVX2 when the CPU has it.
using AddDenseFn = void (*)(float* scores, const int8_t* q, float scale, uint32_t n);
extern const AddDenseFn add_dense;
template <class T>
struct HugeAllocator {
  using value_type = T;
  HugeAllocator() = default;
  template <class U>
  HugeAllocator(const HugeAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(huge_alloc(n * sizeof(T))); }
  void deallocate(T* p, size_t) { std::free(p); }
  template <class U>
  bool operator==(const HugeAllocator<U>&) const { return true; }
};

class Weights {
 public:
  uint32_t n_classes() const { return n_classes_; }
  // n <= kMaxBatch. Lookups are batched and prefetched: the cost is memory latency.
  static constexpr size_t kMaxBatch = 128;
  void score(const uint64_t* keys, size_t n, float* scores) const {
    const Slot* rows[kMaxBatch];
    const Slot* slots = slots_.data();
    const uint8_t* blob = blob_.data();
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots[home(keys[i])]);
    for (size_t i = 0; i < n; ++i) {
      const Slot* s = find(keys[i]);
      rows[i] = s;
      if (s && !s->is_inline()) {  // the first and the last line of the row
        const uint8_t* r = blob + s->off;
        __builtin_prefetch(r);
        __builtin_prefetch(r + sizeof(float) - 1 + (s->len & kDense ? n_classes_ : 2 * (s->len & 0xff)));
      }
    }
    add_rows(rows, n, scores);
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
  // A sparse row of 1 or 2 weights (70% of the rows) lives in its slot
  // instead, so that its lookup touches one cache line, not two: `off` holds
  // the scale's bits and `len` the bytes q0, q1, class0, class1 (a row of
  // one weight repeats its class with q1 = 0, which adds +0.0 to the class).
  // A slot that points into blob_ has 0xff in len's third byte (class ids
  // are < 255).
  static constexpr uint32_t kOutOfLine = 0x00ff0000u;
  // A slot with kDense and a non-zero length is a sparse row of that length
  // also stored dense at load (see `pack`): its dense weights, then its
  // sparse form (for `save`) at off + 4 + dense_bytes().
  static constexpr uint32_t kWidenLen = 12;
  uint32_t dense_bytes() const { return (n_classes_ + 7) & ~7u; }  // q bytes of a dense row (padded)
  struct Slot {
    uint64_t key = 0;
    uint32_t off = 0, len = 0;  // len | kOutOfLine (| kDense for a dense or widened row)
    bool is_inline() const { return (len & kOutOfLine) != kOutOfLine; }
    uint32_t row_len() const { return len & 0xff; }  // out-of-line sparse (or widened) rows
    // An inline slot holds two (class, int8 weight) pairs and the row's scale.
    void add_inline(float* scores) const {
      float scale;
      std::memcpy(&scale, &off, sizeof scale);
      scores[(len >> 16) & 0xff] += static_cast<float>(static_cast<int8_t>(len & 0xff)) * scale;
      scores[len >> 24] += static_cast<float>(static_cast<int8_t>((len >> 8) & 0xff)) * scale;
    }
  };
  size_t home(uint64_t key) const { return (key ^ (key >> 29)) & mask_; }
  // Adds the rows found by `score` (nullptr: feature absent) in feature
  // order, so every class sums its weights in the same order whatever the
  // row layout or the instructions (the scores are bit for bit those of the
  // stored model). With AVX2, a run of dense rows is summed in registers.
  void add_rows(const Slot* const* rows, size_t n, float* scores) const;
  void add_rows_scalar(const Slot* const* rows, size_t n, float* scores) const;
  void add_rows_avx2(const Slot* const* rows, size_t n, float* scores) const;
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
  uint32_t last_slot_ = 0;  // the slot of the last row added (for file_order_)
  // Stores a quantized row (sparse: classes[len] and q[len]; dense: q[n_classes]
  // and classes = nullptr), in its slot if it is small enough.
  // `off`: where the row was already placed in blob_ (kNoOffset: append it).
  static constexpr uint32_t kNoOffset = 0xffffffffu;
  bool put_row(uint64_t key, float scale, const uint8_t* classes, const int8_t* q, uint32_t len,
               uint32_t off = kNoOffset);
  static bool inlinable(const uint8_t* classes, uint32_t len);
  void pack();  // blob_ reordered, longest rows first (after load)
  // Appends a row to blob_; returns its offset.
  uint32_t place(float scale, const uint8_t* classes, const int8_t* q, uint32_t len);
  // Appends a row of (class, weight) pairs (sorted by class), quantized.
  bool append_row(uint64_t key, const std::vector<std::pair<uint32_t, float>>& row);
  // The stored (quantized) row of `s`: its scale, classes (sparse) and
  // weights; true for a dense row (q[n_classes]).
  bool stored_row(const Slot& s, float& scale, uint8_t* classes, int8_t* q) const;
  uint32_t stored_len(const Slot& s) const;  // weights in the stored row
  // The row of `s` as (class, weight) pairs.
  void row_of(const Slot& s, std::vector<std::pair<uint32_t, float>>& out) const;
  uint32_t n_classes_ = 0;
  std::vector<Slot, HugeAllocator<Slot>> slots_;
  size_t mask_ = 0, size_ = 0;
  std::vector<uint8_t, HugeAllocator<uint8_t>> blob_;
  size_t nonzeros_ = 0;
  // Slots in the order `load` read their rows, kept only when it is not the
  // slot order: `save` writes rows in slot order, and a loaded table can have
  // another capacity than the one saved (the trainer sizes its table for
  // every row it learned, pruned ones too) and so another slot order. Never
  // touched when scoring.
  std::vector<uint32_t> file_order_;
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
  // d to cls's weights, for every feature (the beam parser's global update).
  void adjust(const uint64_t* keys, size_t n, uint32_t cls, float d);
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

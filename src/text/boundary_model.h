// text/boundary_model.h — the learned sentence-boundary classifier: an
// averaged perceptron over candidate boundaries (after . ! ? … : ; and before
// a capitalized word), with word, shape, case and punctuation features.
//
// Contract
// - The model file is text: a header line "detente-segmenter 1", a line
//   "threshold T", then one "feature<TAB>weight" line per feature; load()
//   optionally "capital-threshold T", checks the header and every line and throws Error(kBadModel) naming the
//   file and line otherwise.
// - A loaded model is immutable and thread-safe; score() is allocation-free.
// - `BoundaryTrainer` learns from labelled candidates (see sentences.h
//   `boundary_candidates`) and writes the file; it lives beside the runtime
//   so the two cannot drift apart.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace detente::text {

// A feature is a template name and its parts, written "tmpl: part part"
// (parts never contain spaces). Its key is the template's hash combined with
// each part's hash, so the runtime hashes every word once and never builds
// the string.
uint64_t part_hash(std::string_view part);  // FNV-1a, 64 bits
inline uint64_t combine_key(uint64_t acc, uint64_t part) {
  uint64_t x = (acc ^ (part + 0x9E3779B97F4A7C15ull + (acc << 6) + (acc >> 2))) * 0xBF58476D1CE4E5B9ull;
  return x ^ (x >> 31);
}
// The key of a feature string as written in the model file.
uint64_t feature_key(std::string_view feature);

class BoundaryModel {
 public:
  static BoundaryModel load(const std::string& path);
  bool empty() const { return size_ == 0; }
  float threshold() const { return threshold_; }
  // Decision threshold for candidates before a capitalized word (no
  // punctuation); higher than threshold() so news text is rarely cut there.
  float capital_threshold() const { return capital_threshold_; }
  float weight(uint64_t key) const;
  // Whether a gate entry ("gl: w" / "gr: w", see sentences.h) is present;
  // kept in its own small table so the check stays in cache.
  bool gate(uint64_t key) const;
  float score(const uint64_t* keys, size_t n) const {
    if (!size_) return 0;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[keys[i] & mask_]);
    float s = 0;
    for (size_t i = 0; i < n; ++i) s += weight(keys[i]);
    return s;
  }

 private:
  friend class BoundaryTrainer;
  struct Slot {
    uint64_t key = 0;  // 0 = empty
    float w = 0;
  };
  std::vector<Slot> slots_;
  std::vector<uint64_t> gate_;  // open addressing, 0 = empty
  uint64_t gate_mask_ = 0;
  void insert_gate(uint64_t key);
  void size_gate(size_t n);
  uint64_t mask_ = 0;
  size_t size_ = 0;
  float threshold_ = 0, capital_threshold_ = 0;
  void insert(uint64_t key, float w);
};

class BoundaryTrainer {
 public:
  // One labelled candidate: its feature strings ("tmpl: part part") and whether a sentence ends there.
  void add(std::vector<std::string> features, bool boundary);
  // A feature written with a fixed weight (the gate lexicons, see sentences.h).
  void add_fixed(std::string feature, float w) { fixed_.emplace_back(std::move(feature), w); }
  // Averaged perceptron, `epochs` passes in a fixed pseudo-random order.
  void train(int epochs);
  BoundaryModel model(float threshold, float capital_threshold) const;
  void save(const std::string& path, float threshold, float capital_threshold) const;
  size_t examples() const { return labels_.size(); }

 private:
  std::vector<std::vector<uint32_t>> examples_;
  std::vector<bool> labels_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> names_;
  std::vector<float> avg_;
  std::vector<std::pair<std::string, float>> fixed_;
};

}  // namespace detente::text

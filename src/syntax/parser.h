// syntax/parser.h — greedy arc-hybrid dependency parser with an averaged
// perceptron over rich non-local features (Zhang & Nivre 2011 adapted to
// arc-hybrid); transitions and labels are predicted jointly.
//
// Contract
// - `parse` fills heads (-1 = root) and labels for n words given their word
//   hashes and tag classes; const, thread-safe, no allocation once the
//   per-thread state has grown to the longest sentence.
// - `train` uses the dynamic oracle with exploration; non-projective gold
//   trees are projectivized by lifting. Deterministic for a seed.
// - Trained with a beam (TrainOptions::beam = k > 1), the parser keeps the k
//   best transition sequences by summed score at every step and returns the
//   best finished one; it learns globally (structured perceptron with the
//   max-violation update of Huang et al. 2012, static oracle), and the beam
//   width is saved with the model, so `parse` decodes as it was trained.
//   Without a beam, parsing and the model file are as before.
// - Trained with word clusters (TrainOptions::clusters, see clusters.h), the
//   parser keeps the word -> cluster table (saved with it) and adds 14
//   cluster templates; without them its features and output are as before.
// - Trained with templates dropped (TrainOptions::drop_templates, ids as in
//   `features`: 100-197, clusters 200-213), the parser neither learns nor
//   scores their keys, and the dropped set is saved with the model; with
//   none dropped, features, output and the model file are as before.
#pragma once
#include <cstdint>
#include <vector>

#include "core/ud.h"
#include "syntax/clusters.h"
#include "syntax/perceptron.h"
#include "syntax/tagger.h"
#include "syntax/transition.h"

namespace detente::syntax {

struct ParseInput {  // one sentence, n words; arrays of n + 1 (index n = ROOT)
  const uint64_t* words;
  const uint8_t* tags;
  int n;
};

// Per-thread scratch for `Parser::parse`: grows to the longest sentence and
// the beam width, then parsing allocates nothing.
struct ParseScratch {
  State st;                          // greedy parsing
  std::vector<State> beam[2];        // beam: this step's items and the next's
  std::vector<float> beam_score[2];  // summed transition scores of the items
  std::vector<float> class_scores;   // beam x classes
  struct Cand {
    float score;
    uint32_t parent, cls;
  };
  std::vector<Cand> cands;
};

struct ParseSample {  // a training sentence
  std::vector<uint64_t> words;  // n + 1
  std::vector<uint8_t> tags;    // n + 1 (predicted tags, as at run time)
  std::vector<int32_t> heads;   // n, -1 = root
  std::vector<Deprel> labels;   // n
};

class Parser {
 public:
  static constexpr size_t kMaxFeatures = 128;
  void parse(const ParseInput& in, ParseScratch& sc, int32_t* heads, Deprel* labels) const;
  void save(BinWriter& out, int bits) const;
  void load(BinReader& in, int bits);
  const Weights& weights() const { return w_; }
  Weights& weights() { return w_; }

  struct TrainOptions {
    int iterations = 15;
    uint64_t seed = 1;
    double explore = 0.9;  // probability of following a wrong prediction (after the first iteration)
    float prune = 0.5f;    // averaged weights below this are dropped (smaller, faster model)
    int beam = 1;          // > 1: beam search, trained globally (explore is then unused)
    Log log;
    // Word clusters (learn_clusters): if not empty, the parser gets cluster features.
    std::vector<std::pair<uint64_t, uint32_t>> clusters;
    // Template ids (as in `features`) the parser goes without: fewer keys per
    // transition, a faster and smaller model. Throws Error on an unknown id.
    std::vector<int> drop_templates;
  };
  static Parser train(const std::vector<ParseSample>& train, const std::vector<ParseSample>& dev,
                      const TrainOptions& opt);

  // `clusters`: also the word-cluster features (st.cl filled by `set_clusters`).
  static size_t features(const ParseInput& in, const State& st, uint64_t* keys, bool clusters);
  bool has_clusters() const { return clusters_.size() > 0; }
  // Whether `features` has a template of this id (cluster ones only with clusters).
  static bool is_template(int id, bool clusters);
  // The template ids the model was trained without (ascending; empty for all).
  std::vector<int> dropped_templates() const;
  // `features` less the dropped templates' keys: what the model scores.
  size_t feature_keys(const ParseInput& in, const State& st, uint64_t* keys, bool clusters) const {
    const size_t m = features(in, st, keys, clusters);
    return drop_[0] | drop_[1] ? drop_keys(keys, m) : m;
  }
  uint32_t beam() const { return beam_; }
  // Decode with another beam width than the trained one (experiments).
  void set_beam(uint32_t k) { beam_ = k < 1 ? 1 : k; }
  static constexpr uint32_t kMaxBeam = 64;

 private:
  uint32_t n_classes() const { return 1 + 2 * static_cast<uint32_t>(labels_.size()); }
  // Best valid class.
  uint32_t best(const State& st, const float* scores) const;
  void apply(State& st, uint32_t cls) const;
  void set_clusters(const ParseInput& in, State& st) const;  // st.cl after st.init
  const State& greedy(const ParseInput& in, State& st) const;
  struct Trace;  // training: every step's beam
  // The best finished item of a beam search scored by `w` (Weights or
  // PerceptronTrainer); with `trace`, every step's items are recorded.
  template <class Scorer>
  const State& beam_search(const ParseInput& in, ParseScratch& sc, const Scorer& w, Trace* trace) const;
  struct BeamScratch;
  bool beam_update(const ParseInput& in, const int* gold_heads, const uint8_t* gold_labels, PerceptronTrainer& pt,
                   BeamScratch& bs) const;
  size_t drop_keys(uint64_t* keys, size_t m) const;
  uint32_t beam_ = 1;
  // Bit i set: the key at position i of `features` (template 100 + i, or a
  // cluster template 200 + i - 98) is dropped.
  uint64_t drop_[2] = {0, 0};
  std::vector<Deprel> labels_;
  FeatureTable clusters_;  // word hash -> cluster code (empty: no cluster features)
  Weights w_;
};

}  // namespace detente::syntax

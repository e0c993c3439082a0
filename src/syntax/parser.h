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
// - Trained with word clusters (TrainOptions::clusters, see clusters.h), the
//   parser keeps the word -> cluster table (saved with it) and adds 14
//   cluster templates; without them its features and output are as before.
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

struct ParseSample {  // a training sentence
  std::vector<uint64_t> words;  // n + 1
  std::vector<uint8_t> tags;    // n + 1 (predicted tags, as at run time)
  std::vector<int32_t> heads;   // n, -1 = root
  std::vector<Deprel> labels;   // n
};

class Parser {
 public:
  static constexpr size_t kMaxFeatures = 128;
  void parse(const ParseInput& in, State& st, int32_t* heads, Deprel* labels) const;
  void save(BinWriter& out, int bits) const;
  void load(BinReader& in, int bits);
  const Weights& weights() const { return w_; }
  Weights& weights() { return w_; }

  struct TrainOptions {
    int iterations = 15;
    uint64_t seed = 1;
    double explore = 0.9;  // probability of following a wrong prediction (after the first iteration)
    float prune = 0.5f;    // averaged weights below this are dropped (smaller, faster model)
    Log log;
    // Word clusters (learn_clusters): if not empty, the parser gets cluster features.
    std::vector<std::pair<uint64_t, uint32_t>> clusters;
  };
  static Parser train(const std::vector<ParseSample>& train, const std::vector<ParseSample>& dev,
                      const TrainOptions& opt);

  // `clusters`: also the word-cluster features (st.cl filled by `set_clusters`).
  static size_t features(const ParseInput& in, const State& st, uint64_t* keys, bool clusters);
  bool has_clusters() const { return clusters_.size() > 0; }

 private:
  uint32_t n_classes() const { return 1 + 2 * static_cast<uint32_t>(labels_.size()); }
  // Best valid class.
  uint32_t best(const State& st, const float* scores) const;
  void apply(State& st, uint32_t cls) const;
  void set_clusters(const ParseInput& in, State& st) const;  // st.cl after st.init
  std::vector<Deprel> labels_;
  FeatureTable clusters_;  // word hash -> cluster code (empty: no cluster features)
  Weights w_;
};

}  // namespace detente::syntax

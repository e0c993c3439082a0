// syntax/tagger.h — greedy left-to-right part-of-speech tagger (averaged
// perceptron) that predicts UPOS and XPOS together as one tag class.
//
// Contract
// - `tag` assigns a class to each of n tokens; it is const, thread-safe and
//   does not allocate. Classes index `tag_of()`.
// - Frequent unambiguous words are tagged from a dictionary without scoring.
// - `train` is deterministic for a seed.
// - Trained with word clusters (TrainOptions::clusters, `--tagger-clusters`),
//   the tagger keeps the word -> cluster table (saved with it, flagged in the
//   tag count) and adds 8 cluster templates; without them its features and
//   output are as before.
// - Trained with a second pass (TrainOptions::second_pass,
//   `--tagger-second-pass`), `tag` tags the sentence twice: the second pass
//   rescoring, left to right, the words the dictionary does not fix, with the
//   first pass's tags of the word and of the next two words as more features
//   (flagged in the tag count; the second pass's weights follow the first's).
//   Only words whose first-pass margin (best score minus the runner-up's)
//   is below the model's gate are rescored; the trainer picks the gate on
//   the dev set (the smallest that costs no dev accuracy), so confident
//   first-pass tags are kept without a second scoring.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/ud.h"
#include "syntax/atoms.h"
#include "syntax/corpus.h"
#include "syntax/perceptron.h"

namespace detente::syntax {

struct TagClass {
  Upos upos = Upos::X;
  uint16_t xpos = 0;
  friend bool operator==(const TagClass&, const TagClass&) = default;
};

using Log = std::function<void(const std::string&)>;

class Tagger {
 public:
  static constexpr size_t kMaxFeatures = 80;
  // Also sets atoms[i].amb and atoms[i].caps.
  void tag(Atoms* atoms, size_t n, uint8_t* out) const;
  void set_ambiguity(Atoms* atoms, size_t n) const;
  const TagClass& tag_of(uint8_t cls) const { return tags_[cls]; }
  size_t n_classes() const { return tags_.size(); }
  // Class of a (upos, xpos) pair, or -1 if the tagger never saw it.
  int class_of(TagClass t) const;
  void save(BinWriter& out, int bits) const;
  // `version`: the model file's format version (version 3 added the capitalization table,
  // version 4 the second pass's gate).
  void load(BinReader& in, int bits, uint32_t version);
  const std::vector<TagClass>& tags() const { return tags_; }
  // Learns, from unlabeled text (plain or JSON Lines), how often each word is
  // capitalized in mid-sentence: a strong hint for PROPN vs NOUN/ADJ on words
  // the treebank lacks. Only word hashes and a small class id are kept.
  void learn_capitalization(const std::vector<std::string>& files, const Log& log);
  const Weights& weights() const { return w_; }
  Weights& weights() { return w_; }

  struct TrainOptions {
    int iterations = 10;
    uint64_t seed = 1;
    Log log;
    float prune = 0.2f;  // averaged weights below this are dropped (smaller model)
    std::vector<std::string> lexicon_files;  // unlabeled text for learn_capitalization
    // Word clusters (learn_clusters): if not empty, the tagger keeps them and
    // gets cluster features (`--tagger-clusters`).
    std::vector<std::pair<uint64_t, uint32_t>> clusters;
    // Also train a second pass with right context (`--tagger-second-pass`).
    bool second_pass = false;
    // For the second pass: the first-pass tags of each training sentence,
    // produced by taggers that did not see it (jackknife). Null: the first
    // pass tags its own training data.
    const std::vector<std::vector<TagClass>>* first_pass = nullptr;
  };
  static Tagger train(const std::vector<GoldSentence>& train, const std::vector<GoldSentence>& dev,
                      const TrainOptions& opt);

  // The features of token i given the classes of tokens before it;
  // `clusters`: also the word-cluster features (atoms[].cl set).
  static size_t features(const Atoms* a, size_t n, size_t i, const uint8_t* tags, uint64_t* keys,
                         bool clusters = false);
  bool has_clusters() const { return clusters_.size() > 0; }
  bool has_second_pass() const { return w2_.n_classes() > 0; }
  // The second pass's extra features of token i: `tags` holds second-pass
  // classes before i and first-pass classes from i on.
  static size_t right_features(const Atoms* a, size_t n, size_t i, const uint8_t* tags, uint64_t* keys);
  const Weights& second_weights() const { return w2_; }
  // Words whose first-pass margin is >= gate are not rescored (inf: all are).
  float gate() const { return gate_; }
  void set_gate(float g) { gate_ = g; }

 private:
  std::vector<TagClass> tags_;
  Weights w_;
  Weights w2_;  // second pass (n_classes() == 0: none)
  float gate_ = __builtin_inff();  // second pass: rescore only first-pass margins below this
  FeatureTable dict_;  // exact form hash -> class
  template <class Data>
  void choose_gate(Data& dev, const Log& log);
  // exact form hash -> index into amb_ (the hash of the tags a frequent word took in training)
  FeatureTable amb_index_;
  std::vector<uint64_t> amb_;
  FeatureTable caps_;  // lower-cased word hash -> capitalization class (1..)
  FeatureTable clusters_;  // lower-cased word hash -> cluster code (empty: no cluster features)
};

}  // namespace detente::syntax

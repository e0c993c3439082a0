// syntax/lemmatizer.h — lemmas from edit scripts learned from the treebank.
//
// Contract
// - A rule turns a form into its lemma: keep its case, lower-case it or
//   capitalize its first letter, strip n bytes from the end, append a string.
//   Each (form, tag) and (lower-cased form, tag) seen in training keeps its
//   most frequent rule (so irregulars such as went -> go are exceptions by
//   construction, and "i" -> "I" is not confused with "I" -> "I"); an unseen
//   form takes the rule of the longest known suffix for its tag; failing
//   that, the lemma is the form.
// - `lemmatize` is const, thread-safe and allocates only if `out` must grow.
// - `train` is deterministic.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/corpus.h"
#include "syntax/hash.h"
#include "syntax/io.h"
#include "syntax/tagger.h"

namespace detente::syntax {

class Lemmatizer {
 public:
  // `lower` is `form` lower-cased by lower_ascii.
  void lemmatize(std::string_view form, std::string_view lower, TagClass tag, std::string& out) const;
  static Lemmatizer train(const std::vector<GoldSentence>& train, const Log& log);
  void save(BinWriter& out) const;
  void load(BinReader& in);

 private:
  enum Casing : uint8_t { kKeep = 0, kLower = 1, kTitle = 2 };
  struct Rule {
    uint8_t casing = kKeep;
    uint32_t strip = 0;
    std::string append;
    friend bool operator==(const Rule&, const Rule&) = default;
  };
  static Rule rule_for(std::string_view form, std::string_view lemma);
  static constexpr size_t kMaxSuffix = 7;
  std::vector<Rule> rules_;
  FeatureTable exact_, suffix_;
};

}  // namespace detente::syntax

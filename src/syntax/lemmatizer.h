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
// - Models trained by this version (`kCasePolicy`) treat unseen forms more
//   carefully: the suffix rule edits the lower-cased form and the case is
//   set by policy (proper nouns, NNP-tagged words, URLs and e-mail addresses
//   (ADD) keep theirs; an all-caps proper noun of 5+ letters is title-cased,
//   SOUTER -> Souter; everything else is lower-cased); a suffix must be
//   shared by `kMinSuffixTypes` training words to be trusted; numbers with
//   digit-group commas lose them (3,500 -> 3500), as in UD English.
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
  // `version`: the model file's format version (older files lack the policy word).
  void load(BinReader& in, uint32_t version);
  // kUposFallback: a form seen with the same UPOS but another XPOS takes that
  // form's rule (Sachs/NNPS -> Sachs, as seen for Sachs/NNP).
  enum Policy : uint32_t { kCasePolicy = 1, kLexicon = 2, kUposFallback = 4 };
  static constexpr size_t kMaxWord = 48;
  // Counts the words (ASCII letters, lower-cased) of unlabeled text files
  // (plain text or JSON Lines); words seen `min_count`+ times become the
  // lexicon that picks among candidate lemmas of unseen inflected forms
  // (bombed -> bomb, not bom). Only hashes and counts are kept.
  void learn_lexicon(const std::vector<std::string>& files, uint32_t min_count, const Log& log);
  static constexpr uint32_t kMinSuffixTypes = 2;

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
  void unseen(std::string_view form, std::string_view lower, TagClass tag, std::string& out) const;
  bool prefixed_irregular(std::string_view lower, TagClass tag, std::string& out) const;
  bool regular_verb_seen(std::string_view lower) const;
  void choose_known(std::string_view lower, TagClass tag, std::string& out) const;
  uint32_t policy_ = 0;
  std::vector<Rule> rules_;
  FeatureTable exact_, suffix_;
  FeatureTable lemma_lex_;  // (lower-cased training lemma, UPOS) -> count
  FeatureTable lex_;        // lower-cased word of unlabeled text -> count
};

}  // namespace detente::syntax

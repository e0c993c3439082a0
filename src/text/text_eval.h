// text/text_eval.h — scoring segmentation against a UD treebank, and training
// the sentence-boundary model from treebanks.
//
// Contract
// - `load_gold_text` reads a CoNLL-U file and rebuilds its raw text as the
//   CoNLL 2018 shared task does: each sentence's tokens joined by a space
//   unless SpaceAfter=No, sentences joined by a space, a blank line ("\n\n")
//   before each `# newpar` / `# newdoc`. It records the byte spans of the gold
//   surface tokens (multiword tokens count once, as in the shared task),
//   of the syntactic words (a multiword token's words get the pieces of its
//   form when they spell it, else its whole span) and of the sentences.
//   Throws Error(kBadConllu) with file and line on a malformed line.
// - `score_text` compares a segmented Document of that text with the gold
//   spans, aligned on characters ignoring whitespace (the shared task's
//   definition): a unit is correct when its first and last characters match.
//   System surface tokens are detente tokens with clitic splits
//   (tokenizer.h `is_clitic_split`) merged back, as UD writes them.
// - Pure apart from reading the file.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "text/segmenter.h"

namespace detente::text {

using Span = std::pair<uint32_t, uint32_t>;

struct GoldText {
  std::string text;
  std::vector<Span> tokens, words, sentences;
};

GoldText load_gold_text(const std::string& path);

struct Prf {
  uint64_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? 100.0 * correct / system : 0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct TextScores {
  Prf tokens, words, sentences;
};

TextScores score_text(const GoldText& gold, const Document& doc);

// Gold sentence ends the system missed and system ends that are wrong, as
// "...left context | right context..." lines (at most `limit` of each).
std::vector<std::string> boundary_errors(const GoldText& gold, const Document& doc, size_t limit);

// Gold surface tokens the system got wrong, as "gold FORM | system A B"
// lines with context (at most `limit`).
std::vector<std::string> token_errors(const GoldText& gold, const Document& doc, size_t limit);

// Trains the averaged perceptron on the gold files' candidate boundaries,
// picks the decision threshold that maximizes mean sentence F1 on `dev`,
// then the highest threshold for cuts before a capitalized word that stays
// within `capital_tolerance` points of that F1; writes the model to `out`
// and returns the threshold.
float train_segmenter(const std::vector<std::string>& train, const std::vector<std::string>& dev,
                      const std::string& out, int epochs, double capital_tolerance, std::string* log);

}  // namespace detente::text

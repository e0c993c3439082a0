// syntax/eval.h — accuracy of a syntax model against a gold treebank.
//
// Contract: `evaluate_gold_tokens` annotates a copy of `gold` (gold
// sentences and tokens, annotations cleared) and compares word by word:
// UPOS, XPOS, lemma (exact string), UAS, LAS on universal relations (the
// CoNLL 2018 definition, subtypes ignored) and LAS on full labels (detente's
// inventory). All words count, punctuation included. Thread-safe for
// distinct documents.
#pragma once
#include <cstddef>
#include <string>

#include "core/document.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente::syntax {

struct SyntaxScores {
  size_t words = 0, sentences = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  double seconds = 0;  // annotation time (CPU time of the calling thread)
};

// `gold_tags`: the model gets the gold UPOS/XPOS (a diagnostic: how much
// of the parser's and lemmatizer's error follows tagging errors); needs a
// PerceptronSyntax, throws Error(kUsage) otherwise.
SyntaxScores evaluate_gold_tokens(const SyntaxModel& model, const Document& gold, bool gold_tags = false);

// From raw text: the gold file's text (rebuilt as the CoNLL 2018 shared task
// does, text/text_eval.h) is segmented by `segmenter` and annotated; system
// and gold words are aligned on their character spans. Scores are F1 (the
// shared task's definition): a word counts for UPOS/lemma when aligned and
// right, for UAS when its head is aligned to the gold head, for LAS when the
// universal relation matches too. Throws Error on an unreadable file.
struct RawSyntaxScores {
  size_t gold_words = 0, system_words = 0;
  double words = 0, upos = 0, lemma = 0, uas = 0, las = 0;  // F1
};
RawSyntaxScores evaluate_raw_text(const SyntaxModel& model, const Segmenter& segmenter,
                                  const std::string& gold_path);

}  // namespace detente::syntax

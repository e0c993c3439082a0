// text/sentences.h — the sentence splitter over tokenized text.
//
// Contract
// - `split_sentences(doc, model)` replaces doc.sentences, grouping all of
//   doc.tokens (from tokenize()) into consecutive sentences.
// - Hard rules: a blank line (two line breaks, or U+2029) always ends a
//   sentence, so headlines without final punctuation stand alone; closing
//   quotes and brackets attached to the final punctuation stay with the
//   sentence ("He left." -> the quote is in); a title or month abbreviation
//   (Mr., Gen., Oct.) and an initial (S.) never end one, so a dateline such as
//   "SEOUL, Oct. 24 (Yonhap) --" opens the first sentence; a tag-list
//   footer ("Categories: Canada North America Politics") is cut into the
//   label and one sentence per item.
// - Candidate boundaries: after . ! ? … (and their runs), after an
//   abbreviation's period, after : ; and, when a model is given, before a
//   capitalized word. With a model the averaged perceptron decides each
//   candidate; without one, rules do (final punctuation followed by anything
//   but a lower-case word).
// - Pure and thread-safe; allocation-free apart from doc.sentences.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "text/boundary_model.h"

namespace detente::text {

void split_sentences(Document& doc, const BoundaryModel* model);

// For training: calls `visit(last, features)` for every candidate gap the
// splitter would ask the model about (the gap follows token `last`), before
// the capital gate: features[0] is "k: K" (K = F final punctuation, A
// abbreviation, C colon, U capitalized word), features[1] "p: K word-before",
// and one feature is "r: word-after". A model's "gl: w" / "gr: w" entries list the
// words before / after a type-U boundary in training; other U candidates are
// never boundaries and are not scored.
void boundary_candidates(const Document& doc,
                         const std::function<void(uint32_t last, std::vector<std::string>&&)>& visit);

}  // namespace detente::text

// syntax/corpus.h — gold sentences for training and evaluation, taken from a
// Document read from CoNLL-U.
//
// Contract: `gold_sentences(doc)` copies each sentence's word forms (norm),
// tags, lemmas and tree (head = index within the sentence, -1 for root).
// Pure; allocates.
#pragma once
#include <string>
#include <vector>

#include "core/document.h"

namespace detente::syntax {

struct GoldSentence {
  std::vector<std::string> forms, lemmas;
  std::vector<Upos> upos;
  std::vector<uint16_t> xpos;
  std::vector<int32_t> heads;
  std::vector<Deprel> deprels;
  size_t size() const { return forms.size(); }
};

std::vector<GoldSentence> gold_sentences(const Document& doc);

}  // namespace detente::syntax

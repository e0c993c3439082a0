#include "syntax/corpus.h"

namespace detente::syntax {

std::vector<GoldSentence> gold_sentences(const Document& doc) {
  std::vector<GoldSentence> out;
  out.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    GoldSentence g;
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = doc.tokens[i];
      g.forms.emplace_back(t.norm.len ? doc.norm(t) : doc.form(t));
      g.lemmas.emplace_back(doc.lemma(t));
      g.upos.push_back(t.upos);
      g.xpos.push_back(t.xpos);
      g.heads.push_back(t.head);
      g.deprels.push_back(t.deprel);
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace detente::syntax

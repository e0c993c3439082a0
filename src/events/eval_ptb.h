// events/eval_ptb.h — Penn Treebank bracketed parses to UD-style dependency
// Documents, so the PETRARCH suite can also be coded from the parses it ships
// (`detente eval-events petrarch --treebank-parses`): that isolates the coder,
// the TABARI readers and the actor recognizer from parser errors.
//
// Contract
// - `ptb_to_document(ptb, lemmas, doc)` fills doc.text (the words joined by
//   spaces), one sentence, tokens with upos/xpos/lemma/head/deprel from
//   head rules (content heads as in UD: a PP's head is its noun, auxiliaries
//   attach to the main verb). Returns false if the bracketing is malformed.
// - The conversion is approximate (a few dozen rules, not a full converter).
// - `PtbLemmas` maps (lower-case form, coarse tag) to a lemma, learned from a
//   CoNLL-U treebank, with suffix rules as fallback. Pure after construction.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/document.h"

namespace detente {

class PtbLemmas {
 public:
  // Learns from CoNLL-U files (FORM, UPOS, LEMMA columns); missing files are skipped.
  void learn_conllu(const std::string& path);
  std::string lemma(std::string_view form, std::string_view ptb_tag) const;

 private:
  std::unordered_map<std::string, std::string> table_;  // "form\tN|V|A|O" -> lemma
};

bool ptb_to_document(std::string_view ptb, const PtbLemmas& lemmas, Document& doc);

}  // namespace detente

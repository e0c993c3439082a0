// syntax/syntax.h — part-of-speech tagging, lemmatization and dependency
// parsing (UD v2), trained on UD English.
//
// Contract
// - `SyntaxModel::annotate(doc)` fills, for every token of every sentence,
//   upos, xpos, lemma, head (index within the sentence, -1 for the root) and
//   deprel. It needs doc.sentences and doc.tokens from text/ (or from a
//   CoNLL-U reader with gold tokens).
// - `annotate(doc, parse_if)` tags and lemmatizes every sentence, then calls
//   `parse_if(doc, i)` on sentence i (its tokens have upos, xpos and lemma)
//   and parses it only if that returns true; the tokens of the others keep
//   head -1 and deprel none, so later stages can tell per sentence whether
//   it was parsed. The parser is most of the cost, so the pipeline parses
//   only the sentences that can yield an event.
// - `annotate(doc, tag_if, parse_if)` also asks `tag_if(doc, i)` first; a
//   sentence it refuses is left as it is (after the tokenizer: upos X, xpos
//   0, no lemma, head -1, deprel none), so the pipeline need not tag the
//   sentences without an actor, and can tag them later if a stage needs it.
// - `parse_tagged(doc, which)` parses sentences tagged (not parsed) before,
//   keeping their tags and lemmas: the pipeline decides some parses only
//   after the actor recognizer has read the tagged document.
// - A model is loaded once (`load`), is immutable, and may be shared by any
//   number of threads; `annotate` keeps per-thread scratch space and does not
//   allocate in steady state.
// - Model files carry a format version checked on load; a missing, truncated
//   or foreign file throws Error(kBadModel) naming the file and the reason.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/document.h"

namespace detente {

class SyntaxModel {
 public:
  static std::shared_ptr<const SyntaxModel> load(const std::string& path);
  // models/syntax-en.* resolved with resource_path().
  static std::shared_ptr<const SyntaxModel> load_default();
  virtual ~SyntaxModel() = default;
  virtual void annotate(Document& doc) const = 0;
  using ParseFilter = std::function<bool(const Document& doc, uint32_t sentence)>;
  virtual void annotate(Document& doc, const ParseFilter& parse_if) const = 0;
  virtual void annotate(Document& doc, const ParseFilter& tag_if, const ParseFilter& parse_if) const = 0;
  // Parses the sentences `which` selects among those `annotate` tagged and left
  // unparsed, from the tags and lemmas they have: the parse annotating them
  // afresh gives, without tagging them again.
  virtual void parse_tagged(Document& doc, const ParseFilter& which) const = 0;
};

}  // namespace detente

// text/segmenter.h — sentence splitting and tokenization for news English.
//
// Contract
// - `Segmenter::segment(doc)` fills doc.sentences and doc.tokens from
//   doc.text (valid UTF-8, NFC), replacing what was there. Tokens are UD-style
//   (possessive 's and contractions split as UD English does: "can't" ->
//   "ca" "n't", "He's" -> "He" "'s") with byte offsets into the text; each
//   token's `norm` is its form with typographic variants mapped to ASCII
//   (’ -> ', “ ” -> ", – — -> -) so later stages match either.
// - Every byte of the text is either inside a token or whitespace; tokens are
//   in text order and never overlap; every token belongs to exactly one
//   sentence; sentences are in order and cover all tokens.
// - A Segmenter is immutable after construction and may be shared by any
//   number of threads; `segment` allocates only through the document.
#pragma once
#include <memory>
#include <string>

#include "core/document.h"

namespace detente {

class Segmenter {
 public:
  // Loads the default resources (abbreviation lists and, if present, the
  // sentence-boundary model under models/). Throws Error on a corrupt file.
  static std::shared_ptr<const Segmenter> load_default();
  virtual ~Segmenter() = default;
  virtual void segment(Document& doc) const = 0;
};

}  // namespace detente

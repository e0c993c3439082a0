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
// - doc.pool is reset: it starts with a copy of doc.text (norms equal to their
//   form point into it), followed by the norms that differ.
// - The conventions (which splits, which abbreviations, datelines, headlines)
//   are in docs/text.md; the pieces are text/tokenizer.h and text/sentences.h.
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
  // With the sentence-boundary model at `model_path`; "" = rules only.
  // Throws Error(kBadModel) if the file is missing or corrupt.
  static std::shared_ptr<const Segmenter> load(const std::string& model_path);
  virtual ~Segmenter() = default;
  virtual void segment(Document& doc) const = 0;
};

// Where load_default() looks for the model.
inline constexpr const char* kSegmenterModel = "models/segmenter-en.model";

}  // namespace detente

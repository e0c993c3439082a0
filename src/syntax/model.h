// syntax/model.h — the perceptron syntax model: tagger + lemmatizer + parser
// behind the SyntaxModel interface, and its file format.
//
// Contract
// - File: 8-byte magic "DTSYNTAX", u32 format version, u64 payload size, then
//   the compressed payload (tagger, lemmatizer, parser). Version 2 stores
//   weights as 8-bit integers with a per-row scale (version 1, still read: 16);
//   version 3 adds the lemmatizer's policy word; version 4 compresses with
//   zstd instead of zlib and stores a second-pass tagger's gate (versions
//   1-3 are still read). `load_model` checks all of it and throws
//   Error(kBadModel) naming the file and reason.
// - `annotate` (see syntax.h) is const and thread-safe; scratch space is
//   per thread and reused, so steady-state annotation allocates only through
//   the Document (its lemma pool).
#pragma once
#include <memory>
#include <string>

#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/syntax.h"
#include "syntax/tagger.h"

namespace detente::syntax {

// Version 4: zstd instead of zlib; a tagger with a second pass stores its gate.
inline constexpr uint32_t kModelVersion = 4;

class PerceptronSyntax final : public SyntaxModel {
 public:
  PerceptronSyntax();
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  void annotate(Document& doc) const override;
  void annotate(Document& doc, const ParseFilter& parse_if) const override;
  void annotate(Document& doc, const ParseFilter& tag_if, const ParseFilter& parse_if) const override;
  void parse_tagged(Document& doc, const ParseFilter& which) const override;
  // Annotates sentence `s` of `doc` only; parses it unless `parse_if` says no.
  void annotate_sentence(Document& doc, const Sentence& s, const ParseFilter* parse_if = nullptr,
                         bool keep_tags = false) const;
  // As annotate, but the tokens keep the upos/xpos they have (gold tags, for
  // `eval-syntax --gold-tags`): lemmas and the parse are computed from them.
  // A (upos, xpos) pair the tagger never saw is replaced by the tagger's tag.
  void annotate_keeping_tags(Document& doc) const;

 private:
  uint16_t vbn_;
  void parse_sentence(Document& doc, const Sentence& s) const;
};

void save_model(const PerceptronSyntax& m, const std::string& path);
std::shared_ptr<const PerceptronSyntax> load_model(const std::string& path);

}  // namespace detente::syntax

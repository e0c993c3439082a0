// core/document.h — the Document every stage reads and annotates.
//
// Contract
// - A Document owns its text (UTF-8, validated and NFC-normalized by the
//   reader). Sentences and tokens are spans into it with byte offsets, so any
//   annotation can point back at its evidence: `doc.text.substr(t.begin, t.end - t.begin)`.
// - Strings derived from the text (a token's normalized form, its lemma) live
//   in `doc.pool` and are addressed by offset, so the pool may grow freely.
// - Stages fill fields in order: text/ fills sentences and tokens (form, norm);
//   syntax/ fills upos, xpos, lemma, head, deprel (head/deprel only for the
//   sentences it was asked to parse: the pipeline parses only those that can
//   yield an event, so a sentence whose tokens all have deprel none has no
//   parse); later stages keep their own results beside the document. A stage
//   never changes what an earlier one set.
// - A Document is not shared between threads while it is being annotated; the
//   resources stages use (models, dictionaries) are.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ud.h"

namespace detente {

struct StrRef {  // a string in Document::pool
  uint32_t off = 0, len = 0;
};

struct Token {
  uint32_t begin = 0, end = 0;  // bytes in Document::text
  StrRef norm;                  // normalized form (curly quotes -> ', dashes -> -, ...)
  StrRef lemma;                 // set by syntax/
  bool space_after = true;      // whitespace follows in the text
  Upos upos = Upos::X;          // set by syntax/
  uint16_t xpos = 0;            // syntax/'s tag id (Penn tag); 0 = unset
  int32_t head = -1;            // index within the sentence's tokens; -1 = root/unset
  Deprel deprel = Deprel::none;
};

struct Sentence {
  uint32_t begin = 0, end = 0;          // bytes in Document::text
  uint32_t tok_begin = 0, tok_end = 0;  // [tok_begin, tok_end) in Document::tokens
  uint32_t size() const { return tok_end - tok_begin; }
};

// Where a document came from, for error messages and the rejects report.
struct Origin {
  std::string file;   // path as given, "-" for standard input
  uint64_t line = 0;  // 1-based line for JSON Lines input; 0 for whole files
};

struct Document {
  std::string id;
  Date date;                        // invalid if unknown
  std::string title, source, url;   // kept from the input when present
  std::string text;                 // UTF-8, NFC
  Origin origin;

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string pool;
  // "SALVADOR, Feb 26 -" when the input gives the dateline apart from the
  // text (Reuters-21578); "" otherwise. Used by geolocation.
  std::string dateline;

  std::string_view form(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view str(StrRef r) const { return std::string_view(pool).substr(r.off, r.len); }
  std::string_view norm(const Token& t) const { return str(t.norm); }
  std::string_view lemma(const Token& t) const { return str(t.lemma); }
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  StrRef intern(std::string_view s) {
    StrRef r{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(s.size())};
    pool.append(s);
    return r;
  }
  // Drops all annotations (for reuse of the allocation with a new text).
  void clear_annotations() {
    sentences.clear();
    tokens.clear();
    pool.clear();
  }
};

}  // namespace detente

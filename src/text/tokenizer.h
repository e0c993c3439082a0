// text/tokenizer.h — the UD-style word tokenizer for news English.
//
// Contract
// - `tokenize(doc)` replaces doc.tokens with the tokens of doc.text (valid
//   UTF-8) and resets doc.pool to a copy of doc.text followed by the norms
//   that differ from their forms: a token whose norm equals its form points
//   into that copy, so no token costs an allocation of its own. Sentences are
//   left empty (see sentences.h).
// - Tokens follow UD English (EWT, GUM): punctuation split; possessive 's and
//   contractions split (do|n't, I|'m, gon|na, can|not); hyphens split except
//   after prefixes (non-, anti-, co-, ...) and inside romanized given names
//   (Lee Nak-yon); abbreviations and initials keep their period (U.S., Gen.,
//   S. Korea); numbers keep their separators (6.4, 12,000, 10:30, 9/11); URLs,
//   e-mail addresses, @handles and #hashtags are one token. docs/text.md has
//   the full conventions.
// - Whitespace is ASCII space, tab, CR, LF, VT, FF and the Unicode separators
//   (NBSP, U+2000..U+200B, U+202F, U+205F, U+3000, U+FEFF, U+0085, U+2028/9).
// - Pure, thread-safe, linear time; allocates only in doc's vectors and pool.
#pragma once
#include <string_view>

#include "core/document.h"

namespace detente::text {

void tokenize(Document& doc);

// True for the second part of a word the tokenizer split without a space
// ("n't", "'s", "'m", "na" of gonna, ...): UD writes such words as one
// surface (multiword) token. `prev` is the preceding token's form.
bool is_clitic_split(std::string_view prev, std::string_view form);

// Whitespace test at byte i of valid UTF-8; returns its length in bytes or 0.
size_t whitespace_at(std::string_view text, size_t i);

}  // namespace detente::text

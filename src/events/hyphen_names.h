// events/hyphen_names.h — hyphenated modifiers that name actors part by part.
//
// "the Lee-Abe talks", "the U.S.-Japan alliance": a token whose parts, split at
// '-', are each a token of an actor mention already seen in the document. The
// coder uses it to take the parts as the actors of a nominal event; the
// pipeline uses the same test to decide that a sentence without a mention of
// its own still needs a parse (so both always agree).
//
// Pure functions, no allocation; thread-safe.
#pragma once
#include <cstdint>
#include <string_view>

#include "actors/recognizer.h"
#include "core/document.h"

namespace detente {

// At most this many parts are looked up ("Arab-Israeli-Syrian-Lebanese").
constexpr int kMaxHyphenParts = 4;

// For a token form with a '-' inside (not first, not last), finds for every
// part the last mention of `actors` that ends at or before token `limit`, has
// a code and has a token whose form is the part. Returns the number of parts
// (2..kMaxHyphenParts), with the mention indices in `found`, when every part
// is found; else 0 (no '-', an empty part, too many parts, a part not found).
int hyphen_name_mentions(const Document& doc, const DocumentActors& actors, std::string_view form, uint32_t limit,
                         int32_t (&found)[kMaxHyphenParts]);

}  // namespace detente

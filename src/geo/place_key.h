// geo/place_key.h — the normalized form under which place names are indexed.
//
// Contract: `place_key(name)` maps a place name as written in a gazetteer or
// in text to the key the gazetteer indexes: case folded, diacritics removed
// ("Aydın" -> "aydin", "São Paulo" -> "sao paulo"), dots dropped ("U.S." ->
// "us", "St. Louis" -> "saint louis"), hyphens, slashes and runs of spaces
// made one space, typographic apostrophes made ASCII, a leading "the" and a
// trailing possessive "'s" removed, and the abbreviations "St"/"Ste"/"Mt"/
// "Ft" expanded when they start a word sequence. Pure and thread-safe; the
// ASCII fast path does not call utf8proc.
#pragma once
#include <string>
#include <string_view>

namespace detente::geo {

std::string place_key(std::string_view name);
// Appends the folded form of `s` (lower case, no diacritics, no dots,
// separators as single spaces) to `out`; no "the"/abbreviation handling.
void fold_append(std::string_view s, std::string& out);

}  // namespace detente::geo

// text/abbrev.h — the built-in English abbreviation lists the tokenizer and
// sentence splitter consult.
//
// Contract: all functions take the word without its final period and are
// pure, allocation-free and thread-safe. The lists are ours (docs/text.md);
// case matters where it says so.
#pragma once
#include <string_view>

namespace detente::text {

// Words that keep a following period as part of the token ("Gen.", "Feb.",
// "Inc.", "etc."). `next_is_digit` enables the ones only used before numbers
// ("No. 1", "Art. 5", "pp. 12").
bool is_abbreviation(std::string_view word, bool next_is_digit);

// Abbreviations that are almost never sentence-final because they precede a
// name or number: titles (Mr, Gen, Dr), months before a day, "No", "St".
bool is_prenominal_abbreviation(std::string_view word);

}  // namespace detente::text

// text/utf8.h — strict UTF-8 validation, NFC normalization, mark stripping.
//
// Contract: `find_invalid_utf8` returns the byte offset of the first invalid
// sequence (overlong forms, surrogates, code points past U+10FFFF, truncated
// sequences) or npos when the text is valid. `normalize_nfc` rewrites valid
// UTF-8 in place to Unicode Normalization Form C; ASCII text is returned
// untouched without allocating. NUL bytes are valid UTF-8 but are rejected by
// the readers, not here. Pure and thread-safe.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace detente {

size_t find_invalid_utf8(std::string_view text);
// Whether every byte is below 0x80 (eight bytes at a time).
bool is_ascii(std::string_view text);
// Returns false (and leaves `text` unchanged) if the text is not valid UTF-8.
bool normalize_nfc(std::string& text);
// Decodes one code point at `i` of valid UTF-8 and advances `i`.
char32_t decode_utf8(std::string_view text, size_t& i);
// The text with its combining marks removed after canonical decomposition
// ("Erdoğan" -> "Erdogan", "São" -> "Sao"); letters that do not decompose
// (ı, ø, ß) stay. ASCII or invalid UTF-8 comes back unchanged.
std::string strip_marks(std::string_view text);

}  // namespace detente

#include "text/utf8.h"

#include <simdjson.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace detente {

size_t find_invalid_utf8(std::string_view s) {
  // simdjson's validator is SIMD-accelerated; only on failure do we walk the
  // bytes to find where.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;
  size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return i;  // unreachable when simdjson and this walk agree
}

bool is_ascii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  uint64_t any = 0;
  for (; i + 32 <= n; i += 32) {  // four words per step, one test: vectorizes
    uint64_t w[4];
    std::memcpy(w, p + i, 32);
    any |= w[0] | w[1] | w[2] | w[3];
    if (any & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return (any & 0x8080808080808080ull) == 0;
}

bool normalize_nfc(std::string& text) {
  if (is_ascii(text)) return true;
  if (find_invalid_utf8(text) != std::string_view::npos) return false;
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return false;
  text.assign(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return true;
}

std::string strip_marks(std::string_view text) {
  if (is_ascii(text) || find_invalid_utf8(text) != std::string_view::npos) return std::string(text);
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
  if (n < 0) return std::string(text);
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

char32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

}  // namespace detente

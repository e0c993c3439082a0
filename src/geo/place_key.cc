#include "geo/place_key.h"

#include <utf8proc.h>

#include <cstdlib>

namespace detente::geo {

namespace {

bool is_sep(unsigned char c) { return c == ' ' || c == '\t' || c == '-' || c == '/' || c == '_' || c == '\n'; }

void append_ascii(std::string_view s, std::string& out) {
  for (unsigned char c : s) {
    if (c == '.' || c == ',' || c == '"' || c == '(' || c == ')') continue;
    if (is_sep(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
}

}  // namespace

void fold_append(std::string_view s, std::string& out) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return append_ascii(s, out);
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &mapped,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                                                       UTF8PROC_CASEFOLD));
  if (n < 0) return append_ascii(s, out);  // invalid UTF-8: keep bytes as they are
  std::string_view m(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  std::string tmp;
  tmp.reserve(m.size());
  for (size_t i = 0; i < m.size(); ++i) {
    unsigned char c = m[i];
    // Typographic apostrophes and dashes (U+2018/2019, U+2010..2015) -> ASCII.
    if (c == 0xE2 && i + 2 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0x80) {
      unsigned char d = m[i + 2];
      if (d == 0x98 || d == 0x99) { tmp.push_back('\''); i += 2; continue; }
      if (d >= 0x90 && d <= 0x95) { tmp.push_back('-'); i += 2; continue; }
    }
    // Letters that have no decomposition but are commonly written plain.
    if (c == 0xC4 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0xB1) { tmp.push_back('i'); ++i; continue; }  // ı
    if (c == 0xC5 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0x82) { tmp.push_back('l'); ++i; continue; }  // ł
    if (c == 0xC3 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0xB8) { tmp.push_back('o'); ++i; continue; }  // ø
    if (c == 0xC3 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0x9F) { tmp += "ss"; ++i; continue; }       // ß
    if (c == 0xC3 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0xA6) { tmp += "ae"; ++i; continue; }       // æ
    if (c == 0xC4 && i + 1 < m.size() && static_cast<unsigned char>(m[i + 1]) == 0x91) { tmp.push_back('d'); ++i; continue; }  // đ
    tmp.push_back(static_cast<char>(c));
  }
  std::free(mapped);
  append_ascii(tmp, out);
}

std::string place_key(std::string_view name) {
  std::string k;
  k.reserve(name.size());
  fold_append(name, k);
  while (!k.empty() && k.back() == ' ') k.pop_back();
  // trailing possessive
  if (k.size() > 2 && k.ends_with("'s")) k.resize(k.size() - 2);
  else if (k.size() > 1 && k.back() == '\'') k.pop_back();
  if (k.starts_with("the ") && k.size() > 4) k.erase(0, 4);
  static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
      {"st ", "saint "}, {"ste ", "sainte "}, {"mt ", "mount "}, {"ft ", "fort "}};
  for (auto [a, full] : kAbbrev)
    if (k.starts_with(a)) {
      k.replace(0, a.size(), full);
      break;
    }
  return k;
}

}  // namespace detente::geo

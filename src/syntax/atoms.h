// syntax/atoms.h — what the tagger, lemmatizer and parser know about one
// word form: hashes of its lower-cased form, affixes and shape, computed once
// per token.
//
// Contract: `compute_atoms` is pure, allocation-free once `lower` has grown
// to the longest form, and thread-safe. Lower-casing is ASCII only (UTF-8
// bytes >= 0x80 are kept), which is what the hashes need.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/hash.h"

namespace detente::syntax {

struct Atoms {
  uint64_t word = 0;   // lower-cased form
  uint64_t exact = 0;  // form as written
  uint64_t suf[4] = {0, 0, 0, 0};
  uint64_t pre[3] = {0, 0, 0};
  uint64_t shape = 0;
  uint32_t flags = 0;  // kUpperFirst | kAllUpper | kDigit | kHyphen | kNonAscii
  uint64_t amb = 0;    // the word's ambiguity class in training (set by the tagger)
  uint64_t caps = 0;   // how the word is capitalized mid-sentence in unlabeled news (set by the tagger)
  uint32_t cl = 0xffffffffu;  // word cluster code (clusters.h; set by a tagger with clusters)
  float margin = 0;  // first-pass score margin of the tag (set by a tagger with a second pass)
};

enum : uint32_t { kUpperFirst = 1, kAllUpper = 2, kDigit = 4, kHyphen = 8, kNonAscii = 16, kAlpha = 32 };

// Boundary pseudo-tokens for feature windows.
inline constexpr uint64_t kBos = 0x5eedb05, kEos = 0x5eede05, kNone = 0x5eed00e, kRootWord = 0x5eed4007;

inline void lower_ascii(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

inline void compute_atoms(std::string_view form, Atoms& a, std::string& lower) {
  lower_ascii(form, lower);
  std::string_view lw(lower);
  a.word = hash_bytes(lw, 1);
  a.exact = hash_bytes(form, 2);
  for (int k = 0; k < 4; ++k)
    a.suf[k] = lw.size() > static_cast<size_t>(k) ? hash_bytes(lw.substr(lw.size() - k - 1), 10 + k) : kNone;
  for (int k = 0; k < 3; ++k)
    a.pre[k] = lw.size() > static_cast<size_t>(k) ? hash_bytes(lw.substr(0, k + 1), 20 + k) : kNone;
  // Shape: X x d or the character itself, runs capped at 2.
  uint64_t sh = 0x3a7e;
  char prev = 0;
  int run = 0;
  uint32_t flags = 0;
  bool all_upper = true;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      if (i == 0) flags |= kUpperFirst;
      flags |= kAlpha;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      all_upper = false;
      flags |= kAlpha;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      flags |= kDigit;
    } else if (c >= 0x80) {
      s = 'u';
      flags |= kNonAscii;
    } else {
      s = static_cast<char>(c);
      if (c == '-') flags |= kHyphen;
    }
    if (s == prev) {
      if (++run > 2) continue;
    } else {
      run = 1;
      prev = s;
    }
    sh = hcomb(sh, static_cast<uint64_t>(s));
  }
  if (all_upper && (flags & kAlpha)) flags |= kAllUpper;
  a.shape = sh;
  a.flags = flags;
}

}  // namespace detente::syntax
